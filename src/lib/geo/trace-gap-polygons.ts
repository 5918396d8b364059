/**
 * Gap shapes for the map: the uncovered, populated cells of each area merged into
 * polygons with holes, by tracing cell boundaries on the raster (no polygon union).
 *
 * Every side of a gap cell whose neighbour is not a gap cell of the same area becomes a
 * directed edge with the gap on its left, so outer rings run counter-clockwise and holes
 * clockwise (RFC 7946). Edges are chained into rings; where two gap cells touch only at a
 * corner, the chain turns left, which keeps them as separate rings that share a vertex
 * (valid GeoJSON). Collinear vertices are dropped, so a straight run of cells is one edge.
 * Each hole goes to the smallest outer ring of its area that contains the cell beside it.
 */
import type { Feature, FeatureCollection, MultiPolygon, Position } from 'geojson';
import type { CellAreas } from './assign-cells-to-areas';
import { UNITS_PER_DEG } from './mesh-index';
import type { PopulationGrid } from './population-grid';

/** Properties of one gap feature: the area and its uncovered residents. */
export interface GapProperties {
  name: string;
  id: string;
  uncovered: number;
  uncovered65: number | null;
  cells: number;
}

// Directions E, N, W, S: column and row steps.
const DC = [1, 0, -1, 0];
const DR = [0, 1, 0, -1];

interface Ring {
  label: number;
  pts: number[]; // flat (c, r) vertex pairs, closed implicitly
  area2: number; // twice the signed area in cell units
  testC: number; // a cell beside the ring on its left (inside the gap): centre c + 0.5, r + 0.5
  testR: number;
}

/**
 * Traces the gap polygons. Cells in no area are left out (their residents are reported as
 * unassigned in the table).
 * @param covered 1 per covered cell
 * @returns one MultiPolygon feature per area that has a gap, in area order
 */
export function traceGapPolygons(
  grid: PopulationGrid,
  cellAreas: CellAreas,
  covered: Uint8Array,
): FeatureCollection<MultiPolygon, GapProperties> {
  const { cols, rows } = grid;
  const label = new Int32Array(rows * cols).fill(-1);
  const k = cellAreas.names.length;
  const uncovered = new Float64Array(k);
  const uncovered65 = new Float64Array(k);
  const cellCount = new Int32Array(k);
  for (let i = 0; i < grid.n; i++) {
    const a = cellAreas.cellArea[i]!;
    if (a < 0 || covered[i] || !(grid.population[i]! > 0)) continue;
    label[grid.cellRow[i]! * cols + grid.cellCol[i]!] = a;
    uncovered[a]! += grid.population[i]!;
    uncovered65[a]! += grid.population65[i]!;
    cellCount[a]!++;
  }

  // Directed boundary edges, linked per start vertex (typed arrays: at most 4 per gap cell).
  const vcols = cols + 1;
  const head = new Int32Array((rows + 1) * vcols).fill(-1);
  let gapCells = 0;
  for (let k2 = 0; k2 < k; k2++) gapCells += cellCount[k2]!;
  const eFrom = new Int32Array(4 * gapCells);
  const eDir = new Uint8Array(4 * gapCells);
  const eLabel = new Int32Array(4 * gapCells);
  const eNext = new Int32Array(4 * gapCells);
  let edgeCount = 0;
  const add = (v: number, d: number, l: number): void => {
    eFrom[edgeCount] = v;
    eDir[edgeCount] = d;
    eLabel[edgeCount] = l;
    eNext[edgeCount] = head[v]!;
    head[v] = edgeCount++;
  };
  for (let i = 0; i < grid.n; i++) {
    const c = grid.cellCol[i]!;
    const r = grid.cellRow[i]!;
    const rc = r * cols + c;
    const l = label[rc]!;
    if (l < 0) continue;
    const v = r * vcols + c; // south-west corner
    if (r === 0 || label[rc - cols] !== l) add(v, 0, l);
    if (c === cols - 1 || label[rc + 1] !== l) add(v + 1, 1, l);
    if (r === rows - 1 || label[rc + cols] !== l) add(v + vcols + 1, 2, l);
    if (c === 0 || label[rc - 1] !== l) add(v + vcols, 3, l);
  }

  const used = new Uint8Array(edgeCount);
  const rings: Ring[] = [];
  for (let start = 0; start < edgeCount; start++) {
    if (used[start]) continue;
    const l = eLabel[start];
    const pts: number[] = [];
    let e = start;
    let prevDir = -1;
    let area2 = 0;
    for (;;) {
      used[e] = 1;
      const v = eFrom[e]!;
      const c = v % vcols;
      const r = (v - c) / vcols;
      const d = eDir[e]!;
      if (d !== prevDir) pts.push(c, r);
      prevDir = d;
      const nc = c + DC[d]!;
      const nr = r + DR[d]!;
      area2 += c * nr - nc * r;
      // Next edge from the end vertex: same area, unused; prefer a left turn, then straight.
      const nv = nr * vcols + nc;
      let best = -1;
      let bestRank = 9;
      for (let f = head[nv]!; f >= 0; f = eNext[f]!) {
        if (eLabel[f] !== l || (used[f] && f !== start)) continue;
        const rank = (d - eDir[f]! + 5) % 4; // left turn 0, straight 1, right 2
        if (rank < bestRank) {
          bestRank = rank;
          best = f;
        }
      }
      if (best < 0 || best === start) {
        if (best === start && eDir[start] === prevDir && pts.length > 2) pts.splice(0, 2); // start was mid-run
        break;
      }
      e = best;
    }
    // The cell on the left of the start edge (inside the gap).
    const v0 = eFrom[start]!;
    const c0 = v0 % vcols;
    const r0 = (v0 - c0) / vcols;
    const d0 = eDir[start];
    const testC = d0 === 0 ? c0 : d0 === 1 ? c0 - 1 : d0 === 2 ? c0 - 1 : c0;
    const testR = d0 === 0 ? r0 : d0 === 1 ? r0 : d0 === 2 ? r0 - 1 : r0 - 1;
    rings.push({ label: l!, pts, area2, testC, testR });
  }

  // Group: outer rings (counter-clockwise) own the holes whose inside cell they contain.
  const outersByLabel = new Map<number, Ring[]>();
  for (const ring of rings) {
    if (ring.area2 > 0) {
      const list = outersByLabel.get(ring.label) ?? [];
      list.push(ring);
      outersByLabel.set(ring.label, list);
    }
  }
  const holesOf = new Map<Ring, Ring[]>();
  for (const ring of rings) {
    if (ring.area2 >= 0) continue;
    let owner: Ring | undefined;
    for (const o of outersByLabel.get(ring.label) ?? []) {
      if (
        (!owner || o.area2 < owner.area2) &&
        containsCentre(o.pts, ring.testC + 0.5, ring.testR + 0.5)
      )
        owner = o;
    }
    if (!owner) continue; // cannot happen for a closed raster boundary; skip rather than emit an invalid hole
    const list = holesOf.get(owner) ?? [];
    list.push(ring);
    holesOf.set(owner, list);
  }

  const w = grid.cellWUnits;
  const h = grid.cellHUnits;
  const toPositions = (pts: number[], reverse: boolean): Position[] => {
    const out: Position[] = [];
    for (let j = 0; j < pts.length; j += 2) {
      out.push([
        100 + ((grid.col0 + pts[j]!) * w) / UNITS_PER_DEG,
        ((grid.row0 + pts[j + 1]!) * h) / UNITS_PER_DEG,
      ]);
    }
    if (reverse) out.reverse();
    out.push(out[0]!);
    return out;
  };
  const features: Feature<MultiPolygon, GapProperties>[] = [];
  for (let a = 0; a < k; a++) {
    const outers = outersByLabel.get(a);
    if (!outers) continue;
    features.push({
      type: 'Feature',
      properties: {
        name: cellAreas.names[a] ?? '',
        id: cellAreas.ids[a] ?? '',
        uncovered: uncovered[a]!,
        uncovered65: grid.has65 ? uncovered65[a]! : null,
        cells: cellCount[a]!,
      },
      geometry: {
        type: 'MultiPolygon',
        coordinates: outers.map((o) => [
          toPositions(o.pts, false),
          ...(holesOf.get(o) ?? []).map((hole) => toPositions(hole.pts, false)),
        ]),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** Even–odd test of a point (never on an edge: a cell centre vs. integer vertices). */
function containsCentre(pts: number[], x: number, y: number): boolean {
  let inside = false;
  const m = pts.length;
  for (let i = 0, j = m - 2; i < m; j = i, i += 2) {
    const xi = pts[i]!;
    const yi = pts[i + 1]!;
    const xj = pts[j]!;
    const yj = pts[j + 1]!;
    if (yi > y !== yj > y && x < xj + ((y - yj) * (xi - xj)) / (yi - yj)) inside = !inside;
  }
  return inside;
}
