/**
 * The basemap under the residents' map, chosen by configuration at build time:
 *
 * - `PUBLIC_BASEMAP=offline` (default): no basemap; our own layers on a plain background,
 *   no network request at all;
 * - `PUBLIC_BASEMAP=pmtiles` + `PUBLIC_PMTILES_URL`: a local PMTiles file with OpenMapTiles
 *   layers, served by the deployment itself (e.g. from pb_public/);
 * - `PUBLIC_BASEMAP=gsi`: 地理院タイル 淡色地図 (GSI pale map), online deployments only.
 *
 * The pmtiles protocol is registered lazily so that the offline default loads no extra code.
 */
import { env } from '$env/dynamic/public';
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { basemapStyle, GSI_ATTRIBUTION, OMT_ATTRIBUTION, type BasemapKind } from './basemap-style';

export interface LoadedBasemap {
  style: { sources: Record<string, SourceSpecification>; layers: LayerSpecification[]; glyphs?: string };
  attribution: string;
}

let registered = false;

/** The configured basemap (null for the offline default). */
export async function loadBasemap(): Promise<LoadedBasemap | null> {
  const kind = (env.PUBLIC_BASEMAP ?? 'offline') as BasemapKind;
  if (kind === 'pmtiles') {
    const url = env.PUBLIC_PMTILES_URL ?? '';
    if (!url) return null;
    if (!registered) {
      const [{ Protocol }, maplibre] = await Promise.all([import('pmtiles'), import('maplibre-gl')]);
      maplibre.addProtocol('pmtiles', new Protocol().tile);
      registered = true;
    }
    return basemapStyle('pmtiles', { pmtilesUrl: new URL(url, location.href).href });
  }
  if (kind === 'gsi') return basemapStyle('gsi', {});
  return null;
}

/**
 * The credit line of the configured basemap, without loading it ('' for the offline default
 * and for `pmtiles` without a URL, exactly when {@link loadBasemap} gives null).
 */
export function basemapAttribution(): string {
  const kind = (env.PUBLIC_BASEMAP ?? 'offline') as BasemapKind;
  if (kind === 'pmtiles') return env.PUBLIC_PMTILES_URL ? OMT_ATTRIBUTION : '';
  return kind === 'gsi' ? GSI_ATTRIBUTION : '';
}
