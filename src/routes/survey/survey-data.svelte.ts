/**
 * Data of the survey page (/survey): districts, resources and the site, reloaded when someone
 * signs in or out (staff see non-public places, which the survey counts too).
 */
import { untrack } from 'svelte';
import { gateway } from '$lib/data-access/browser-gateway';
import type { Area, Resource } from '$lib/domain/types';
import { session } from '$lib/state/session.svelte';
import type { LoadStatus } from '$lib/state/site.svelte';

export class SurveyData {
  status = $state<LoadStatus>('idle');
  districts = $state.raw<Area[]>([]);
  resources = $state.raw<Resource[]>([]);
  cityName = $state('');

  /** Loads now and again whenever the session changes. Call during component initialisation. */
  follow(): void {
    $effect(() => {
      void session.generation;
      untrack(() => void this.load());
    });
  }

  async load(): Promise<void> {
    this.status = 'loading';
    try {
      const [site, districts, resources] = await Promise.all([gateway.getSite(), gateway.listAreas({ kind: 'district' }), gateway.listResources()]);
      this.cityName = site?.cityName ?? '';
      this.districts = [...districts].sort((a, b) => a.code.localeCompare(b.code) || a.name.localeCompare(b.name, 'ja'));
      this.resources = resources;
      this.status = 'ready';
    } catch {
      this.status = 'error';
    }
  }
}
