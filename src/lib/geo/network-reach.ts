/**
 * Which cells one site would cover along the walking network: a single-source search from
 * the site's nearest node, cut off at the walking distance, then every cell linked to a
 * reached node whose walk plus straight link is within the distance — the same rule as
 * `classifyNetworkCoverage`, so a suggested site's "newly covered" count is exactly what
 * the map shows once the site is added.
 *
 * Built once per grid and network; a search reuses its buffers and resets only the nodes it
 * touched, and its result is kept for later calls from the same entry point (see below).
 */
import type { CellNetworkLinks } from './classify-network-coverage';
import type { PopulationGrid } from './population-grid';
import { IndexHeap } from './index-heap';
import { nearestNode, type WalkNetworkGraph } from './walk-network-graph';

/** Calls `visit(i)` for each cell within `walkM` along the network of the point `[lng, lat]`. */
export type NetworkReach = (
  lng: number,
  lat: number,
  walkM: number,
  visit: (i: number) => void,
) => void;

/** Where a point enters the network: its nearest node within the limit, or null. */
export type NetworkEntry = (
  lng: number,
  lat: number,
  walkM: number,
) => { node: number; distanceM: number } | null;

/**
 * `nearestNode(graph, lng, lat, min(maxSnapM, walkM))`, remembered per point: the greedy asks
 * for the same candidate sites on every update, and a spatial query costs more than the
 * cached reach it leads to. The nearest node within maxSnapM is the nearest node within any
 * smaller limit too, when it is that close at all.
 */
export function networkEntry(graph: WalkNetworkGraph, maxSnapM = 500): NetworkEntry {
  const memo = new Map<number, Map<number, { node: number; distanceM: number } | null>>();
  let size = 0;
  return (lng, lat, walkM) => {
    let byLat = memo.get(lng);
    if (!byLat) memo.set(lng, (byLat = new Map()));
    let near = byLat.get(lat);
    if (near === undefined) {
      if (size++ > 500_000) {
        memo.clear();
        size = 0;
        memo.set(lng, byLat);
      }
      near = nearestNode(graph, lng, lat, maxSnapM);
      byLat.set(lat, near);
    }
    return near && near.distanceM <= walkM ? near : null;
  };
}

/**
 * @param entry where a site enters the network (default {@link networkEntry} with 500 m, as
 *   in `networkDistances`: a site farther than that from every node reaches nothing)
 */
export function networkReach(
  grid: PopulationGrid,
  graph: WalkNetworkGraph,
  links: CellNetworkLinks,
  entry: NetworkEntry = networkEntry(graph),
): NetworkReach {
  const n = graph.nodeCount;
  // Node → linked cells (CSR).
  const nodeCellStart = new Int32Array(n + 1);
  for (let i = 0; i < grid.n; i++) {
    const v = links.cellNode[i]!;
    if (v >= 0) nodeCellStart[v + 1]!++;
  }
  for (let v = 0; v < n; v++) nodeCellStart[v + 1]! += nodeCellStart[v]!;
  const nodeCells = new Int32Array(nodeCellStart[n]!);
  const fill = nodeCellStart.slice(0, n);
  for (let i = 0; i < grid.n; i++) {
    const v = links.cellNode[i]!;
    if (v >= 0) nodeCells[fill[v]!++] = i;
  }

  const dist = new Float64Array(n).fill(Infinity);
  const touched: number[] = [];
  const heap = new IndexHeap();
  const { adjStart, adjNode, adjLenM } = graph;

  // Reach sets, cached per entry point (node and the distance walked to it, so the sums are
  // the very floating-point values a fresh search computes): each cell reached and its walk
  // in metres, for the largest walking distance searched so far from there. A smaller
  // distance is a filter of the same list (a search cut off earlier finds exactly the
  // entries within it: Dijkstra's distances do not depend on the cut-off), so a slider
  // moving down, a greedy re-scoring a candidate, or the next update with other places costs
  // no search. Bounded in size: cleared when it grows past `MAX_CACHED`.
  const MAX_CACHED = 50_000;
  const GROW_M = 200;
  type Reached = { capM: number; cells: Int32Array; walkM: Float64Array };
  const cache = new Map<number, Map<number, Reached>>();
  let cached = 0;
  const cells: number[] = [];
  const walks: number[] = [];

  const search = (node: number, startM: number, walkM: number): void => {
    heap.clear();
    dist[node] = startM;
    touched.push(node);
    heap.push(startM, node);
    while (heap.size > 0) {
      const d = heap.topKey();
      const v = heap.topIndex();
      heap.pop();
      if (d > dist[v]!) continue; // stale entry
      for (let k = nodeCellStart[v]!; k < nodeCellStart[v + 1]!; k++) {
        const i = nodeCells[k]!;
        const w = d + links.cellNodeM[i]!;
        if (w <= walkM) {
          cells.push(i);
          walks.push(w);
        }
      }
      for (let k = adjStart[v]!; k < adjStart[v + 1]!; k++) {
        const nd = d + adjLenM[k]!;
        const u = adjNode[k]!;
        if (nd < dist[u]! && nd <= walkM) {
          if (dist[u] === Infinity) touched.push(u);
          dist[u] = nd;
          heap.push(nd, u);
        }
      }
    }
    for (const v of touched) dist[v] = Infinity;
    touched.length = 0;
  };

  return (lng, lat, walkM, visit) => {
    const near = entry(lng, lat, walkM);
    if (!near) return;
    let byStart = cache.get(near.node);
    if (!byStart) cache.set(near.node, (byStart = new Map()));
    let hit = byStart.get(near.distanceM);
    if (!hit || hit.capM < walkM) {
      // A distance beyond the cached one means the slider is moving up: search a little
      // further than asked, so that the next few steps up find their answer here too.
      const capM = hit ? walkM + GROW_M : walkM;
      search(near.node, near.distanceM, capM);
      if (++cached > MAX_CACHED) {
        cache.clear();
        cached = 0;
        cache.set(near.node, byStart);
      }
      hit = { capM, cells: Int32Array.from(cells), walkM: Float64Array.from(walks) };
      byStart.set(near.distanceM, hit);
      cells.length = 0;
      walks.length = 0;
    }
    const c = hit.cells;
    const w = hit.walkM;
    for (let k = 0; k < c.length; k++) if (w[k]! <= walkM) visit(c[k]!);
  };
}
