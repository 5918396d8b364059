/**
 * Network coverage: a cell is covered when the walk along the network from the nearest
 * place to the cell's nearest node, plus the straight line from that node to the cell
 * centre, is at most the walking distance.
 */
import type { PopulationGrid } from './population-grid';
import { nearestNode, type WalkNetworkGraph } from './walk-network-graph';

/** Each cell's nearest network node (−1: none within the link limit) and the distance to it. */
export interface CellNetworkLinks {
  cellNode: Int32Array;
  cellNodeM: Float64Array;
}

/**
 * Links every cell to its nearest node. Built once per grid and network (the costly part:
 * one nearest-neighbour query per cell).
 * @param maxLinkM cells farther than this from every node get no link (default 1,500 m:
 *   they cannot be covered at any walking distance the page offers)
 */
export function linkCellsToNetwork(
  grid: PopulationGrid,
  graph: WalkNetworkGraph,
  maxLinkM = 1500,
): CellNetworkLinks {
  const cellNode = new Int32Array(grid.n).fill(-1);
  const cellNodeM = new Float64Array(grid.n).fill(Infinity);
  for (let i = 0; i < grid.n; i++) {
    const near = nearestNode(graph, grid.lng[i]!, grid.lat[i]!, maxLinkM);
    if (near) {
      cellNode[i] = near.node;
      cellNodeM[i] = near.distanceM;
    }
  }
  return { cellNode, cellNodeM };
}

/**
 * @param nodeDistM metres per node from {@link networkDistances} (searched to at least `walkM`)
 * @returns 1 per covered cell
 */
export function classifyNetworkCoverage(
  grid: PopulationGrid,
  links: CellNetworkLinks,
  nodeDistM: Float64Array,
  walkM: number,
  out: Uint8Array = new Uint8Array(grid.n),
): Uint8Array {
  const { cellNode, cellNodeM } = links;
  for (let i = 0; i < grid.n; i++) {
    const v = cellNode[i]!;
    out[i] = v >= 0 && nodeDistM[v]! + cellNodeM[i]! <= walkM ? 1 : 0;
  }
  return out;
}
