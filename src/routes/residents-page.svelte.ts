/**
 * The residents' pages' data: the city's towns (for the "where do you live?" picker) and,
 * through `cityData`, the districts and public resources. Towns are loaded without their
 * boundaries: the picker needs only names, readings and representative points.
 */
import { loadGateway, publicReads } from '$lib/data-access/browser-reads';
import type { Area } from '$lib/domain/types';
import { cityData } from '$lib/state/city-data.svelte';
import { session } from '$lib/state/session.svelte';
import { Loader, type LoadStatus } from '$lib/state/loader.svelte';

export class ResidentsData {
  towns = $state.raw<Area[]>([]);
  readonly loader = new Loader({
    fetch: async (): Promise<Area[]> => {
      const [towns] = await Promise.all([
        session.readsSnapshots
          ? publicReads.areas({ kind: 'town' })
          : loadGateway().then((g) => g.listAreas({ kind: 'town' })),
        cityData.load(),
      ]);
      if (cityData.status === 'error') throw new Error(cityData.error);
      return towns;
    },
    apply: (towns) => (this.towns = towns),
    // Reloaded when the public data changed (a repeat visit served the last visit's shell).
    session,
  });

  get status(): LoadStatus {
    return this.loader.status;
  }

  get error(): string {
    return this.loader.error;
  }

  /** Loads towns, districts and resources (lists only, no geometry); cheap when loaded, again after an error. */
  load(): Promise<void> {
    return this.loader.ensure();
  }

  /** Town by id (undefined when unknown). */
  town(id: string): Area | undefined {
    return this.towns.find((t) => t.id === id);
  }
}

export const residentsData = new ResidentsData();
