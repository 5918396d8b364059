/**
 * Walking distance along the network from the nearest of many places to every node: one
 * multi-source Dijkstra search, cut off at a limit (nodes beyond it stay Infinity).
 */
import { IndexHeap } from './index-heap';
import { nearestNode, type WalkNetworkGraph } from './walk-network-graph';

/**
 * @param places `[lng, lat]`; each enters the network at its nearest node (within
 *   `maxSnapM`), starting with the straight-line distance to that node
 * @param limitM stop searching beyond this distance (the walking distance)
 * @param maxSnapM places farther than this from any node are left out (default 500 m)
 * @returns metres per node; Infinity for nodes beyond `limitM` or unreachable
 */
export function networkDistances(
  graph: WalkNetworkGraph,
  places: readonly (readonly [number, number])[],
  limitM: number,
  maxSnapM = 500,
): Float64Array {
  const n = graph.nodeCount;
  const dist = new Float64Array(n).fill(Infinity);
  const heap = new IndexHeap(places.length * 2);

  for (const [lng, lat] of places) {
    const near = nearestNode(graph, lng, lat, Math.min(maxSnapM, limitM));
    if (near && near.distanceM < dist[near.node]!) {
      dist[near.node] = near.distanceM;
      heap.push(near.distanceM, near.node);
    }
  }
  const { adjStart, adjNode, adjLenM } = graph;
  while (heap.size > 0) {
    const d = heap.topKey();
    const v = heap.topIndex();
    heap.pop();
    if (d > dist[v]!) continue; // stale entry
    for (let k = adjStart[v]!; k < adjStart[v + 1]!; k++) {
      const nd = d + adjLenM[k]!;
      const u = adjNode[k]!;
      if (nd < dist[u]! && nd <= limitM) {
        dist[u] = nd;
        heap.push(nd, u);
      }
    }
  }
  return dist;
}
