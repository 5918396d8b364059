import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Random } from './create-random';
import type { DemoCell } from './generate-population-cells';
import type { TownDraft } from './generate-towns';
import { groupContiguous } from './group-contiguous';
import type { Km, LocalProjection } from './local-projection';

/** Compass direction of a daily-life area, which also names it (北部圏域…). */
export type Direction = 'centre' | 'north' | 'east' | 'south' | 'west';

export interface TownStats {
  population: number;
  population65: number;
  population75: number;
  /** Population-weighted centre (the site when the town has no residents), local km. */
  centreKm: Km;
  areaKm2: number;
}

export interface AreaHierarchy {
  townStats: TownStats[];
  /** District index of every town. */
  districtOfTown: number[];
  /** Town indices of every district, nearest to the district's centre first. */
  districtTowns: number[][];
  districtCentresKm: Km[];
  /** Daily-life area index of every district. */
  areaOfDistrict: number[];
  /** Direction of every daily-life area; index 0 is the centre. */
  areaDirections: Direction[];
  /** Index of the district containing the main station (always 0: districts are numbered from it). */
  stationDistrict: number;
}

export interface AreaHierarchyOptions {
  towns: readonly TownDraft[];
  cells: readonly DemoCell[];
  projection: LocalProjection;
  station: Km;
  districtCount: number;
  /**
   * A district with fewer residents is merged into its smallest neighbour and the most
   * populous district split in two, so the count stays the same. Default 1,200: a wooded
   * hill sector would otherwise become a "district" of a few hundred people.
   */
  minDistrictPopulation?: number;
}

const DIRECTION_VECTORS: [Exclude<Direction, 'centre'>, Km][] = [
  ['north', [0, 1]],
  ['east', [1, 0]],
  ['south', [0, -1]],
  ['west', [-1, 0]],
];

/**
 * Groups towns into contiguous districts and districts into contiguous daily-life areas.
 *
 * District seeds come from a weighted k-means over town centres; the weight is the
 * weighted geometric mean of population (0.7) and land area (0.3), so downtown districts are small in area but
 * not enormous in population, and rural ones large in area but not tiny in population,
 * like real 地区 (primary-school or old-village units). Daily-life areas grow from the
 * station district and the districts farthest north, east, south and west, which gives a
 * 中央 area and four compass areas, as many cities name them.
 */
export function groupAreaHierarchy(random: Random, options: AreaHierarchyOptions): AreaHierarchy {
  const { towns, cells, projection, station } = options;
  const townStats = towns.map((t): TownStats => {
    let population = 0;
    let population65 = 0;
    let population75 = 0;
    let sx = 0;
    let sy = 0;
    for (const ci of t.cellIndices) {
      const c = cells[ci] as DemoCell;
      population += c.population;
      population65 += c.population65;
      population75 += c.population75;
      sx += c.centerKm[0] * c.population;
      sy += c.centerKm[1] * c.population;
    }
    const centreKm: Km = population > 0 ? [sx / population, sy / population] : t.siteKm;
    return { population, population65, population75, centreKm, areaKm2: area(t.geometry) / 1e6 };
  });

  // Weighted k-means (k-means++ start, fixed iterations for determinism).
  const k = options.districtCount;
  const weights = townStats.map((s) => (s.population + 1) ** 0.7 * s.areaKm2 ** 0.3);
  const pts = townStats.map((s) => s.centreKm);
  const centres: Km[] = [pts[random.weighted([...pts.keys()], (i) => weights[i] as number)] as Km];
  while (centres.length < k) {
    const d2 = pts.map((p) =>
      Math.min(...centres.map((c) => (p[0] - c[0]) ** 2 + (p[1] - c[1]) ** 2)),
    );
    const next = random.weighted(
      [...pts.keys()],
      (i) => (d2[i] as number) * (weights[i] as number),
    );
    centres.push(pts[next] as Km);
  }
  for (let iter = 0; iter < 30; iter++) {
    const sum = centres.map(() => ({ x: 0, y: 0, w: 0 }));
    pts.forEach((p, i) => {
      let best = 0;
      centres.forEach((c, j) => {
        const b = centres[best] as Km;
        if ((p[0] - c[0]) ** 2 + (p[1] - c[1]) ** 2 < (p[0] - b[0]) ** 2 + (p[1] - b[1]) ** 2)
          best = j;
      });
      const s = sum[best] as { x: number; y: number; w: number };
      const w = weights[i] as number;
      s.x += p[0] * w;
      s.y += p[1] * w;
      s.w += w;
    });
    sum.forEach((s, j) => {
      if (s.w > 0) centres[j] = [s.x / s.w, s.y / s.w];
    });
  }
  // Seed towns: the town nearest each centre, distinct.
  const used = new Set<number>();
  const districtSeeds = centres.map((c) => {
    let best = -1;
    pts.forEach((p, i) => {
      if (used.has(i)) return;
      const b =
        best === -1
          ? Infinity
          : Math.hypot((pts[best] as Km)[0] - c[0], (pts[best] as Km)[1] - c[1]);
      if (Math.hypot(p[0] - c[0], p[1] - c[1]) < b) best = i;
    });
    used.add(best);
    return best;
  });

  // The station's town seeds district 0 (中央地区): swap it in for the nearest seed.
  const stationLngLat = projection.toLngLat(station);
  let stationTown = towns.findIndex((t) => booleanPointInPolygon(stationLngLat, t.geometry));
  if (stationTown === -1) stationTown = 0;
  if (!districtSeeds.includes(stationTown)) {
    let nearest = 0;
    districtSeeds.forEach((s, j) => {
      const a = pts[s] as Km;
      const b = pts[districtSeeds[nearest] as number] as Km;
      if (
        Math.hypot(a[0] - station[0], a[1] - station[1]) <
        Math.hypot(b[0] - station[0], b[1] - station[1])
      )
        nearest = j;
    });
    districtSeeds[nearest] = stationTown;
  }
  const districtOfTown = groupContiguous({
    positions: pts,
    neighbours: towns.map((t) => t.neighbours),
    seeds: districtSeeds,
  });
  rebalanceDistricts(districtOfTown, townStats, towns, k, options.minDistrictPopulation ?? 1200);
  const stationDistrict = districtOfTown[stationTown] as number;

  const districtTowns = districtSeeds.map((): number[] => []);
  districtOfTown.forEach((d, t) => districtTowns[d]?.push(t));
  const districtCentresKm = districtTowns.map((list): Km => {
    let sx = 0;
    let sy = 0;
    let w = 0;
    for (const t of list) {
      const s = townStats[t] as TownStats;
      const tw = s.population + 1;
      sx += s.centreKm[0] * tw;
      sy += s.centreKm[1] * tw;
      w += tw;
    }
    return [sx / w, sy / w];
  });
  districtTowns.forEach((list, d) => {
    const c = districtCentresKm[d] as Km;
    const dist = (t: number): number =>
      Math.hypot((pts[t] as Km)[0] - c[0], (pts[t] as Km)[1] - c[1]);
    list.sort((a, b) => dist(a) - dist(b) || a - b);
  });

  // District adjacency, from town adjacency.
  const districtNeighbours = districtSeeds.map(() => new Set<number>());
  towns.forEach((t, ti) => {
    for (const n of t.neighbours) {
      const a = districtOfTown[ti] as number;
      const b = districtOfTown[n] as number;
      if (a !== b) districtNeighbours[a]?.add(b);
    }
  });

  const areaSeeds = [stationDistrict];
  const areaDirections: Direction[] = ['centre'];
  for (const [dir, v] of DIRECTION_VECTORS) {
    let best = -1;
    let bestScore = -Infinity;
    districtCentresKm.forEach((c, d) => {
      if (areaSeeds.includes(d)) return;
      const score = (c[0] - station[0]) * v[0] + (c[1] - station[1]) * v[1];
      if (score > bestScore) {
        bestScore = score;
        best = d;
      }
    });
    areaSeeds.push(best);
    areaDirections.push(dir);
  }
  const areaOfDistrict = groupContiguous({
    positions: districtCentresKm,
    neighbours: districtNeighbours.map((s) => [...s].sort((a, b) => a - b)),
    seeds: areaSeeds,
    // The dense centre would otherwise swallow half the city: a daily-life area is meant
    // to be about one junior-high district, so the central one reaches less far.
    reach: areaSeeds.map((_, i) => (i === 0 ? 0.55 : 1)),
  });

  // Number districts the way a city's documents list them: by daily-life area (centre,
  // north, east, south, west), the station district first, then outwards from the station.
  const order = districtTowns
    .map((_, d) => d)
    .sort((a, b) => {
      const byArea = (areaOfDistrict[a] as number) - (areaOfDistrict[b] as number);
      if (byArea !== 0) return byArea;
      if (a === stationDistrict || b === stationDistrict) return a === stationDistrict ? -1 : 1;
      const ca = districtCentresKm[a] as Km;
      const cb = districtCentresKm[b] as Km;
      return (
        Math.hypot(ca[0] - station[0], ca[1] - station[1]) -
          Math.hypot(cb[0] - station[0], cb[1] - station[1]) || a - b
      );
    });
  const newIndex = new Array<number>(order.length);
  order.forEach((oldD, newD) => {
    newIndex[oldD] = newD;
  });
  return {
    townStats,
    districtOfTown: districtOfTown.map((d) => newIndex[d] as number),
    districtTowns: order.map((d) => districtTowns[d] as number[]),
    districtCentresKm: order.map((d) => districtCentresKm[d] as Km),
    areaOfDistrict: order.map((d) => areaOfDistrict[d] as number),
    areaDirections,
    stationDistrict: newIndex[stationDistrict] as number,
  };
}

/**
 * Merges districts below `minPopulation` into their least populous neighbour and splits the
 * most populous district in two (from its two mutually farthest towns, growing contiguously),
 * keeping `count` districts. Changes `districtOfTown` in place; gives up after a few rounds.
 */
function rebalanceDistricts(
  districtOfTown: number[],
  townStats: readonly TownStats[],
  towns: readonly TownDraft[],
  count: number,
  minPopulation: number,
): void {
  for (let round = 0; round < 6; round++) {
    const pops = new Array<number>(count).fill(0);
    districtOfTown.forEach((d, t) => {
      pops[d] = (pops[d] ?? 0) + (townStats[t]?.population ?? 0);
    });
    let tiny = 0;
    pops.forEach((p, d) => {
      if (p < (pops[tiny] as number)) tiny = d;
    });
    if ((pops[tiny] as number) >= minPopulation) return;
    const neighbours = new Set<number>();
    districtOfTown.forEach((d, t) => {
      if (d !== tiny) return;
      for (const n of towns[t]?.neighbours ?? [])
        if (districtOfTown[n] !== tiny) neighbours.add(districtOfTown[n] as number);
    });
    if (neighbours.size === 0) return;
    const target = [...neighbours].sort(
      (a, b) => (pops[a] as number) - (pops[b] as number) || a - b,
    )[0] as number;
    districtOfTown.forEach((d, t) => {
      if (d === tiny) districtOfTown[t] = target;
    });
    pops[target] = (pops[target] as number) + (pops[tiny] as number);
    pops[tiny] = 0;

    let big = 0;
    pops.forEach((p, d) => {
      if (p > (pops[big] as number)) big = d;
    });
    const members = districtOfTown.map((d, t) => (d === big ? t : -1)).filter((t) => t >= 0);
    if (members.length < 2) return;
    const local = new Map(members.map((t, i) => [t, i]));
    const positions = members.map((t) => townStats[t]?.centreKm ?? [0, 0]) as Km[];
    const farthestFrom = (i: number): number => {
      let best = i;
      let bestD = -1;
      positions.forEach((p, j) => {
        const q = positions[i] as Km;
        const dist = Math.hypot(p[0] - q[0], p[1] - q[1]);
        if (dist > bestD) {
          bestD = dist;
          best = j;
        }
      });
      return best;
    };
    const a = farthestFrom(0);
    const b = farthestFrom(a);
    if (a === b) return;
    const halves = groupContiguous({
      positions,
      neighbours: members.map((t) =>
        (towns[t]?.neighbours ?? []).filter((n) => local.has(n)).map((n) => local.get(n) as number),
      ),
      seeds: [a, b],
    });
    halves.forEach((h, i) => {
      if (h === 1) districtOfTown[members[i] as number] = tiny;
    });
  }
}
