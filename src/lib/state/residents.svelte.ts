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
import type { LoadStatus } from './site.svelte';
import { errorMessage } from '$lib/domain/error-message';

export class ResidentsData {
  towns = $state.raw<Area[]>([]);
  townIndex = $state.raw<TownIndexEntry<Area>[]>([]);
  status = $state<LoadStatus>('idle');
  error = $state('');
  #towns: Promise<void> | null = null;

  /** Loads towns, districts and resources (lists only, no geometry); cheap when loaded. */
  async load(): Promise<void> {
    if (this.status !== 'ready') this.status = 'loading';
    this.#towns ??= (session.readsSnapshots ? publicReads.areas({ kind: 'town' }) : gateway.listAreas({ kind: 'town' })).then((towns) => {
      this.towns = towns;
      this.townIndex = indexTowns(towns);
    });
    try {
      await Promise.all([this.#towns, cityData.load()]);
      if (cityData.status === 'error') throw new Error(cityData.error);
      this.status = 'ready';
      this.error = '';
    } catch (err) {
      this.#towns = null;
      this.status = 'error';
      this.error = errorMessage(err);
    }
  }

  /** Town by id (undefined when unknown). */
  town(id: string): Area | undefined {
    return this.towns.find((t) => t.id === id);
  }
}

export const residentsData = new ResidentsData();
