/**
 * The pin map's style: the site's basemap when it draws one (GSI or PMTiles, from the site
 * settings), else our plain offline style; the city and district boundaries on top (outlines
 * only over a basemap, whose streets the fills would hide) and the pin above all. Pure: no
 * MapLibre runtime, no DOM.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Area, LngLat } from '$lib/domain/types';
import type { LoadedBasemap } from '$lib/map/basemap';
import { buildLayers, buildOfflineStyle, LAYER } from '$lib/map/offline-style';

/** The pin's GeoJSON source and layer id. */
export const PIN_SOURCE = 'manage-pin';

/** The pin as a feature collection (empty without a position). */
export function pinFeatures(p: LngLat | null): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: p
      ? [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: p } }]
      : [],
  };
}

const PIN_LAYER: LayerSpecification = {
  id: PIN_SOURCE,
  type: 'circle',
  source: PIN_SOURCE,
  paint: {
    'circle-radius': 9,
    'circle-color': '#C75000',
    'circle-stroke-color': '#FFFFFF',
    'circle-stroke-width': 3,
  },
};

/**
 * The whole style. `base` is the site's loaded basemap (undefined when the site draws none).
 * The resources' own layers are left out: the form edits one place, shown by the pin.
 */
export function pinMapStyle(
  data: { city: Area | null; districts: Area[]; location: LngLat | null },
  base?: LoadedBasemap['style'],
): StyleSpecification {
  const style = buildOfflineStyle({ city: data.city, districts: data.districts, resources: [] });
  const ours = buildLayers().filter(
    (l) => l.id !== LAYER.resources && l.id !== LAYER.resourceSelected,
  );
  return {
    ...style,
    ...(base?.glyphs ? { glyphs: base.glyphs } : {}),
    sources: {
      ...(base?.sources ?? {}),
      ...style.sources,
      [PIN_SOURCE]: { type: 'geojson', data: pinFeatures(data.location) },
    },
    layers: [
      ...(base?.layers ?? []),
      ...(base ? ours.filter((l) => l.type === 'line') : ours),
      PIN_LAYER,
    ],
  };
}
