/**
 * The one way to make a MapLibre map in this app. Every map component (CityMap, the coverage
 * map, the residents' map, the pin picker) does the same set-up: our own worker URL and CSS,
 * the site's basemap when the map draws one, MapLibre's strings in the page's language with
 * the canvas named for screen readers, no attribution control (MapCredits lists the credits
 * under every map), no rotation or pitch, zoom buttons sized for fingers, cooperative gestures
 * on touch screens (the page scrolls under a finger), a fallback when WebGL is missing, and
 * removal when the component goes. A component keeps only what its map shows: its style, its
 * sources' updates and its clicks.
 *
 * MapLibre follows the container's size by itself (`trackResize`, a ResizeObserver), so the
 * shell adds no resize handling.
 *
 * Import this only from a lazily loaded map component (see {@link LazyMap}): it pulls in
 * MapLibre, which must stay out of the first page's chunk.
 *
 * @example
 * ```svelte
 * <script lang="ts">
 *   import { MapShell } from '$lib/map/map-shell.svelte';
 *   import { buildOfflineStyle, dataBounds, SOURCE, resourceFeatures } from '$lib/map/offline-style';
 *   let { city, districts, resources, label, onunavailable } = $props();
 *
 *   // Read once, when the map is created (later changes go through setData below).
 *   const shell = new MapShell(() => ({
 *     label,
 *     style: () => buildOfflineStyle({ city, districts, resources }),
 *     bounds: dataBounds(city, districts, resources),
 *     onunavailable,
 *     setup: (map) => map.on('click', (e) => console.log(e.lngLat)),
 *   }));
 *
 *   $effect(() => {
 *     const fc = resourceFeatures(resources);
 *     if (shell.loaded) shell.setData(SOURCE.resources, fc);
 *   });
 * </script>
 *
 * <div class="my-map" {@attach shell.attach}></div>
 * ```
 */
import './maplibre-setup';
import { Map as MapLibreMap, NavigationControl, type StyleSpecification } from 'maplibre-gl';
import { untrack } from 'svelte';
import { locale } from '$lib/i18n/locale.svelte';
import { loadBasemap, type LoadedBasemap } from './basemap';
import { mapLocale } from './map-locale';
import type { Bounds } from './offline-style';
import type { GeoJSON } from 'geojson';
import './map-shell.css';

/** Where a map with nothing to fit opens: Japan, at country zoom. */
const JAPAN_CENTER: [number, number] = [139.69, 35.69];
const JAPAN_ZOOM = 4;

export interface MapShellOptions {
  /** Accessible name of the map canvas (MapLibre's `Map.Title`), in the page's language. */
  label: string;
  /**
   * The map's style. Called once, when the map is created; with `basemap: true` it gets the
   * site's basemap sources and layers (undefined when the site draws none).
   */
  style: (base?: LoadedBasemap['style']) => StyleSpecification;
  /** What to show first; null or absent opens on Japan. */
  bounds?: Bounds | null;
  /** Padding around `bounds`, in CSS px (default 24). */
  fitPaddingPx?: number;
  /** The closest zoom the first fit may use (default 16: a street, not a doorstep). */
  maxZoom?: number;
  /** Draw the site's basemap (set on /admin/settings) under the style; waits for the site. */
  basemap?: boolean;
  /** False for print sheets: no controls and no interaction (default true). */
  interactive?: boolean;
  /** Keep the drawing buffer so that the canvas prints (a little slower; default false). */
  printable?: boolean;
  /** Called when the map cannot be made (no WebGL): the page keeps its lists and says so. */
  onunavailable?: () => void;
  /** Called once with the new map, before it loads: add event handlers here (removed with it). */
  setup?: (map: MapLibreMap) => void;
}

/** True on touch screens, where one finger should scroll the page, not pan the map. */
export function isTouchScreen(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
}

/** True when the user asked for less motion: camera moves then jump instead of gliding. */
export function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * A map component's MapLibre map, created when its container is attached and removed when it
 * is detached. Reactive: `map`, `loaded`, `unavailable` and `attribution` can be read in
 * effects and markup.
 */
export class MapShell {
  #map = $state.raw<MapLibreMap | null>(null);
  #loaded = $state(false);
  #unavailable = $state(false);
  #attribution = $state('');
  readonly #options: () => MapShellOptions;

  /** @param options read once (untracked) when the container is attached. */
  constructor(options: () => MapShellOptions) {
    this.#options = options;
  }

  /** The map, from creation until removal (null before, after, and when unavailable). */
  get map(): MapLibreMap | null {
    return this.#map;
  }

  /** True once the style has loaded: sources exist and `setData`/`setFilter` work. */
  get loaded(): boolean {
    return this.#loaded;
  }

  /** True when MapLibre could not create the map (no WebGL). */
  get unavailable(): boolean {
    return this.#unavailable;
  }

  /** The drawn basemap's credit line ('' when none): give it to `<MapCredits basemap=…>`. */
  get attribution(): string {
    return this.#attribution;
  }

  /**
   * The attachment for the map's container: `<div {@attach shell.attach}>`. Creates the map
   * (after the basemap when asked for one) and removes it when the element goes.
   */
  attach = (container: HTMLElement): (() => void) =>
    // Untracked: the map is made once per element; later prop changes reach it through effects.
    untrack(() => {
      const options = this.#options();
      let cancelled = false;
      const base = options.basemap ? loadBasemap() : Promise.resolve(null);
      void base.then(
        (loaded) => {
          if (!cancelled) this.#create(container, options, loaded);
        },
        (err: unknown) => {
          // A basemap that cannot be loaded must not take the map with it: draw ours alone.
          console.warn('basemap unavailable', err);
          if (!cancelled) this.#create(container, options, null);
        },
      );
      return () => {
        cancelled = true;
        this.#map?.remove();
        this.#map = null;
        this.#loaded = false;
      };
    });

  #create(container: HTMLElement, o: MapShellOptions, base: LoadedBasemap | null): void {
    const interactive = o.interactive ?? true;
    const bounds = o.bounds ?? null;
    let map: MapLibreMap;
    try {
      map = new MapLibreMap({
        container,
        style: o.style(base?.style),
        bounds: bounds ?? undefined,
        fitBoundsOptions: { padding: o.fitPaddingPx ?? 24, maxZoom: o.maxZoom ?? 16 },
        center: bounds ? undefined : JAPAN_CENTER,
        zoom: bounds ? undefined : JAPAN_ZOOM,
        attributionControl: false,
        maplibreLogo: false,
        interactive,
        cooperativeGestures: interactive && isTouchScreen(),
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        locale: mapLocale(locale.code, o.label),
        fadeDuration: 0,
        canvasContextAttributes: o.printable ? { preserveDrawingBuffer: true } : undefined,
      });
    } catch (err) {
      console.warn('map unavailable', err);
      this.#unavailable = true;
      o.onunavailable?.();
      return;
    }
    container.classList.add('map-shell');
    this.#attribution = base?.attribution ?? '';
    if (interactive) {
      map.touchZoomRotate.disableRotation();
      map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    }
    map.on('load', () => (this.#loaded = true));
    map.on('error', (e) => console.warn('map error', e.error));
    o.setup?.(map);
    this.#map = map;
  }

  /** Replaces a GeoJSON source's data (no-op before the style has loaded or for unknown ids). */
  setData(sourceId: string, data: GeoJSON): void {
    if (!this.#map || !this.#loaded) return;
    (this.#map.getSource(sourceId) as { setData?: (d: GeoJSON) => void } | undefined)?.setData?.(
      data,
    );
  }

  /** Fits the view to `bounds` (animated only when asked and motion is welcome). */
  fit(
    bounds: Bounds | null,
    opts: { animate?: boolean; paddingPx?: number; maxZoom?: number } = {},
  ): void {
    if (!this.#map || !bounds) return;
    this.#map.fitBounds(bounds, {
      padding: opts.paddingPx ?? 24,
      maxZoom: opts.maxZoom ?? 16,
      animate: (opts.animate ?? false) && !reducedMotion(),
    });
  }
}
