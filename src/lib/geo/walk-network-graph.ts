/**
 * A walking network graph from GeoJSON lines (roads, footpaths). Every vertex is a node;
 * vertices with identical coordinates are one node; a line end within `snapM` of an
 * existing node joins it (road data cut at tile edges or digitised with small gaps would
 * otherwise fall apart into fragments). Edges carry great-circle lengths in metres, stored
 * as compressed adjacency arrays (CSR) for fast searches.
 */
import type { FeatureCollection, Geometry, Position } from 'geojson';
import KDBush from 'kdbush';
import { EARTH_RADIUS_M, greatCircleM } from '../domain/great-circle-m';

export interface WalkNetworkGraph {
  nodeCount: number;
  nodeLng: Float64Array;
  nodeLat: Float64Array;
  /** Edges of node v: indices adjStart[v] … adjStart[v + 1] − 1 of adjNode / adjLenM. */
  adjStart: Int32Array;
  adjNode: Int32Array;
  adjLenM: Float64Array;
  /** Undirected edge count. */
  edgeCount: number;
  /** Line ends that were snapped onto another node. */
  snappedEnds: number;
  /** Spatial index over the nodes places and cells may enter by (see `minComponentNodes`). */
  index: KDBush;
  /** Index entry → node id. */
  indexNode: Int32Array;
}

export interface WalkNetworkOptions {
  /** Join a line end to a node within this many metres (default 3). */
  snapM?: number;
  /**
   * Split edges longer than this into equal parts (default 50 m), so that the nearest node
   * to a place or a cell is close to the nearest point on the road: generalised road data
   * has long straight edges whose far-apart vertices would otherwise make places and cells
   * enter the network hundreds of metres from where they meet the road. 0 disables it.
   */
  maxEdgeM?: number;
  /**
   * Places and cells enter the network only at nodes of connected pieces with at least this
   * many nodes (default 50): road data is full of tiny fragments (driveways, service roads in
   * premises, pieces cut off at the data's edge), and a place whose nearest node is on one
   * would reach nobody. The whole network is kept when no piece is that large.
   */
  minComponentNodes?: number;
}

function linesOf(g: Geometry | null): Position[][] {
  if (!g) return [];
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString') return g.coordinates;
  if (g.type === 'GeometryCollection') return g.geometries.flatMap(linesOf);
  return [];
}

/**
 * Builds the graph. Non-line features are ignored.
 * @throws RangeError on a coordinate that is not a finite lon/lat
 */
export function walkNetworkGraph(
  lines: FeatureCollection,
  options: WalkNetworkOptions = {},
): WalkNetworkGraph {
  const snapM = options.snapM ?? 3;
  const lng: number[] = [];
  const lat: number[] = [];
  // Numeric keys throughout (a string per vertex cost about half of the build on a city's
  // roads): vertices by longitude then latitude, snapping buckets by column then row.
  const exact = new Map<number, Map<number, number>>();
  // Bucket hash for snapping, in degrees scaled to roughly snapM-sized buckets.
  const bucketDegLat = Math.max(snapM, 0.5) / 111_000;
  const buckets = new Map<number, Map<number, number[]>>();
  let bucketDegLng = bucketDegLat;
  const bucket = (bx: number, by: number): number[] | undefined => buckets.get(bx)?.get(by);
  const insert = (id: number): void => {
    const bx = Math.floor(lng[id]! / bucketDegLng);
    const by = Math.floor(lat[id]! / bucketDegLat);
    let column = buckets.get(bx);
    if (!column) buckets.set(bx, (column = new Map()));
    const list = column.get(by);
    if (list) list.push(id);
    else column.set(by, [id]);
  };
  const nodeAt = (p: Position): number => {
    const [x = NaN, y = NaN] = p;
    if (!Number.isFinite(x) || !Number.isFinite(y) || x < -180 || x > 180 || y < -90 || y > 90) {
      throw new RangeError(
        `line coordinate [${String(x)}, ${String(y)}] is not a lon/lat position`,
      );
    }
    let byLat = exact.get(x);
    if (!byLat) exact.set(x, (byLat = new Map()));
    let id = byLat.get(y);
    if (id === undefined) {
      id = lng.length;
      lng.push(x);
      lat.push(y);
      byLat.set(y, id);
      insert(id);
    }
    return id;
  };
  const all = lines.features.flatMap((f) => linesOf(f.geometry)).filter((l) => l.length >= 2);
  if (all.length > 0)
    bucketDegLng =
      bucketDegLat / Math.max(0.1, Math.cos(((all[0]?.[0]?.[1] ?? 0) * Math.PI) / 180));

  // Pass 1: every vertex by exact coordinates.
  const ids = all.map((line) => line.map(nodeAt));
  // Pass 2: snap each line end onto the nearest other node within snapM (union–find).
  const parent = Int32Array.from({ length: lng.length }, (_, i) => i);
  const find = (v: number): number => {
    while (parent[v] !== v) v = parent[v] = parent[parent[v]!]!;
    return v;
  };
  let snappedEnds = 0;
  if (snapM > 0) {
    for (const lineIds of ids) {
      for (const v of [lineIds[0]!, lineIds[lineIds.length - 1]!]) {
        const bx = Math.floor(lng[v]! / bucketDegLng);
        const by = Math.floor(lat[v]! / bucketDegLat);
        let best = -1;
        let bestM = snapM;
        for (let dx = -1; dx <= 1; dx++)
          for (let dy = -1; dy <= 1; dy++) {
            for (const u of bucket(bx + dx, by + dy) ?? []) {
              if (u === v || find(u) === find(v)) continue;
              const d = greatCircleM(lng[v]!, lat[v]!, lng[u]!, lat[u]!);
              if (d <= bestM) {
                bestM = d;
                best = u;
              }
            }
          }
        if (best >= 0) {
          parent[find(v)] = find(best);
          snappedEnds++;
        }
      }
    }
  }

  // Compact node ids (roots only) and collect edges.
  const newId = new Int32Array(lng.length).fill(-1);
  const nodeLng: number[] = [];
  const nodeLat: number[] = [];
  for (let v = 0; v < lng.length; v++) {
    const r = find(v);
    if (newId[r]! < 0) {
      newId[r] = nodeLng.length;
      nodeLng.push(lng[r]!);
      nodeLat.push(lat[r]!);
    }
    newId[v] = newId[r]!;
  }
  const ea: number[] = [];
  const eb: number[] = [];
  const el: number[] = [];
  const maxEdgeM = options.maxEdgeM ?? 50;
  // a * roots + b is exact while roots² < 2⁵³ (90 million nodes, far beyond a city).
  const roots = nodeLng.length;
  const seen = new Set<number>();
  for (const lineIds of ids) {
    for (let k = 1; k < lineIds.length; k++) {
      const a = newId[lineIds[k - 1]!]!;
      const b = newId[lineIds[k]!]!;
      if (a === b) continue;
      // The same segment twice (overlapping lines) would only add duplicate edges.
      const key = a < b ? a * roots + b : b * roots + a;
      if (seen.has(key)) continue;
      seen.add(key);
      const lenM = greatCircleM(nodeLng[a]!, nodeLat[a]!, nodeLng[b]!, nodeLat[b]!);
      const parts = maxEdgeM > 0 ? Math.ceil(lenM / maxEdgeM) : 1;
      let prev = a;
      for (let j = 1; j <= parts; j++) {
        let next = b;
        if (j < parts) {
          // Linear interpolation in lon/lat: exact enough on sub-kilometre road segments.
          next = nodeLng.length;
          nodeLng.push(nodeLng[a]! + ((nodeLng[b]! - nodeLng[a]!) * j) / parts);
          nodeLat.push(nodeLat[a]! + ((nodeLat[b]! - nodeLat[a]!) * j) / parts);
        }
        ea.push(prev);
        eb.push(next);
        el.push(lenM / parts);
        prev = next;
      }
    }
  }
  const n = nodeLng.length;
  const degree = new Int32Array(n + 1);
  for (let e = 0; e < ea.length; e++) {
    degree[ea[e]! + 1]!++;
    degree[eb[e]! + 1]!++;
  }
  for (let v = 0; v < n; v++) degree[v + 1]! += degree[v]!;
  const adjStart = degree.slice();
  const fill = degree.slice(0, n);
  const adjNode = new Int32Array(2 * ea.length);
  const adjLenM = new Float64Array(2 * ea.length);
  for (let e = 0; e < ea.length; e++) {
    adjNode[fill[ea[e]!]!] = eb[e]!;
    adjLenM[fill[ea[e]!]!++] = el[e]!;
    adjNode[fill[eb[e]!]!] = ea[e]!;
    adjLenM[fill[eb[e]!]!++] = el[e]!;
  }
  // Connected pieces (iterative search), to leave tiny fragments out of the entry index.
  const comp = new Int32Array(n).fill(-1);
  const compSize: number[] = [];
  const stack: number[] = [];
  for (let s0 = 0; s0 < n; s0++) {
    if (comp[s0]! >= 0) continue;
    const id = compSize.length;
    let size = 0;
    comp[s0] = id;
    stack.push(s0);
    while (stack.length > 0) {
      const v = stack.pop()!;
      size++;
      for (let k = adjStart[v]!; k < adjStart[v + 1]!; k++) {
        const u = adjNode[k]!;
        if (comp[u]! < 0) {
          comp[u] = id;
          stack.push(u);
        }
      }
    }
    compSize.push(size);
  }
  const largest = compSize.reduce((a, b) => Math.max(a, b), 0);
  const minSize = Math.min(options.minComponentNodes ?? 50, largest);
  const entry: number[] = [];
  for (let v = 0; v < n; v++) if (compSize[comp[v]!]! >= minSize) entry.push(v);
  const index = new KDBush(Math.max(1, entry.length));
  for (const v of entry) index.add(nodeLng[v]!, nodeLat[v]!);
  if (entry.length === 0) index.add(0, 0); // KDBush needs ≥ 1 point; nearest-node look-ups check nodeCount
  index.finish();
  return {
    nodeCount: n,
    nodeLng: Float64Array.from(nodeLng),
    nodeLat: Float64Array.from(nodeLat),
    adjStart,
    adjNode,
    adjLenM,
    edgeCount: ea.length,
    snappedEnds,
    index,
    indexNode: Int32Array.from(entry),
  };
}

/** Metres per degree of latitude on the mean sphere. */
const M_PER_DEG = (EARTH_RADIUS_M * Math.PI) / 180;
/** The first look-up radius: most cells and places are this close to a road node. */
const FIRST_RADIUS_M = 50;

/**
 * The nearest node to a point within `maxM` metres, with its great-circle distance, or
 * null when none is that close. Ties: the node listed first in the index.
 *
 * Why not a nearest-neighbour search (geokdbush's `around`): cells are linked one by one,
 * tens of thousands per city, and a priority-queue walk of the tree per point cost about
 * 8 µs. Here a plain range query in degrees over a disk that surely holds every node within
 * r metres finds the candidates, their great-circle distances decide, and the radius grows
 * (×4) only while nothing within r was found: most points are done in one small query.
 */
export function nearestNode(
  graph: WalkNetworkGraph,
  lng: number,
  lat: number,
  maxM: number,
): { node: number; distanceM: number } | null {
  if (graph.nodeCount === 0 || !(maxM >= 0)) return null;
  for (let rM = Math.min(FIRST_RADIUS_M, maxM); ; rM = Math.min(rM * 4, maxM)) {
    const ids = graph.index.within(lng, lat, degreesHolding(rM, lat));
    let best = -1;
    let bestM = Infinity;
    for (const id of ids) {
      const v = graph.indexNode[id]!;
      const d = greatCircleM(lng, lat, graph.nodeLng[v]!, graph.nodeLat[v]!);
      if (d < bestM || (d === bestM && id < best)) {
        bestM = d;
        best = id;
      }
    }
    // Nothing outside the query is within rM, so a node found within rM is the nearest.
    if (bestM <= rM) return { node: graph.indexNode[best]!, distanceM: bestM };
    if (rM >= maxM) return null;
  }
}

/**
 * A radius in degrees (the index's plain lng/lat plane) whose disk around a point at `lat`
 * holds every point within `rM` metres of it: a degree of longitude is shortest at the
 * latitude farthest from the equator that such a point can have. 1 % of slack covers the
 * small-distance approximation and rounding.
 */
function degreesHolding(rM: number, lat: number): number {
  const dLatDeg = rM / M_PER_DEG;
  const farLat = Math.min(89.9, Math.abs(lat) + dLatDeg);
  return (dLatDeg / Math.cos((farLat * Math.PI) / 180)) * 1.01 + 1e-9;
}
