import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { classifyNetworkCoverage, linkCellsToNetwork } from './classify-network-coverage';
import { greatCircleM } from '../domain/great-circle-m';
import { networkDistances } from './network-distances';
import { populationGrid } from './population-grid';
import { nearestNode, walkNetworkGraph } from './walk-network-graph';

const line = (...coords: [number, number][]): FeatureCollection['features'][number] => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'LineString', coordinates: coords },
});

// An L-shaped street: A (139.1, 36.3) → B 0.002° east → C 0.002° north of B, plus a second
// line that starts 1 m from C (a gap as left by tile cutting) and runs on east to D.
const A: [number, number] = [139.1, 36.3];
const B: [number, number] = [139.102, 36.3];
const C: [number, number] = [139.102, 36.302];
const C1: [number, number] = [139.102 + 1 / (111_320 * Math.cos((36.302 * Math.PI) / 180)), 36.302]; // ≈ 1 m east of C
const D: [number, number] = [139.104, 36.302];
const roads: FeatureCollection = {
  type: 'FeatureCollection',
  features: [line(A, B, C), line(C1, D)],
};

describe('walkNetworkGraph and networkDistances', () => {
  it('joins line ends within snapM and measures along the lines', () => {
    const g = walkNetworkGraph(roads, { maxEdgeM: 0 });
    expect(g.nodeCount).toBe(4); // A, B, C (= C1), D
    expect(g.snappedEnds).toBe(1);
    const ab = greatCircleM(...A, ...B);
    const bc = greatCircleM(...B, ...C);
    const dist = networkDistances(g, [A], 10_000);
    const at = (p: [number, number]): number => {
      // The node within 2 m (C and C1 became one node, kept at either position).
      const i = Array.from(g.nodeLng).findIndex(
        (lng, k) => greatCircleM(lng, g.nodeLat[k]!, p[0], p[1]) < 2,
      );
      return dist[i]!;
    };
    expect(at(B)).toBeCloseTo(ab, 6);
    expect(Math.abs(at(C) - (ab + bc))).toBeLessThan(1.01);
    // D is reached through the snapped joint: C1–D measured from the kept node (C or C1).
    expect(at(D)).toBeGreaterThan(ab + bc + greatCircleM(...C, ...D) - 2);
    expect(at(D)).toBeLessThan(ab + bc + greatCircleM(...C, ...D) + 2);
  });

  it('falls apart without snapping, and stops at the limit', () => {
    const g = walkNetworkGraph(roads, { snapM: 0, maxEdgeM: 0 });
    expect(g.nodeCount).toBe(5);
    const dist = networkDistances(g, [A], 10_000);
    expect(Array.from(dist).filter((d) => d === Infinity)).toHaveLength(2); // C1 and D unreachable
    const limited = networkDistances(walkNetworkGraph(roads, { maxEdgeM: 0 }), [A], 100);
    expect(Array.from(limited).filter((d) => Number.isFinite(d))).toHaveLength(1); // only A
  });

  it('splits long edges so nodes are at most maxEdgeM apart', () => {
    const g = walkNetworkGraph(
      { type: 'FeatureCollection', features: [line(A, B)] },
      { maxEdgeM: 50 },
    );
    const ab = greatCircleM(...A, ...B); // ≈ 179 m → 4 parts
    expect(g.nodeCount).toBe(Math.ceil(ab / 50) + 1);
    expect(Array.from(g.adjLenM).every((m) => Math.abs(m - ab / Math.ceil(ab / 50)) < 1e-9)).toBe(
      true,
    );
  });

  it('covers a cell by network distance plus the straight line from its nearest node', () => {
    // Two cells: one on the street beyond B (close in a straight line to A and to the street),
    // one near C (straight ≈ 283 m from A, but 400 m along the street).
    const grid = populationGrid(
      [
        { col: 31280 + 1, row: 43560, population: 10, population65: null }, // centre ≈ 168 m east of A, 46 m north
        { col: 31280 + 1, row: 43560 + 2, population: 10, population65: null },
      ],
      100,
    );
    const g = walkNetworkGraph(roads, { maxEdgeM: 10 });
    const links = linkCellsToNetwork(grid, g);
    const dist = networkDistances(g, [A], 1000);
    const straight = [0, 1].map((i) => greatCircleM(...A, grid.lng[i]!, grid.lat[i]!));
    const viaNetwork = [0, 1].map((i) => dist[links.cellNode[i]!]! + links.cellNodeM[i]!);
    expect(viaNetwork[0]!).toBeGreaterThanOrEqual(straight[0]! - 1e-6);
    expect(viaNetwork[1]!).toBeGreaterThan(straight[1]! + 50);
    const walkM = (straight[1]! + viaNetwork[1]!) / 2; // between the two: straight covers, network does not
    expect(
      Array.from(classifyNetworkCoverage(grid, links, networkDistances(g, [A], walkM), walkM))[1],
    ).toBe(0);
  });

  it('rejects a coordinate that is not lon/lat', () => {
    expect(() =>
      walkNetworkGraph({ type: 'FeatureCollection', features: [line([139, 36], [500, 36])] }),
    ).toThrow(/not a lon\/lat/);
  });
});

describe('nearestNode', () => {
  /** A street lattice of `n` × `n` blocks of `blockDeg`, some streets missing, around `at`. */
  const lattice = (at: [number, number], n: number, blockDeg: number): FeatureCollection => {
    const features: FeatureCollection['features'] = [];
    for (let k = 0; k <= n; k++) {
      if (k % 3 === 1) continue; // a gap every third street, so nodes are uneven
      const a = at[0] + k * blockDeg;
      const b = at[1] + k * blockDeg;
      features.push(line([a, at[1]], [a, at[1] + n * blockDeg]));
      features.push(line([at[0], b], [at[0] + n * blockDeg, b]));
    }
    return { type: 'FeatureCollection', features };
  };
  /** The oracle: every node the index holds, by great-circle distance (ties: listed first). */
  const bruteForce = (
    g: ReturnType<typeof walkNetworkGraph>,
    lng: number,
    lat: number,
    maxM: number,
  ): { node: number; distanceM: number } | null => {
    let best: { node: number; distanceM: number } | null = null;
    for (const v of g.indexNode) {
      const d = greatCircleM(lng, lat, g.nodeLng[v]!, g.nodeLat[v]!);
      if (d <= maxM && (!best || d < best.distanceM)) best = { node: v, distanceM: d };
    }
    return best;
  };

  it.each([
    ['Takasaki', [139.0, 36.3]],
    ['Wakkanai (far north, where a degree of longitude is shortest)', [141.67, 45.4]],
  ] as const)('finds what a search of every node finds, near and far: %s', (_, at) => {
    const g = walkNetworkGraph(lattice([at[0], at[1]], 12, 0.004), { maxEdgeM: 120 });
    // A fixed pseudo-random walk of query points, inside the lattice and up to ~3 km out.
    let seed = 12345;
    const next = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 1.6 - 0.3;
    let found = 0;
    for (let q = 0; q < 400; q++) {
      const lng = at[0] + next() * 12 * 0.004;
      const lat = at[1] + next() * 12 * 0.004;
      for (const maxM of [30, 500, 1500]) {
        const got = nearestNode(g, lng, lat, maxM);
        expect(got, `query ${q} within ${maxM} m`).toEqual(bruteForce(g, lng, lat, maxM));
        if (got) found++;
      }
    }
    // Both outcomes occur: nodes found, and none within the limit.
    expect(found).toBeGreaterThan(100);
    expect(found).toBeLessThan(1200);
  });

  it('finds nothing in an empty network or beyond the limit', () => {
    const empty = walkNetworkGraph({ type: 'FeatureCollection', features: [] });
    expect(nearestNode(empty, 139, 36, 1000)).toBeNull();
    const g = walkNetworkGraph(roads, { maxEdgeM: 0 });
    const d = greatCircleM(...A, A[0], A[1] - 0.01);
    expect(nearestNode(g, A[0], A[1] - 0.01, d - 1)).toBeNull();
    expect(nearestNode(g, A[0], A[1] - 0.01, d + 1)?.distanceM).toBeCloseTo(d, 6);
  });
});
