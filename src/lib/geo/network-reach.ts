/**
 * Which cells one site would cover along the walking network: a single-source search from
 * the site's nearest node, cut off at the walking distance, then every cell linked to a
 * reached node whose walk plus straight link is within the distance — the same rule as
 * `classifyNetworkCoverage`, so a suggested site's "newly covered" count is exactly what
 * the map shows once the site is added.
 *
 * Built once per grid and network; each call reuses its buffers and resets only the nodes
 * it touched, so thousands of calls cost no allocation.
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

  return (lng, lat, walkM, visit) => {
    const near = nearestNode(graph, lng, lat, Math.min(maxSnapM, walkM));
    if (!near) return;
    heap.clear();
    dist[near.node] = near.distanceM;
    touched.push(near.node);
    heap.push(near.distanceM, near.node);
    while (heap.size > 0) {
      const d = heap.topDistance();
      const v = heap.topNode();
      heap.pop();
      if (d > dist[v]!) continue; // stale entry
      for (let k = nodeCellStart[v]!; k < nodeCellStart[v + 1]!; k++) {
        const i = nodeCells[k]!;
        if (d + links.cellNodeM[i]! <= walkM) visit(i);
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
}
