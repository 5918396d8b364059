/**
 * Data for one district profile (/districts/<id>): the district and its parent area, its
 * councils, meetings, resources and support centre. Everyone may read a profile; signed-in
 * staff also see non-public records.
 */
import { untrack } from 'svelte';
import { gateway, publicReads, snapshotsEnabled } from '$lib/data-access/browser-gateway';
import { loadCoveragePopulation } from '$lib/data-access/population';
import { session } from '$lib/state/session.svelte';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Area, Council, CouncilMeeting, LngLat, Organization, PopulationCell, Resource } from '$lib/domain/types';
import type { LoadStatus } from '$lib/state/site.svelte';

export class DistrictProfileData {
  status = $state<LoadStatus>('idle');
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

  /**
   * Keeps the data on the district `districtId()` names, reloading when it changes or when
   * someone signs in or out (staff see more records). Call during component initialisation.
   */
  follow(districtId: () => string): void {
    $effect(() => {
      const id = districtId();
      void session.generation;
      untrack(() => void this.load(id));
    });
  }

  async load(districtId: string): Promise<void> {
    this.status = 'loading';
    this.notFound = false;
    try {
      const district = await gateway.getArea(districtId);
      if (district.kind !== 'district') throw Object.assign(new Error('not a district'), { status: 404 });
      const [councils, allResources, organizations, parent, cells] = await Promise.all([
        gateway.listCouncils(),
        gateway.listResources(),
        gateway.listOrganizations(),
        district.parentId ? gateway.getArea(district.parentId) : Promise.resolve(null),
        loadCoveragePopulation(gateway, { districtId, reads: snapshotsEnabled ? publicReads : null }),
      ]);
      const resources = allResources.filter((r) => r.districtId === districtId);
      this.cityPlaces = allResources
        .filter((r) => r.kind === 'gathering_place' && r.status === 'active' && r.location)
        .map((r) => r.location as LngLat);
      this.populationCells = cells.cells;
      this.boundary = district.geometry;
      const own = councils.filter((c) => c.layer === 2 && c.districtId === districtId);
      const meetings = (await Promise.all(own.map((c) => gateway.listCouncilMeetings({ councilId: c.id })))).flat();
      const centreId = district.supportCenterId || parent?.supportCenterId || '';
      this.supportCenter = centreId ? await gateway.getResource(centreId).catch(() => null) : null;
      this.district = { ...district, geometry: null };
      this.councils = own;
      this.meetings = meetings;
      this.resources = resources;
      this.organizations = organizations;
      this.status = 'ready';
    } catch (err) {
      if ((err as { status?: number }).status === 404) {
        this.notFound = true;
        this.status = 'ready';
      } else this.status = 'error';
    }
  }
}
