/**
 * The one way a page loads a map component: MapLibre (about 300 kB gzip) is its own chunk,
 * fetched by a dynamic `import()` so that the page's list paints without it (the residents'
 * list is measured on a slow phone). This module imports nothing from MapLibre; the map
 * component, which uses {@link MapShell}, does.
 *
 * @example
 * ```svelte
 * <script lang="ts">
 *   import { LazyMap } from '$lib/map/lazy-map.svelte';
 *   // The literal import() is what makes the bundler split the chunk: keep it in the page.
 *   const cityMap = new LazyMap(() => import('./CityMap.svelte'));
 *   cityMap.load();            // now, in parallel with the data…
 *   // …or cityMap.loadAfterPaint() once the list is on screen (the residents' page).
 * </script>
 *
 * {#if cityMap.failed}
 *   <p>{t.mapUnavailable}</p>
 * {:else if cityMap.component}
 *   <cityMap.component {city} {districts} … />
 * {:else}
 *   <p>{t.mapLoading}</p>
 * {/if}
 * ```
 */
import type { Component } from 'svelte';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's props
type AnyComponent = Component<any, any, any>;

export class LazyMap<C extends AnyComponent> {
  #component = $state.raw<C | null>(null);
  #failed = $state(false);
  #pending: Promise<C | null> | null = null;
  readonly #importer: () => Promise<{ default: C }>;

  /** @param importer `() => import('…Map.svelte')`, written out where it is used. */
  constructor(importer: () => Promise<{ default: C }>) {
    this.#importer = importer;
  }

  /** The map component once its chunk has arrived (null before, and after a failure). */
  get component(): C | null {
    return this.#component;
  }

  /** True when the chunk could not be fetched (offline before it was cached): show the lists. */
  get failed(): boolean {
    return this.#failed;
  }

  /**
   * Starts fetching the chunk; later calls reuse the first request. Resolves to the component,
   * or to null when the fetch failed (never rejects).
   */
  load(): Promise<C | null> {
    this.#pending ??= this.#importer().then(
      (m) => (this.#component = m.default),
      (err: unknown) => {
        console.warn('map chunk unavailable', err);
        this.#failed = true;
        return null;
      },
    );
    return this.#pending;
  }

  /**
   * Starts fetching after the page's next paint (two animation frames: the first paint happens
   * between them), so the chunk does not compete with what the user came for.
   */
  loadAfterPaint(): Promise<C | null> {
    if (this.#pending) return this.#pending;
    return new Promise((done) =>
      requestAnimationFrame(() => requestAnimationFrame(() => done(this.load()))),
    );
  }
}
