/**
 * Walking distance along the network from the nearest of many places to every node: one
 * multi-source Dijkstra search, cut off at a limit (nodes beyond it stay Infinity).
 */
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
  // Binary min-heap of (distance, node) with lazy deletion; sized for pushes, grown on demand.
  let heapD = new Float64Array(Math.max(16, places.length * 2));
  let heapV = new Int32Array(heapD.length);
  let size = 0;
  const push = (d: number, v: number): void => {
    if (size === heapD.length) {
      const nd = new Float64Array(size * 2);
      nd.set(heapD);
      const nv = new Int32Array(size * 2);
      nv.set(heapV);
      heapD = nd;
      heapV = nv;
    }
    let i = size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heapD[p]! <= d) break;
      heapD[i] = heapD[p]!;
      heapV[i] = heapV[p]!;
      i = p;
    }
    heapD[i] = d;
    heapV[i] = v;
  };
  const pop = (): void => {
    const d = heapD[--size]!;
    const v = heapV[size]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      if (c + 1 < size && heapD[c + 1]! < heapD[c]!) c++;
      if (heapD[c]! >= d) break;
      heapD[i] = heapD[c]!;
      heapV[i] = heapV[c]!;
      i = c;
    }
    heapD[i] = d;
    heapV[i] = v;
  };

  for (const [lng, lat] of places) {
    const near = nearestNode(graph, lng, lat, Math.min(maxSnapM, limitM));
    if (near && near.distanceM < dist[near.node]!) {
      dist[near.node] = near.distanceM;
      push(near.distanceM, near.node);
    }
  }
  const { adjStart, adjNode, adjLenM } = graph;
  while (size > 0) {
    const d = heapD[0]!;
    const v = heapV[0]!;
    pop();
    if (d > dist[v]!) continue; // stale entry
    for (let k = adjStart[v]!; k < adjStart[v + 1]!; k++) {
      const nd = d + adjLenM[k]!;
      const u = adjNode[k]!;
      if (nd < dist[u]! && nd <= limitM) {
        dist[u] = nd;
        push(nd, u);
      }
    }
  }
  return dist;
}
