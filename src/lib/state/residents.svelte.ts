/**
 * The residents' pages' data: the city's towns (for the "where do you live?" picker) and,
 * through `cityData`, the districts and public resources. Towns are loaded without their
 * boundaries: the picker needs only names, readings and representative points.
 */
import { gateway, publicReads } from '$lib/data-access/browser-gateway';
import { indexTowns, type TownIndexEntry } from '$lib/search/search-towns';
import type { Area } from '$lib/domain/types';
import { cityData } from './city-data.svelte';
import { session } from './session.svelte';
import { Loader, type LoadStatus } from './loader.svelte';

export class ResidentsData {
  towns = $state.raw<Area[]>([]);
  townIndex = $state.raw<TownIndexEntry<Area>[]>([]);
  /** Towns are read once (a failed read is tried again on the next load). */
  #towns: Promise<Area[]> | null = null;

  readonly #loader = new Loader({
    fetch: async () => {
      this.#towns ??= session.readsSnapshots ? publicReads.areas({ kind: 'town' }) : gateway.listAreas({ kind: 'town' });
      const towns = this.#towns.catch((err: unknown) => {
        this.#towns = null;
        throw err;
      });
      const [list] = await Promise.all([towns, cityData.load()]);
      if (cityData.status === 'error') throw new Error(cityData.error);
      return list;
    },
    apply: (towns: Area[]) => {
      if (towns === this.towns) return;
      this.towns = towns;
      this.townIndex = indexTowns(towns);
    },
  });

  get status(): LoadStatus {
    return this.#loader.status;
  }

  get error(): string {
    return this.#loader.error;
  }

  /** Loads towns, districts and resources (lists only, no geometry); cheap when loaded. */
  load(): Promise<void> {
    return this.#loader.load();
  }

  /** Town by id (undefined when unknown). */
  town(id: string): Area | undefined {
    return this.towns.find((t) => t.id === id);
  }
}

export const residentsData = new ResidentsData();
