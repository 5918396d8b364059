/**
 * Basemap sources and layers to draw under our own layers. Pure (no maplibre runtime).
 *
 * - `pmtiles`: an OpenMapTiles-schema vector tileset in a PMTiles file (e.g. the offline
 *   basemap of a city), drawn in quiet greys so our coloured points stay readable. No
 *   text layers: labels would need a glyph server; every fact we show is in the list.
 * - `gsi`: 地理院タイル 淡色地図 (GSI pale raster tiles), for online deployments.
 */
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { Basemap } from '$lib/domain/site-settings';

export const GSI_PALE_TILES = 'https://cyberjapandata.gsi.go.jp/xyz/pale/{z}/{x}/{y}.png';
export const GSI_ATTRIBUTION = '出典：国土地理院「地理院タイル（淡色地図）」';
export const OMT_ATTRIBUTION = '© OpenMapTiles © OpenStreetMap contributors';

const B = 'basemap';

/** Layers for the OpenMapTiles schema (water, landcover, landuse, park, roads, buildings, boundaries). */
export function omtLayers(source = B): LayerSpecification[] {
  const v = { source, 'source-layer': '' };
  return [
    { id: 'bm-background', type: 'background', paint: { 'background-color': '#F4F3F0' } },
    {
      ...v,
      id: 'bm-landcover',
      type: 'fill',
      'source-layer': 'landcover',
      paint: { 'fill-color': '#E3EBDD', 'fill-opacity': 0.8 },
    },
    {
      ...v,
      id: 'bm-landuse',
      type: 'fill',
      'source-layer': 'landuse',
      paint: { 'fill-color': '#ECEAE4', 'fill-opacity': 0.7 },
    },
    {
      ...v,
      id: 'bm-park',
      type: 'fill',
      'source-layer': 'park',
      paint: { 'fill-color': '#DCE8D2' },
    },
    {
      ...v,
      id: 'bm-water',
      type: 'fill',
      'source-layer': 'water',
      paint: { 'fill-color': '#C8DCEB' },
    },
    {
      ...v,
      id: 'bm-waterway',
      type: 'line',
      'source-layer': 'waterway',
      paint: {
        'line-color': '#B3CDE3',
        'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.5, 16, 3],
      },
    },
    {
      ...v,
      id: 'bm-building',
      type: 'fill',
      'source-layer': 'building',
      minzoom: 13,
      paint: { 'fill-color': '#E0DDD6' },
    },
    {
      ...v,
      id: 'bm-road-minor',
      type: 'line',
      'source-layer': 'transportation',
      filter: ['match', ['get', 'class'], ['minor', 'service', 'track', 'path'], true, false],
      minzoom: 12,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': '#FFFFFF',
        'line-width': ['interpolate', ['linear'], ['zoom'], 12, 0.5, 16, 4],
      },
    },
    {
      ...v,
      id: 'bm-road-major',
      type: 'line',
      'source-layer': 'transportation',
      filter: [
        'match',
        ['get', 'class'],
        ['motorway', 'trunk', 'primary', 'secondary', 'tertiary'],
        true,
        false,
      ],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': '#D5CFC4',
        'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.5, 16, 7],
      },
    },
    {
      ...v,
      id: 'bm-rail',
      type: 'line',
      'source-layer': 'transportation',
      filter: ['==', ['get', 'class'], 'rail'],
      paint: { 'line-color': '#9A9A9A', 'line-width': 1.5, 'line-dasharray': [3, 2] },
    },
    {
      ...v,
      id: 'bm-boundary',
      type: 'line',
      'source-layer': 'boundary',
      filter: ['<=', ['get', 'admin_level'], 8],
      paint: { 'line-color': '#A8A8A8', 'line-width': 1, 'line-dasharray': [4, 2] },
    },
  ] as LayerSpecification[];
}

/**
 * The basemap's sources, layers and credit line.
 * @param opts.pmtilesUrl absolute URL of the PMTiles file (for `pmtiles`)
 */
export function basemapStyle(
  kind: Exclude<Basemap, 'none'>,
  opts: { pmtilesUrl?: string; attribution?: string },
): {
  style: { sources: Record<string, SourceSpecification>; layers: LayerSpecification[] };
  attribution: string;
} {
  if (kind === 'gsi') {
    return {
      style: {
        sources: {
          [B]: {
            type: 'raster',
            tiles: [GSI_PALE_TILES],
            tileSize: 256,
            minzoom: 2,
            maxzoom: 18,
            attribution: GSI_ATTRIBUTION,
          },
        },
        layers: [{ id: 'bm-gsi-pale', type: 'raster', source: B }],
      },
      attribution: opts.attribution ?? GSI_ATTRIBUTION,
    };
  }
  const attribution = opts.attribution ?? OMT_ATTRIBUTION;
  return {
    style: {
      sources: { [B]: { type: 'vector', url: `pmtiles://${opts.pmtilesUrl ?? ''}`, attribution } },
      layers: omtLayers(),
    },
    attribution,
  };
}
