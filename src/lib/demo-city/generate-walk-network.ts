import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, LineString, Polygon } from 'geojson';
import type { DatasetLayer } from '../domain/dataset';
import type { Random } from './create-random';
import type { PopulationDensity } from './create-population-density';
import type { CityLayout } from './generate-city-layout';
import type { Km, LocalProjection } from './local-projection';
import { segmentCrossesPolyline } from './plane-geometry';
import { roundLngLat } from './round-coordinates';

export interface WalkNetworkOptions {
  id: string;
  layout: CityLayout;
  projection: LocalProjection;
  city: Polygon;
  density: PopulationDensity;
  /** Street spacing in km before jitter (0.15–0.25 is typical of Japanese towns). */
  spacingKm: number;
  /** A river crossing every this many grid lines (plus the arterial roads). */
  bridgeEvery: number;
}

/** Properties of each road segment. */
export interface WalkSegmentProperties {
  kind: 'street' | 'arterial';
  /** Road name for arterials, '' for streets. */
  name: string;
}

const ARTERIAL_NAMES = [
  '駅前通り',
  '中央通り',
  '東西幹線（市道）',
  '南北幹線（市道）',
  '北環状線',
  '南環状線',
  '東環状線',
  '西環状線',
];

/**
 * A walkable street network for the demo city: a slightly rotated, jittered grid of
 * streets inside the city, denser where people live, with arterial roads through the
 * station and a ring further out, and bridges over the river only on some lines.
 *
 * Every feature is one segment between two intersections, a 2-point LineString, and
 * segments meeting at an intersection share the exact same rounded coordinates, so the
 * layer is a graph without any snapping. The network is connected: a random spanning
 * tree over the allowed segments is always kept; other segments are dropped at random,
 * more often in farmland; only the largest connected piece is output.
 */
export function generateWalkNetwork(random: Random, options: WalkNetworkOptions): DatasetLayer {
  const { layout, projection, city, density, spacingKm: s } = options;
  const theta = random.float(-0.25, 0.25);
  const cos = Math.cos(theta);
  const sin = Math.sin(theta);
  const toWorld = (u: number, v: number): Km => [u * cos - v * sin, u * sin + v * cos];
  const toGrid = ([x, y]: Km): [number, number] => [
    (x * cos + y * sin) / s,
    (-x * sin + y * cos) / s,
  ];

  let rMax = 0;
  for (const [x, y] of layout.boundary) rMax = Math.max(rMax, Math.hypot(x, y));
  const n = Math.ceil(rMax / s) + 1;
  const side = 2 * n + 1;
  const key = (i: number, j: number): number => (i + n) * side + (j + n);

  // Nodes inside the city, with jitter so the streets are not ruler-straight.
  const nodes = new Map<number, { km: Km; i: number; j: number }>();
  for (let i = -n; i <= n; i++) {
    for (let j = -n; j <= n; j++) {
      const [x, y] = toWorld(i * s, j * s);
      const km: Km = [x + random.float(-0.22, 0.22) * s, y + random.float(-0.22, 0.22) * s];
      if (booleanPointInPolygon(projection.toLngLat(km), city)) nodes.set(key(i, j), { km, i, j });
    }
  }

  // Arterials: the grid row and column through the station, and a ring about 2.4 km out.
  const [si, sj] = toGrid(layout.station).map(Math.round) as [number, number];
  const ring = Math.round(2.4 / s);
  const arterialRows = new Map<number, string>([
    [sj, ARTERIAL_NAMES[0] ?? ''],
    [sj + ring, ARTERIAL_NAMES[4] ?? ''],
    [sj - ring, ARTERIAL_NAMES[5] ?? ''],
  ]);
  const arterialCols = new Map<number, string>([
    [si, ARTERIAL_NAMES[1] ?? ''],
    [si + ring, ARTERIAL_NAMES[6] ?? ''],
    [si - ring, ARTERIAL_NAMES[7] ?? ''],
  ]);

  interface Edge {
    a: number;
    b: number;
    arterial: string;
  }
  const edges: Edge[] = [];
  for (const [k, node] of nodes) {
    // East neighbour (same row j) and north neighbour (same column i).
    const candidates: [number, string, number][] = [
      [key(node.i + 1, node.j), arterialRows.get(node.j) ?? '', node.j],
      [key(node.i, node.j + 1), arterialCols.get(node.i) ?? '', node.i],
    ];
    for (const [other, arterial, line] of candidates) {
      const target = nodes.get(other);
      if (!target) continue;
      if (
        segmentCrossesPolyline(node.km, target.km, layout.river) &&
        !arterial &&
        line % options.bridgeEvery !== 0
      )
        continue;
      edges.push({ a: k, b: other, arterial });
    }
  }

  // Random spanning forest (Kruskal with random order, arterials first), then extras.
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let root = x;
    while (parent.get(root) !== undefined && parent.get(root) !== root)
      root = parent.get(root) as number;
    let cur = x;
    while (cur !== root) {
      const next = parent.get(cur) as number;
      parent.set(cur, root);
      cur = next;
    }
    return root;
  };
  for (const k of nodes.keys()) parent.set(k, k);
  const order = random
    .shuffle(edges)
    .sort((e1, e2) => Number(e2.arterial !== '') - Number(e1.arterial !== ''));
  const kept: Edge[] = [];
  for (const e of order) {
    const ra = find(e.a);
    const rb = find(e.b);
    if (ra !== rb) {
      parent.set(ra, rb);
      kept.push(e);
    } else {
      const a = (nodes.get(e.a) as { km: Km }).km;
      const b = (nodes.get(e.b) as { km: Km }).km;
      const people = density.residents([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]);
      const keep = 0.3 + 0.7 * Math.min(1, people / 20);
      if (e.arterial || random.chance(keep)) kept.push(e);
    }
  }

  // Largest connected component only.
  const size = new Map<number, number>();
  for (const k of nodes.keys()) size.set(find(k), (size.get(find(k)) ?? 0) + 1);
  let bestRoot = -1;
  for (const [root, count] of size)
    if (bestRoot === -1 || count > (size.get(bestRoot) ?? 0)) bestRoot = root;

  const rounded = new Map<number, [number, number]>();
  const coord = (k: number): [number, number] => {
    let c = rounded.get(k);
    if (!c) {
      c = roundLngLat(projection.toLngLat((nodes.get(k) as { km: Km }).km));
      rounded.set(k, c);
    }
    return c;
  };
  const features: Feature<LineString, WalkSegmentProperties>[] = kept
    .filter((e) => find(e.a) === bestRoot)
    .sort((e1, e2) => e1.a - e2.a || e1.b - e2.b)
    .map((e) => ({
      type: 'Feature',
      properties: { kind: e.arterial ? 'arterial' : 'street', name: e.arterial },
      geometry: { type: 'LineString', coordinates: [coord(e.a), coord(e.b)] },
    }));

  return {
    id: options.id,
    name: '歩行者ネットワーク（デモ）',
    kind: 'walk_network',
    source: 'sasaeai demo generator',
    licence: 'CC0',
    attribution: '道路網：デモ用の架空データ（sasaeai 生成）',
    data: { type: 'FeatureCollection', features },
  };
}
