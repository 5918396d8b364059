/**
 * Data for one district's pages (/districts/<id>, its print view, monthly calendar and
 * meeting pack): the district and its parent area, its councils, meetings, resources and
 * support centre, the population cells and the city's gathering places for walking coverage.
 * Everyone may read a profile; signed-in staff also see non-public records.
 */
import { gateway, publicReads, snapshotsEnabled } from '$lib/data-access/browser-gateway';
import { loadCoveragePopulation } from '$lib/data-access/population';
import type { MultiPolygon, Polygon } from 'geojson';
import type {
  Area,
  Council,
  CouncilMeeting,
  LngLat,
  Organization,
  PopulationCell,
  Resource,
} from '$lib/domain/types';
import { Loader, type LoadStatus } from '$lib/state/loader.svelte';
import { session } from '$lib/state/session.svelte';

/** Everything one load reads; `district` null when the id names no district (404). */
interface DistrictRead {
  district: Area | null;
  councils: Council[];
  meetings: CouncilMeeting[];
  resources: Resource[];
  organizations: Organization[];
  supportCenter: Resource | null;
  boundary: Polygon | MultiPolygon | null;
  populationCells: PopulationCell[];
  cityPlaces: LngLat[];
}

/** A loaded district's facts as the profile section takes them. */
export type DistrictProfileFacts = Omit<DistrictRead, 'organizations'> & { district: Area };

const NOT_FOUND: DistrictRead = {
  district: null,
  councils: [],
  meetings: [],
  resources: [],
  organizations: [],
  supportCenter: null,
  boundary: null,
  populationCells: [],
  cityPlaces: [],
};

async function readDistrict(districtId: string): Promise<DistrictRead> {
  let district: Area;
  try {
    district = await gateway.getArea(districtId);
  } catch (err) {
    if ((err as { status?: number }).status === 404) return NOT_FOUND;
    throw err;
  }
  if (district.kind !== 'district') return NOT_FOUND;
  const [councils, allResources, organizations, parent, cells] = await Promise.all([
    gateway.listCouncils(),
    gateway.listResources(),
    gateway.listOrganizations(),
    district.parentId ? gateway.getArea(district.parentId) : Promise.resolve(null),
    loadCoveragePopulation(gateway, { districtId, reads: snapshotsEnabled ? publicReads : null }),
  ]);
  const own = councils.filter((c) => c.layer === 2 && c.districtId === districtId);
  const meetings = (
    await Promise.all(own.map((c) => gateway.listCouncilMeetings({ councilId: c.id })))
  ).flat();
  const centreId = district.supportCenterId || parent?.supportCenterId || '';
  return {
    // the boundary is kept apart from `district`, which is rendered
    district: { ...district, geometry: null },
    boundary: district.geometry,
    councils: own,
    meetings,
    resources: allResources.filter((r) => r.districtId === districtId),
    organizations,
    supportCenter: centreId ? await gateway.getResource(centreId).catch(() => null) : null,
    populationCells: cells.cells,
    // places across the border serve the district too
    cityPlaces: allResources
      .filter((r) => r.kind === 'gathering_place' && r.status === 'active' && r.location)
      .map((r) => r.location as LngLat),
  };
}

export class DistrictProfileData {
  /** True once loaded when the id names no district. */
  notFound = $state(false);
  district = $state.raw<Area | null>(null);
  councils = $state.raw<Council[]>([]);
  meetings = $state.raw<CouncilMeeting[]>([]);
  resources = $state.raw<Resource[]>([]);
  organizations = $state.raw<Organization[]>([]);
  supportCenter = $state.raw<Resource | null>(null);
  /** The district boundary (kept apart from `district`, which is rendered). */
  boundary = $state.raw<Polygon | MultiPolygon | null>(null);
  populationCells = $state.raw<PopulationCell[]>([]);
  /** Active gathering places anywhere in the city (places across the border serve the district too). */
  cityPlaces = $state.raw<LngLat[]>([]);

  readonly loader = new Loader({
    fetch: readDistrict,
    apply: (r: DistrictRead) => {
      this.notFound = r.district === null;
      this.district = r.district;
      this.councils = r.councils;
      this.meetings = r.meetings;
      this.resources = r.resources;
      this.organizations = r.organizations;
      this.supportCenter = r.supportCenter;
      this.boundary = r.boundary;
      this.populationCells = r.populationCells;
      this.cityPlaces = r.cityPlaces;
    },
    session,
  });

  /**
   * What the profile section (`DistrictProfile`) shows, for the profile, its print view and
   * the meeting pack alike; null until a district is loaded (and when the id names none).
   */
  get profile(): DistrictProfileFacts | null {
    if (!this.district) return null;
    return {
      district: this.district,
      councils: this.councils,
      meetings: this.meetings,
      resources: this.resources,
      supportCenter: this.supportCenter,
      boundary: this.boundary,
      populationCells: this.populationCells,
      cityPlaces: this.cityPlaces,
    };
  }

  get status(): LoadStatus {
    return this.loader.status;
  }

  /**
   * Keeps the data on the district `districtId()` names, reloading when it changes or when
   * someone signs in or out (staff see more records). Call during component initialisation.
   */
  follow(districtId: () => string): void {
    this.loader.follow(() => [districtId()]);
  }

  /** Loads again (the retry button). */
  retry(): void {
    void this.loader.retry();
  }
}
