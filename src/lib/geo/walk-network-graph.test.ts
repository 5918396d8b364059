import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { classifyNetworkCoverage, linkCellsToNetwork } from './classify-network-coverage';
import { greatCircleM } from '../domain/great-circle-m';
import { networkDistances } from './network-distances';
import { populationGrid } from './population-grid';
import { walkNetworkGraph } from './walk-network-graph';

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
