/**
 * The district diagnosis (地域診断, issue #19 item 5) for the pages that show it: the district
 * profile, its print view and meeting pack (one district, with its public confirmed-share
 * trend) and the ranking on /councils (every district). Reads the city's districts with
 * their boundaries, the gathering places the visitor may see, and the population cells;
 * `result` computes the indicators at the site's walking distance.
 */
import { gateway, publicReads } from '$lib/data-access/browser-gateway';
import { districtTrend, type PublicTrendPoint } from '$lib/data-access/district-trend';
import { loadCoveragePopulation } from '$lib/data-access/population';
import type { Area, PopulationCell } from '$lib/domain/types';
import {
  districtIndicators,
  type DistrictIndicatorsResult,
  type IndicatorPlace,
} from '$lib/geo/district-indicators';
import { cityData } from './city-data.svelte';
import { Loader, type LoadStatus } from './loader.svelte';
import { session } from './session.svelte';
import { siteState } from './site.svelte';

interface DiagnosisRead {
  city: Area | null;
  districts: Area[];
  places: IndicatorPlace[];
  cells: PopulationCell[];
  /** The district's public trend; null when not asked for or not readable. */
  trend: PublicTrendPoint[] | null;
}

async function readDiagnosis(districtId: string): Promise<DiagnosisRead> {
  await cityData.load({ geometry: true });
  const [cells, trend] = await Promise.all([
    loadCoveragePopulation(gateway, { reads: session.readsSnapshots ? publicReads : null }),
    // the trend is a side picture: a failure leaves it out, never the diagnosis
    districtId ? districtTrend(gateway, districtId).catch(() => null) : Promise.resolve(null),
  ]);
  return {
    city: cityData.city,
    districts: cityData.districts,
    places: cityData.resources
      .filter((r) => r.kind === 'gathering_place' && r.status === 'active')
      .map((r) => ({ districtId: r.districtId, location: r.location })),
    cells: cells.cells,
    trend,
  };
}

export class DistrictDiagnosisData {
  #read = $state.raw<DiagnosisRead | null>(null);

  readonly loader = new Loader({
    fetch: readDiagnosis,
    apply: (r: DiagnosisRead) => (this.#read = r),
    session,
  });

  get status(): LoadStatus {
    return this.loader.status;
  }

  /** The indicators of every district at the site's walking distance; null until loaded. */
  readonly result = $derived.by((): DistrictIndicatorsResult | null => {
    const r = this.#read;
    if (!r) return null;
    return districtIndicators(
      r.districts.map((d) => ({ ...d, households: null, singleHouseholds65: null })),
      r.places,
      r.cells,
      siteState.walk.walkM,
      r.city,
    );
  });

  /** Active gathering places counted (those the visitor may see). */
  get placeCount(): number {
    return this.#read?.places.length ?? 0;
  }

  /** The census or register year of the districts' population; null when none is recorded. */
  get populationYear(): number | null {
    const r = this.#read;
    return (
      r?.districts.find((d) => d.populationYear)?.populationYear ??
      r?.cells.find((c) => c.year)?.year ??
      null
    );
  }

  /** The district's public confirmed-share trend (empty until loaded; null when unreadable). */
  get trend(): PublicTrendPoint[] | null {
    return this.#read ? this.#read.trend : [];
  }

  /**
   * Keeps the diagnosis loaded for `districtId()` ('' for the city-wide ranking, without a
   * trend), reloading on sign-in or sign-out. Call during component initialisation.
   */
  follow(districtId: () => string): void {
    this.loader.follow(() => [districtId()]);
  }

  retry(): void {
    void this.loader.retry();
  }
}
