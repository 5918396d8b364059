/**
 * The residents' map style: the offline base (city, district boundaries; see
 * offline-style.ts) plus the chosen home point, a walking-distance ring and the places,
 * clustered and coloured by kind. Pure: no maplibre runtime, no DOM, no network.
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import type { Area, LngLat, Resource } from '../domain/types';
import {
  buildLayers,
  cityFeatures,
  districtFeatures,
  idFilter,
  kindColourExpression,
  kindPointPaint,
  LAYER,
  resourceFeatures,
  SOURCE,
} from './offline-style';
import { outlinedAreaLayers } from './outlined-area-layers';
import { MAP_COLOURS } from './palette';

export const RSOURCE = {
  places: 'places',
  selected: 'selected-place',
  home: 'home',
  ring: 'ring',
} as const;
export const RLAYER = {
  ringFill: 'ring-fill',
  ringLine: 'ring-line',
  clusters: 'clusters',
  places: 'places',
  selected: 'selected-place',
  home: 'home',
  homeDot: 'home-dot',
} as const;

const EARTH_RADIUS_M = 6_371_008.8;

/** A circle of `radiusM` metres around `centre` as a polygon (`steps` vertices). */
export function ringPolygon(centre: LngLat, radiusM: number, steps = 64): Feature<Polygon> {
  const [lng, lat] = centre;
  const coords: [number, number][] = [];
  const dLat = (radiusM / EARTH_RADIUS_M) * (180 / Math.PI);
  const dLng = dLat / Math.cos((lat * Math.PI) / 180);
  for (let i = 0; i <= steps; i++) {
    const a = (i / steps) * 2 * Math.PI;
    coords.push([lng + dLng * Math.cos(a), lat + dLat * Math.sin(a)]);
  }
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [coords] } };
}

export function homeFeatures(origin: LngLat | null): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: origin
      ? [
          {
            type: 'Feature',
            properties: {},
            geometry: { type: 'Point', coordinates: [origin[0], origin[1]] },
          },
        ]
      : [],
  };
}

export function ringFeatures(origin: LngLat | null, radiusM: number): FeatureCollection<Polygon> {
  return {
    type: 'FeatureCollection',
    features: origin && radiusM > 0 ? [ringPolygon(origin, radiusM)] : [],
  };
}

export interface ResidentsStyleData {
  city: Area | null;
  districts: Area[];
  places: Resource[];
  origin: LngLat | null;
  ringM: number;
}

/** Residents' layers (drawn above the base's district layers). */
export function residentsLayers(
  opts: { highContrast?: boolean; selectedId?: string } = {},
): LayerSpecification[] {
  const hc = opts.highContrast === true;
  const colour = kindColourExpression();
  return [
    ...outlinedAreaLayers(RSOURCE.ring, [RLAYER.ringFill, RLAYER.ringLine], {
      colour: MAP_COLOURS.selection,
      fillOpacity: 0.06,
      lineWidthPx: hc ? 4 : 3,
      lineDash: [2, 1],
    }),
    {
      id: RLAYER.clusters,
      type: 'circle',
      source: RSOURCE.places,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': '#333333',
        'circle-radius': ['step', ['get', 'point_count'], 11, 5, 14, 15, 18],
        'circle-stroke-color': '#FFFFFF',
        'circle-stroke-width': 3,
      },
    },
    {
      id: RLAYER.places,
      type: 'circle',
      source: RSOURCE.places,
      filter: ['!', ['has', 'point_count']],
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 6, 16, 10],
        ...kindPointPaint({ highContrast: hc, strokeWidthPx: 2, approximateStrokeWidthPx: 3 }),
      },
    },
    {
      id: RLAYER.selected,
      type: 'circle',
      source: RSOURCE.selected,
      filter: idFilter(opts.selectedId ?? ''),
      paint: {
        'circle-radius': 13,
        'circle-color': colour,
        'circle-stroke-color': MAP_COLOURS.selection,
        'circle-stroke-width': 5,
      },
    },
    {
      id: RLAYER.home,
      type: 'circle',
      source: RSOURCE.home,
      paint: {
        'circle-radius': 12,
        'circle-color': '#FFFFFF',
        'circle-stroke-color': '#000000',
        'circle-stroke-width': 4,
      },
    },
    {
      id: RLAYER.homeDot,
      type: 'circle',
      source: RSOURCE.home,
      paint: { 'circle-radius': 4, 'circle-color': '#000000' },
    },
  ];
}

/** Sources for the residents' layers. */
export function residentsSources(data: ResidentsStyleData): Record<string, SourceSpecification> {
  const places = resourceFeatures(data.places);
  return {
    [RSOURCE.places]: {
      type: 'geojson',
      data: places,
      cluster: true,
      clusterRadius: 36,
      clusterMaxZoom: 14,
    },
    [RSOURCE.selected]: { type: 'geojson', data: places },
    [RSOURCE.home]: { type: 'geojson', data: homeFeatures(data.origin) },
    [RSOURCE.ring]: { type: 'geojson', data: ringFeatures(data.origin, data.ringM) },
  };
}

/**
 * The whole offline style: base boundaries (without the base's own resource layers) and the
 * residents' layers. `base` optionally puts a basemap's sources and layers underneath.
 */
export function buildResidentsStyle(
  data: ResidentsStyleData,
  opts: {
    highContrast?: boolean;
    selectedId?: string;
    base?: {
      sources: Record<string, SourceSpecification>;
      layers: LayerSpecification[];
      glyphs?: string;
    };
  } = {},
): StyleSpecification {
  const baseLayers = buildLayers({ highContrast: opts.highContrast }).filter(
    (l) =>
      l.id !== LAYER.resources &&
      l.id !== LAYER.resourceSelected &&
      l.id !== LAYER.districtSelected,
  );
  // Over a basemap, the city/district fills would hide it: keep only the outlines.
  const overlay = opts.base ? baseLayers.filter((l) => l.type === 'line') : baseLayers;
  return {
    version: 8,
    name: 'sasaeai-residents',
    ...(opts.base?.glyphs ? { glyphs: opts.base.glyphs } : {}),
    sources: {
      ...(opts.base?.sources ?? {}),
      [SOURCE.city]: { type: 'geojson', data: cityFeatures(data.city) },
      [SOURCE.districts]: { type: 'geojson', data: districtFeatures(data.districts) },
      ...residentsSources(data),
    },
    layers: [...(opts.base?.layers ?? []), ...overlay, ...residentsLayers(opts)],
  };
}
