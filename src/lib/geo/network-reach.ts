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
import { NodeHeap } from './node-heap';
import { nearestNode, type WalkNetworkGraph } from './walk-network-graph';

/** Calls `visit(i)` for each cell within `walkM` along the network of the point `[lng, lat]`. */
export type NetworkReach = (lng: number, lat: number, walkM: number, visit: (i: number) => void) => void;

/**
 * @param maxSnapM a site farther than this from every node reaches nothing (default 500 m,
 *   as in `networkDistances`)
 */
export function networkReach(grid: PopulationGrid, graph: WalkNetworkGraph, links: CellNetworkLinks, maxSnapM = 500): NetworkReach {
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
  const heap = new NodeHeap();
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
  const cache = new Map<string, { capM: number; cells: Int32Array; walkM: Float64Array }>();
  const cells: number[] = [];
  const walks: number[] = [];

  const search = (node: number, startM: number, walkM: number): void => {
    heap.clear();
    dist[node] = startM;
    touched.push(node);
    heap.push(startM, node);
    while (heap.size > 0) {
      const d = heap.topDistance();
      const v = heap.topNode();
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
    const near = nearestNode(graph, lng, lat, Math.min(maxSnapM, walkM));
    if (!near) return;
    const key = `${near.node}|${near.distanceM}`;
    let hit = cache.get(key);
    if (!hit || hit.capM < walkM) {
      // A distance beyond the cached one means the slider is moving up: search a little
      // further than asked, so that the next few steps up find their answer here too.
      const capM = hit ? walkM + GROW_M : walkM;
      search(near.node, near.distanceM, capM);
      if (cache.size >= MAX_CACHED) cache.clear();
      hit = { capM, cells: Int32Array.from(cells), walkM: Float64Array.from(walks) };
      cache.set(key, hit);
      cells.length = 0;
      walks.length = 0;
    }
    const c = hit.cells;
    const w = hit.walkM;
    for (let k = 0; k < c.length; k++) if (w[k]! <= walkM) visit(c[k]!);
  };
}
