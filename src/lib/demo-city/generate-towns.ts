import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { featureCollection, point, polygon as turfPolygon } from '@turf/helpers';
import intersect from '@turf/intersect';
import voronoi from '@turf/voronoi';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Random } from './create-random';
import type { DemoCell } from './generate-population-cells';
import type { Km, LocalProjection } from './local-projection';
import { roundPolygonal } from './round-coordinates';
import { polygonBbox } from '../geo/polygon-bbox';
import { polygonParts } from '../geo/polygon-parts';

/** A town (町丁・字) before naming: its shape, its cells and its neighbours. */
export interface TownDraft {
  /** The Voronoi site, in local km. */
  siteKm: Km;
  /** Clipped to the city, rounded to 1e-6°. */
  geometry: Polygon | MultiPolygon;
  /** Indices into the cell array of the cells whose centres lie in `geometry`. */
  cellIndices: number[];
  /** Indices of towns sharing a boundary vertex (Voronoi neighbours inside the city). */
  neighbours: number[];
}

export interface TownsOptions {
  city: Polygon;
  projection: LocalProjection;
  cells: readonly DemoCell[];
  /** Number of towns to aim for; the result is within a few of it. */
  count: number;
  /**
   * Relative spacing of town sites at a point (larger in farmland, smaller downtown),
   * multiplied by a common factor tuned to reach `count`.
   */
  spacing: (p: Km) => number;
}

export interface TownsResult {
  towns: TownDraft[];
  /** Cells whose centre fell in no town (on an edge after rounding); the caller drops them. */
  orphanCellIndices: number[];
}

/**
 * Divides the city into towns: Voronoi cells of sites spread by density-dependent
 * dart throwing (small towns downtown, large 大字 in the countryside), clipped to the city.
 *
 * Voronoi is computed in local km, where "nearest site" is isotropic, and converted to
 * degrees (an affine map, so the partition is preserved). Neighbours are towns sharing a
 * rounded vertex: in a Voronoi diagram every vertex is where adjacent cells meet, so this
 * is exactly adjacency, and it survives clipping and rounding.
 */
export function generateTowns(random: Random, options: TownsOptions): TownsResult {
  const { city, projection, cells } = options;
  const cityRingKm = (city.coordinates[0] ?? []).map((p) => projection.toKm(p as [number, number]));
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of cityRingKm) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }

  // Candidate sites: a jittered 150 m lattice inside the city, in random order.
  const candidates: Km[] = [];
  for (let x = minX; x <= maxX; x += 0.15) {
    for (let y = minY; y <= maxY; y += 0.15) {
      const p: Km = [x + random.float(-0.06, 0.06), y + random.float(-0.06, 0.06)];
      if (booleanPointInPolygon(projection.toLngLat(p), city)) candidates.push(p);
    }
  }
  const order = random.shuffle(candidates);
  const spacings = order.map((p) => options.spacing(p));
  const fill = (factor: number): Km[] => {
    const sites: Km[] = [];
    const siteSpacing: number[] = [];
    order.forEach((p, i) => {
      const s = (spacings[i] as number) * factor;
      for (let k = 0; k < sites.length; k++) {
        const q = sites[k] as Km;
        // Two sites must be at least the mean of their spacings apart.
        const need = (s + (siteSpacing[k] as number)) / 2;
        if (
          Math.abs(p[0] - q[0]) < need &&
          Math.abs(p[1] - q[1]) < need &&
          Math.hypot(p[0] - q[0], p[1] - q[1]) < need
        ) {
          return;
        }
      }
      sites.push(p);
      siteSpacing.push(s);
    });
    return sites;
  };
  // Bisect the spacing factor: more spacing, fewer towns.
  let lo = 0.2;
  let hi = 5;
  let sites = fill(1);
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    sites = fill(mid);
    if (Math.abs(sites.length - options.count) <= 2) break;
    if (sites.length > options.count) lo = mid;
    else hi = mid;
  }

  const bbox: [number, number, number, number] = [minX - 1, minY - 1, maxX + 1, maxY + 1];
  const diagram = voronoi(featureCollection(sites.map((s) => point(s))), { bbox });
  const cityFeature = turfPolygon(city.coordinates);
  const cityRing = city.coordinates[0] ?? [];
  const drafts: { siteKm: Km; geometry: Polygon | MultiPolygon }[] = [];
  diagram.features.forEach((cell, i) => {
    const site = sites[i] as Km;
    // d3-voronoi returns null-geometry cells for coincident sites; our sites are spread.
    if (!cell?.geometry) return;
    let ringLngLat = cell.geometry.coordinates[0]?.map((p) => projection.toLngLat(p as Km)) ?? [];
    // GeoJSON wants exterior rings counter-clockwise.
    if (signedArea(ringLngLat) < 0) ringLngLat = ringLngLat.slice().reverse();
    const cellPolygon: Polygon = { type: 'Polygon', coordinates: [ringLngLat] };
    // A Voronoi cell is convex: if all its corners are inside the city and no corner of the
    // city is inside it, the boundary cannot cross it, and the (slow, exact-arithmetic)
    // polygon intersection can be skipped.
    const inside =
      ringLngLat.every((p) => booleanPointInPolygon(p, city)) &&
      !cityRing.some((p) => booleanPointInPolygon(p, cellPolygon, { ignoreBoundary: true }));
    const clipped = inside
      ? cellPolygon
      : intersect(featureCollection([turfPolygon([ringLngLat]), cityFeature]))?.geometry;
    const rounded = clipped ? roundPolygonal(clipped) : null;
    if (rounded) drafts.push({ siteKm: site, geometry: rounded });
  });

  // Adjacency by shared rounded vertices.
  const byVertex = new Map<string, number[]>();
  drafts.forEach((d, i) => {
    for (const ring of polygonParts(d.geometry).flat()) {
      for (const p of ring) {
        const key = `${p[0]},${p[1]}`;
        const list = byVertex.get(key);
        if (!list) byVertex.set(key, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    }
  });
  const neighbourSets = drafts.map(() => new Set<number>());
  for (const list of byVertex.values()) {
    for (const a of list) for (const b of list) if (a !== b) neighbourSets[a]?.add(b);
  }

  // Cells to towns: check the towns with the nearest sites first; containment is decided on
  // the final rounded polygons, the same test any consumer of the dataset will run.
  const cellIndicesByTown = drafts.map((): number[] => []);
  const orphanCellIndices: number[] = [];
  const boxes = drafts.map((d) => polygonBbox(d.geometry));
  cells.forEach((cell, ci) => {
    let nearest = 0;
    let nearestD2 = Infinity;
    drafts.forEach((d, ti) => {
      const d2 = (d.siteKm[0] - cell.centerKm[0]) ** 2 + (d.siteKm[1] - cell.centerKm[1]) ** 2;
      if (d2 < nearestD2) {
        nearestD2 = d2;
        nearest = ti;
      }
    });
    const contains = (ti: number): boolean => {
      const [w, s, e, n] = boxes[ti] as [number, number, number, number];
      const [x, y] = cell.center;
      return (
        x >= w &&
        x <= e &&
        y >= s &&
        y <= n &&
        booleanPointInPolygon(cell.center, (drafts[ti] as (typeof drafts)[number]).geometry)
      );
    };
    const hit = contains(nearest)
      ? nearest
      : drafts.findIndex((_, ti) => ti !== nearest && contains(ti));
    if (hit !== -1) cellIndicesByTown[hit]?.push(ci);
    else orphanCellIndices.push(ci);
  });

  const towns = drafts.map((d, i): TownDraft => ({
    siteKm: d.siteKm,
    geometry: d.geometry,
    cellIndices: cellIndicesByTown[i] ?? [],
    neighbours: [...(neighbourSets[i] ?? [])].sort((a, b) => a - b),
  }));
  return { towns, orphanCellIndices };
}

/** Twice the signed area of a ring (shoelace): positive when counter-clockwise. */
function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    sum += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return sum;
}
