/**
 * The credit lines of imported sources and auxiliary layers, loaded once per page load for
 * every map's credits (issue #7). Both collections are public. A failed request leaves its
 * list empty: the site's attribution is still shown, and the map must not fail over credits.
 */
import { publicReads } from '$lib/data-access/browser-reads';

export class MapCreditsState {
  /** `data_sources.attribution` of every imported source, by key. */
  sources = $state.raw<string[]>([]);
  /** Attributions of the auxiliary layers (walking network, candidate sites…), by name. */
  layers = $state.raw<string[]>([]);
  #pending: Promise<void> | null = null;

  /** Loads both lists once; later calls reuse the first request. */
  load(): Promise<void> {
    this.#pending ??= Promise.allSettled([
      publicReads.attributions('data_sources'),
      publicReads.attributions('layers'),
    ]).then(([sources, layers]) => {
      if (sources.status === 'fulfilled') this.sources = sources.value;
      else console.warn('data sources unavailable for the map credits', sources.reason);
      if (layers.status === 'fulfilled') this.layers = layers.value;
      else console.warn('layers unavailable for the map credits', layers.reason);
    });
    return this.#pending;
  }
}

export const mapCredits = new MapCreditsState();
