/**
 * The basemap under the residents' map, chosen by an admin on /admin/settings and read from
 * the site settings at run time (`site.basemap`), so no build and no restart changes it:
 *
 * - `none` (default): no basemap; our own layers on a plain background, no network request;
 * - `pmtiles`: the PMTiles file uploaded on the settings page (OpenMapTiles layers), served by
 *   PocketBase's file API with HTTP range requests;
 * - `gsi`: 地理院タイル 淡色地図 (GSI pale map), online deployments only.
 *
 * The pmtiles protocol is registered lazily so that the offline default loads no extra code.
 */
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { Site } from '$lib/data-access/gateway';
import { siteState } from '$lib/state/site.svelte';
import { basemapStyle, GSI_ATTRIBUTION, OMT_ATTRIBUTION } from './basemap-style';

export interface LoadedBasemap {
  style: {
    sources: Record<string, SourceSpecification>;
    layers: LayerSpecification[];
    glyphs?: string;
  };
  attribution: string;
}

let registered = false;

/** The site's basemap (null for none, and for `pmtiles` without a stored file). Waits for the site. */
export async function loadBasemap(): Promise<LoadedBasemap | null> {
  await siteState.load();
  const site = siteState.site;
  const kind = site?.basemap ?? 'none';
  if (kind === 'pmtiles') {
    const url = site?.basemapPmtilesUrl ?? '';
    if (!url) return null;
    if (!registered) {
      const [{ Protocol }, maplibre] = await Promise.all([
        import('pmtiles'),
        import('maplibre-gl'),
      ]);
      maplibre.addProtocol('pmtiles', new Protocol().tile);
      registered = true;
    }
    return basemapStyle('pmtiles', { pmtilesUrl: new URL(url, location.href).href });
  }
  if (kind === 'gsi') return basemapStyle('gsi', {});
  return null;
}

/**
 * The credit line of a site's basemap, without loading it ('' for none and for `pmtiles`
 * without a file, exactly when {@link loadBasemap} gives null). Reactive when given
 * `siteState.site`.
 */
export function basemapAttribution(site: Site | null): string {
  const kind = site?.basemap ?? 'none';
  if (kind === 'pmtiles') return site?.basemapPmtilesUrl ? OMT_ATTRIBUTION : '';
  return kind === 'gsi' ? GSI_ATTRIBUTION : '';
}
