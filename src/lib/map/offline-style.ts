/**
 * The map's offline style: our own layers on a plain background. No tiles, no glyphs, no
 * sprites — the style makes no network request at all, so the map works with PocketBase as
 * the only server. (No text layers: they would need glyphs; district names are drawn as
 * HTML labels by routes/map/CityMap.svelte and every fact is also in the lists.)
 *
 * Pure: no maplibre runtime import, no DOM. Tested in offline-style.test.ts.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import {
  RESOURCE_KINDS,
  type Area,
  type LngLat,
  type Resource,
  type ResourceKind,
} from '../domain/types';
import { KIND_COLOURS, MAP_COLOURS } from './palette';

export const SOURCE = { city: 'city', districts: 'districts', resources: 'resources' } as const;

export const LAYER = {
  background: 'background',
  cityFill: 'city-fill',
  districtFill: 'district-fill',
  districtOutline: 'district-outline',
  districtSelected: 'district-selected',
  cityOutline: 'city-outline',
  resourceSelected: 'resource-selected',
  resources: 'resources',
} as const;

export interface DistrictProps {
  id: string;
  name: string;
  code: string;
}

export interface ResourceProps {
  id: string;
  kind: ResourceKind;
  name: string;
  approximate: boolean;
}

export interface StyleOptions {
  highContrast?: boolean;
  selectedDistrictId?: string;
  selectedResourceId?: string;
}

type AreaGeometry = Polygon | MultiPolygon;

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The city boundary as a FeatureCollection (empty when unknown). */
export function cityFeatures(city: Area | null): FeatureCollection<AreaGeometry> {
  if (!city?.geometry) return EMPTY as FeatureCollection<AreaGeometry>;
  return {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { id: city.id, name: city.name }, geometry: city.geometry },
    ],
  };
}

/** Districts with a boundary. */
export function districtFeatures(
  districts: Area[],
): FeatureCollection<AreaGeometry, DistrictProps> {
  const features: Feature<AreaGeometry, DistrictProps>[] = [];
  for (const d of districts) {
    if (!d.geometry) continue;
    features.push({
      type: 'Feature',
      properties: { id: d.id, name: d.name, code: d.code },
      geometry: d.geometry,
    });
  }
  return { type: 'FeatureCollection', features };
}

/** Resources with a location, as points. */
export function resourceFeatures(resources: Resource[]): FeatureCollection<Point, ResourceProps> {
  const features: Feature<Point, ResourceProps>[] = [];
  for (const r of resources) {
    if (!r.location) continue;
    features.push({
      type: 'Feature',
      properties: { id: r.id, kind: r.kind, name: r.name, approximate: r.locationApproximate },
      geometry: { type: 'Point', coordinates: [r.location[0], r.location[1]] },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** A `match` expression from resource kind to its colour. */
export function kindColourExpression(): ExpressionSpecification {
  const pairs = RESOURCE_KINDS.flatMap((k) => [k, KIND_COLOURS[k]]);
  return [
    'match',
    ['get', 'kind'],
    ...pairs,
    KIND_COLOURS.service,
  ] as unknown as ExpressionSpecification;
}

/**
 * The paint of a kind-coloured place point: filled in its kind's colour with a halo (black in
 * high contrast), or hollow — white with a ring in the kind's colour — when its location is
 * approximate, so an approximate pin reads as such without colour too. Stroke widths in px.
 */
export function kindPointPaint(opts: {
  highContrast: boolean;
  strokeWidthPx: number;
  approximateStrokeWidthPx: number;
}): {
  'circle-color': ExpressionSpecification;
  'circle-stroke-color': ExpressionSpecification;
  'circle-stroke-width': ExpressionSpecification;
} {
  const colour = kindColourExpression();
  const approximate: ExpressionSpecification = ['==', ['get', 'approximate'], true];
  return {
    'circle-color': ['case', approximate, '#FFFFFF', colour],
    'circle-stroke-color': [
      'case',
      approximate,
      colour,
      opts.highContrast ? '#000000' : MAP_COLOURS.pointHalo,
    ],
    'circle-stroke-width': ['case', approximate, opts.approximateStrokeWidthPx, opts.strokeWidthPx],
  };
}

/** Filter selecting the feature whose `id` property equals `id` (matches nothing for ''). */
export function idFilter(id: string): FilterSpecification {
  return ['==', ['get', 'id'], id || '\u0000none'];
}

/** The layers, bottom to top. Paint depends on `highContrast`; selections on the ids. */
export function buildLayers(opts: StyleOptions = {}): LayerSpecification[] {
  const hc = opts.highContrast === true;
  const line = hc ? MAP_COLOURS.highContrastLine : undefined;
  return [
    {
      id: LAYER.background,
      type: 'background',
      paint: { 'background-color': hc ? '#D9D9D9' : MAP_COLOURS.background },
    },
    {
      id: LAYER.cityFill,
      type: 'fill',
      source: SOURCE.city,
      paint: { 'fill-color': MAP_COLOURS.cityFill },
    },
    {
      id: LAYER.districtFill,
      type: 'fill',
      source: SOURCE.districts,
      paint: { 'fill-color': hc ? '#FFFFFF' : MAP_COLOURS.districtFill, 'fill-opacity': 1 },
    },
    {
      id: LAYER.districtOutline,
      type: 'line',
      source: SOURCE.districts,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': line ?? MAP_COLOURS.districtOutline,
        'line-width': ['interpolate', ['linear'], ['zoom'], 9, hc ? 1.5 : 1, 14, hc ? 3 : 2],
        'line-dasharray': [3, 2],
      },
    },
    {
      id: LAYER.districtSelected,
      type: 'line',
      source: SOURCE.districts,
      filter: idFilter(opts.selectedDistrictId ?? ''),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': MAP_COLOURS.selection, 'line-width': hc ? 5 : 4 },
    },
    {
      id: LAYER.cityOutline,
      type: 'line',
      source: SOURCE.city,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': line ?? MAP_COLOURS.cityOutline, 'line-width': hc ? 4 : 3 },
    },
    {
      id: LAYER.resourceSelected,
      type: 'circle',
      source: SOURCE.resources,
      filter: idFilter(opts.selectedResourceId ?? ''),
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, 11, 15, 16],
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': MAP_COLOURS.selection,
        'circle-stroke-width': 4,
      },
    },
    {
      id: LAYER.resources,
      type: 'circle',
      source: SOURCE.resources,
      paint: {
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['zoom'],
          9,
          ['case', ['==', ['get', 'kind'], 'support_center'], 6, 4.5],
          15,
          ['case', ['==', ['get', 'kind'], 'support_center'], 11, 8],
        ],
        ...kindPointPaint({
          highContrast: hc,
          strokeWidthPx: hc ? 2 : 1.5,
          approximateStrokeWidthPx: 2.5,
        }),
      },
    },
  ];
}

/** The whole style with the data inlined. Makes no network request (no glyphs, sprite or tiles). */
export function buildOfflineStyle(
  data: { city: Area | null; districts: Area[]; resources: Resource[] },
  opts: StyleOptions = {},
): StyleSpecification {
  return {
    version: 8,
    name: 'sasaeai-offline',
    sources: {
      [SOURCE.city]: { type: 'geojson', data: cityFeatures(data.city) },
      [SOURCE.districts]: { type: 'geojson', data: districtFeatures(data.districts) },
      [SOURCE.resources]: { type: 'geojson', data: resourceFeatures(data.resources) },
    },
    layers: buildLayers(opts),
  };
}

export type Bounds = [[number, number], [number, number]];

function extend(b: [number, number, number, number], p: Position): void {
  const [x, y] = p;
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y))
    return;
  if (x < b[0]) b[0] = x;
  if (y < b[1]) b[1] = y;
  if (x > b[2]) b[2] = x;
  if (y > b[3]) b[3] = y;
}

function extendGeometry(b: [number, number, number, number], g: AreaGeometry): void {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const poly of polys) for (const ring of poly) for (const p of ring) extend(b, p);
}

/**
 * The bounds to show: the city boundary when known, else the districts, else the resources.
 * Null when there is nothing to show.
 */
export function dataBounds(
  city: Area | null,
  districts: Area[],
  resources: Resource[],
): Bounds | null {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  if (city?.geometry) extendGeometry(b, city.geometry);
  if (!Number.isFinite(b[0]))
    for (const d of districts) if (d.geometry) extendGeometry(b, d.geometry);
  if (!Number.isFinite(b[0])) for (const r of resources) if (r.location) extend(b, r.location);
  if (!Number.isFinite(b[0])) return null;
  return [
    [b[0], b[1]],
    [b[2], b[3]],
  ];
}

/** A representative point for a district's label: its `point`, else its bounding-box centre. */
export function labelPoint(area: Area): LngLat | null {
  if (area.point) return area.point;
  if (!area.geometry) return null;
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  extendGeometry(b, area.geometry);
  if (!Number.isFinite(b[0])) return null;
  return [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
}
