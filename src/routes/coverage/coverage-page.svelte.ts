/**
 * The coverage page's state: what it loads besides the city data (population cells, the
 * walking network, candidate-site layers), the controls a coordinator sets, and the query
 * they make for the worker. The only code of the page that calls the gateway.
 */
import { gateway, publicReads, snapshotsEnabled } from '$lib/data-access/browser-gateway';
import { fetchLayerGeoJson, listLayers, type LayerWithFile } from '$lib/data-access/layers';
import { loadCoveragePopulation } from '$lib/data-access/population';
import type { PopulationCell, ResourceKind } from '$lib/domain/types';
import type { OpenFrequency } from '$lib/geo/counted-places';
import type { DistanceMode } from '$lib/geo/coverage-engine';
import { siteCandidatesFromGeoJson } from '$lib/geo/site-candidates-from-geojson';
import type { SiteCandidate } from '$lib/geo/suggest-sites';
import { Loader } from '$lib/state/loader.svelte';
import type { CoverageQuery } from './coverage-client.svelte';

/** A candidate-sites layer (community halls…) with the sites read from its GeoJSON. */
export interface CandidateLayer {
  id: string;
  name: string;
  sites: SiteCandidate[];
}

/** What the page computes on, besides the city's districts and places. */
export interface CoverageInputs {
  cells: PopulationCell[];
  /** True when the cells were spread from town populations (no mesh table loaded). */
  fromTowns: boolean;
  /**
   * The first walking-network layer with a file, or null (straight-line distances only). Its
   * GeoJSON (megabytes for a city's roads) is downloaded and parsed by the coverage worker,
   * not here: the page's thread neither parses it nor copies it into the worker.
   */
  networkLayer: LayerWithFile | null;
  /** Candidate layers with at least one site, by name. */
  candidateLayers: CandidateLayer[];
}

/** Loads the page's inputs through the gateway (population from the public snapshot when served). */
export async function loadCoverageInputs(): Promise<CoverageInputs> {
  const [population, networks, candidateList] = await Promise.all([
    loadCoveragePopulation(gateway, { reads: snapshotsEnabled ? publicReads : null }),
    listLayers(gateway, { kind: 'walk_network' }),
    listLayers(gateway, { kind: 'candidates' }),
  ]);
  const networkLayer = networks.find((l) => l.fileUrl);
  const candidateLayers = await Promise.all(
    candidateList
      .filter((l) => l.fileUrl)
      .map(async (l): Promise<CandidateLayer> => ({
        id: l.id,
        name: l.name,
        sites: siteCandidatesFromGeoJson(await fetchLayerGeoJson(l)).candidates,
      })),
  );
  return {
    cells: population.cells,
    fromTowns: population.fromTowns,
    networkLayer: networkLayer ?? null,
    candidateLayers: candidateLayers.filter((l) => l.sites.length > 0),
  };
}

/** The walking-distance slider's step in metres (in minutes it moves a minute at a time). */
export const SLIDER_STEP_M = 50;

export class CoveragePage {
  #cells = $state.raw<PopulationCell[] | null>(null);
  #fromTowns = $state(false);
  #networkLayer = $state.raw<LayerWithFile | null>(null);
  #candidateLayers = $state.raw<CandidateLayer[]>([]);
  #walkTouched = false;
  /** Loads the inputs; reloads after a sign-in or sign-out through `loader.follow` (see the page). */
  readonly loader: Loader<[], CoverageInputs>;

  /** Walking distance in metres; starts at the site's (see {@link followSiteWalk}). */
  walkM = $state(0);
  /** The unit the slider moves and reads in. */
  unit = $state<'m' | 'min'>('m');
  mode = $state<DistanceMode>('straight');
  frequency = $state<OpenFrequency>('any');
  /** Kinds that count as a place to go (gathering places by default; support centres etc. can be added). */
  kinds = $state<ResourceKind[]>(['gathering_place']);
  /** How many new sites to suggest (0: none). */
  suggestK = $state(3);
  /** The candidates layer suggestions are chosen from; '' = any populated cell. */
  candidateLayerId = $state('');

  /**
   * @param siteWalkM the site's walking distance (m) at the time the page opens
   * @param opts.load the inputs' reader (tests pass a fake; by default the gateway's)
   * @param opts.session reload when it changes (staff may see more layers)
   */
  constructor(
    siteWalkM: number,
    opts: { load?: () => Promise<CoverageInputs>; session?: { readonly generation: number } } = {},
  ) {
    this.walkM = siteWalkM;
    this.loader = new Loader({
      fetch: opts.load ?? loadCoverageInputs,
      apply: (inputs) => this.#apply(inputs),
      session: opts.session,
    });
  }

  /** The population cells; null until loaded ([] when loading failed or the city has none). */
  get cells(): PopulationCell[] | null {
    return this.loader.status === 'error' ? (this.#cells ?? []) : this.#cells;
  }

  get fromTowns(): boolean {
    return this.#fromTowns;
  }

  /** The walking-network layer (its file is read by the worker), or null. */
  get networkLayer(): LayerWithFile | null {
    return this.#networkLayer;
  }

  get candidateLayers(): CandidateLayer[] {
    return this.#candidateLayers;
  }

  /** Why the inputs could not be loaded ('' when they were). */
  get loadError(): string {
    return this.loader.error;
  }

  /** The chosen candidates layer, or null for "any populated cell". */
  get selectedLayer(): CandidateLayer | null {
    return this.#candidateLayers.find((l) => l.id === this.candidateLayerId) ?? null;
  }

  /** Loads (or reloads) the inputs; a failure leaves no cells and the message in `loadError`. */
  load(): Promise<void> {
    return this.loader.load();
  }

  #apply(inputs: CoverageInputs): void {
    this.#cells = inputs.cells;
    this.#fromTowns = inputs.fromTowns;
    this.#networkLayer = inputs.networkLayer;
    this.#candidateLayers = inputs.candidateLayers;
    // Halls are where a new salon could actually start: offer them first when there are any.
    this.candidateLayerId = inputs.candidateLayers[0]?.id ?? '';
  }

  /** The site's settings may arrive after the page: its distance is followed until the user moves the slider. */
  followSiteWalk(walkM: number): void {
    if (!this.#walkTouched) this.walkM = walkM;
  }

  /** The user moved the slider to `walkM` metres: the site's distance is no longer followed. */
  setWalk(walkM: number): void {
    this.#walkTouched = true;
    this.walkM = walkM;
  }

  /**
   * The worker's query for these places and the controls (network distances only with a
   * network), with the slider's neighbouring distances as the likely next ones.
   * @param walkMPerMin the site's pace (m/min): the slider's step in minutes mode
   */
  query(places: readonly (readonly [number, number])[], walkMPerMin: number): CoverageQuery {
    // The slider's step: 50 m, or one minute at the site's pace (CoverageControls).
    const stepM = this.unit === 'm' ? SLIDER_STEP_M : walkMPerMin;
    return {
      places: places.map((p): [number, number] => [p[0], p[1]]),
      walkM: this.walkM,
      mode: this.#networkLayer ? this.mode : 'straight',
      suggestK: this.suggestK,
      // undefined: any populated cell may be suggested.
      candidates: this.selectedLayer?.sites,
      nextWalkM: [this.walkM + stepM, this.walkM - stepM].filter((m) => m > 0),
    };
  }
}
