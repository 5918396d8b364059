import {
  createExpression,
  latest,
  validateStyleMin,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { RESOURCE_KINDS, type Area, type Resource } from '../domain/types';
import {
  buildOfflineStyle,
  dataBounds,
  idFilter,
  kindPointPaint,
  labelPoint,
  LAYER,
  resourceFeatures,
} from './offline-style';
import { contrastRatio, KIND_COLOURS, MAP_COLOURS } from './palette';

const square = (x: number, y: number, s: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, y],
      [x + s, y],
      [x + s, y + s],
      [x, y + s],
      [x, y],
    ],
  ],
});

const area = (id: string, kind: Area['kind'], geometry: Area['geometry']): Area => ({
  id,
  kind,
  code: id,
  name: id,
  nameKana: '',
  nameKanaGenerated: false,
  parentId: '',
  geometry,
  point: null,
  population: null,
  population65: null,
  population75: null,
  populationYear: null,
  supportCenterId: '',
});

const resource = (
  id: string,
  kind: Resource['kind'],
  location: Resource['location'],
  approximate = false,
) => ({ id, kind, name: id, location, locationApproximate: approximate }) as Resource;

const city = area('c', 'city', square(139, 35, 1));
const districts = [area('d1', 'district', square(139, 35, 0.5)), area('d2', 'district', null)];
const resources = [
  resource('r1', 'gathering_place', [139.2, 35.2]),
  resource('r2', 'mutual_aid', null),
];

describe('buildOfflineStyle', () => {
  const style = buildOfflineStyle({ city, districts, resources });

  it('makes no network request: no glyphs, sprite, tiles or URLs', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    const json = JSON.stringify(style);
    expect(json).not.toMatch(/https?:|\/\/|"url"|"tiles"/);
    for (const layer of style.layers) expect(layer.type).not.toBe('symbol');
  });

  it('draws a background, districts (fill + outline), the city boundary and resource points', () => {
    const ids = style.layers.map((l) => l.id);
    expect(ids[0]).toBe(LAYER.background);
    for (const id of [
      LAYER.districtFill,
      LAYER.districtOutline,
      LAYER.cityOutline,
      LAYER.resources,
    ])
      expect(ids).toContain(id);
    expect(ids.indexOf(LAYER.resources)).toBe(ids.length - 1);
  });

  it('inlines only features that have geometry or a location', () => {
    const src = style.sources.districts as { data: { features: unknown[] } };
    expect(src.data.features).toHaveLength(1);
    expect(resourceFeatures(resources).features).toHaveLength(1);
    expect(
      resourceFeatures([resource('a', 'service', [1, 2], true)]).features[0]?.properties
        .approximate,
    ).toBe(true);
  });

  it('passes the MapLibre style-spec validator, also in high-contrast mode with a selection', () => {
    expect(validateStyleMin(style)).toEqual([]);
    const hc = buildOfflineStyle(
      { city, districts, resources },
      { highContrast: true, selectedDistrictId: 'd1', selectedResourceId: 'r1' },
    );
    expect(validateStyleMin(hc)).toEqual([]);
  });

  it('is valid JSON (serialisable, no functions)', () => {
    expect(JSON.parse(JSON.stringify(style))).toEqual(style);
  });

  it('colours every resource kind', () => {
    const json = JSON.stringify(style.layers.find((l) => l.id === LAYER.resources));
    for (const k of RESOURCE_KINDS) {
      expect(json).toContain(`"${k}"`);
      expect(json).toContain(KIND_COLOURS[k]);
    }
  });

  it('high-contrast mode draws black outlines', () => {
    const hc = buildOfflineStyle({ city, districts, resources }, { highContrast: true });
    const outline = hc.layers.find((l) => l.id === LAYER.cityOutline) as {
      paint: Record<string, unknown>;
    };
    expect(outline.paint['line-color']).toBe('#000000');
  });

  it('selection filters match nothing when no id is selected', () => {
    expect(idFilter('')).not.toEqual(['==', ['get', 'id'], '']);
    expect(idFilter('abc')).toEqual(['==', ['get', 'id'], 'abc']);
  });
});

describe('palette', () => {
  it('every kind colour has ≥ 3:1 contrast on the district fill and on white (WCAG 1.4.11)', () => {
    for (const k of RESOURCE_KINDS) {
      expect(contrastRatio(KIND_COLOURS[k], MAP_COLOURS.districtFill), k).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(KIND_COLOURS[k], '#FFFFFF'), k).toBeGreaterThanOrEqual(3);
    }
  });

  it('kind colours are distinct', () => {
    expect(new Set(Object.values(KIND_COLOURS)).size).toBe(RESOURCE_KINDS.length);
  });

  it('the city outline contrasts with both sides', () => {
    expect(contrastRatio(MAP_COLOURS.cityOutline, MAP_COLOURS.background)).toBeGreaterThanOrEqual(
      3,
    );
    expect(contrastRatio(MAP_COLOURS.cityOutline, MAP_COLOURS.cityFill)).toBeGreaterThanOrEqual(3);
  });
});

describe('dataBounds', () => {
  it('prefers the city boundary', () => {
    expect(dataBounds(city, districts, resources)).toEqual([
      [139, 35],
      [140, 36],
    ]);
  });
  it('falls back to districts, then resources, then null', () => {
    expect(dataBounds(null, districts, resources)).toEqual([
      [139, 35],
      [139.5, 35.5],
    ]);
    expect(dataBounds(null, [], resources)).toEqual([
      [139.2, 35.2],
      [139.2, 35.2],
    ]);
    expect(dataBounds(null, [], [])).toBeNull();
  });
});

describe('labelPoint', () => {
  it('uses the area point, else the bounding-box centre', () => {
    expect(labelPoint({ ...districts[0]!, point: [1, 2] })).toEqual([1, 2]);
    expect(labelPoint(districts[0]!)).toEqual([139.25, 35.25]);
    expect(labelPoint(districts[1]!)).toBeNull();
  });
});

describe('kindPointPaint', () => {
  /** Evaluates one circle paint property for a feature, as MapLibre would. */
  const paintOf = (
    paint: ReturnType<typeof kindPointPaint>,
    key: keyof ReturnType<typeof kindPointPaint>,
    properties: Record<string, unknown>,
  ): string => {
    const parsed = createExpression(
      paint[key],
      `paint.${key}`,
      latest.paint_circle[key] as StylePropertySpecification,
    );
    if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
    return String(parsed.value.evaluate({ zoom: 12 }, { properties } as never));
  };
  const paint = kindPointPaint({
    highContrast: false,
    strokeWidthPx: 2,
    approximateStrokeWidthPx: 3,
  });
  const exact = { kind: 'mutual_aid', approximate: false };
  const approximate = { kind: 'mutual_aid', approximate: true };

  it('fills an exact point in its kind colour with a white halo', () => {
    expect(paintOf(paint, 'circle-color', exact)).toBe('rgba(0,114,178,1)'); // #0072B2
    expect(paintOf(paint, 'circle-stroke-color', exact)).toBe('rgba(255,255,255,1)');
    expect(paintOf(paint, 'circle-stroke-width', exact)).toBe('2');
  });

  it('draws an approximate point hollow: white, ringed in its kind colour, wider stroke', () => {
    expect(paintOf(paint, 'circle-color', approximate)).toBe('rgba(255,255,255,1)');
    expect(paintOf(paint, 'circle-stroke-color', approximate)).toBe('rgba(0,114,178,1)');
    expect(paintOf(paint, 'circle-stroke-width', approximate)).toBe('3');
  });

  it('gives an exact point a black halo in high contrast', () => {
    const hc = kindPointPaint({
      highContrast: true,
      strokeWidthPx: 2,
      approximateStrokeWidthPx: 3,
    });
    expect(paintOf(hc, 'circle-stroke-color', exact)).toBe('rgba(0,0,0,1)');
  });
});
