/**
 * Data of the survey page (/survey): districts, resources and the site, reloaded when someone
 * signs in or out (staff see non-public places, which the survey counts too).
 */
import { gateway } from '$lib/data-access/browser-gateway';
import type { Area, Resource } from '$lib/domain/types';
import { Loader, type LoadStatus } from '$lib/state/loader.svelte';
import { session } from '$lib/state/session.svelte';

export class SurveyData {
  districts = $state.raw<Area[]>([]);
  resources = $state.raw<Resource[]>([]);
  cityName = $state('');

  readonly loader = new Loader({
    fetch: () =>
      Promise.all([
        gateway.getSite(),
        gateway.listAreas({ kind: 'district' }),
        gateway.listResources(),
      ]),
    apply: ([site, districts, resources]) => {
      this.cityName = site?.cityName ?? '';
      this.districts = [...districts].sort(
        (a, b) => a.code.localeCompare(b.code) || a.name.localeCompare(b.name, 'ja'),
      );
      this.resources = resources;
    },
    session,
  });

  get status(): LoadStatus {
    return this.loader.status;
  }

  /** Loads now and again whenever the session changes. Call during component initialisation. */
  follow(): void {
    this.loader.follow(() => []);
  }
}
