/**
 * Readers for the CLI's geodata inputs: GeoJSON (points, lines or polygons) or CSV (lon/lat
 * columns, or a mesh-code column). Every problem becomes an InputError whose message names
 * the file, and the feature or row and field where it can: a missing, empty, truncated or
 * malformed file, a field that does not exist, or coordinates out of range.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { UsageError } from './command';
import { errorMessage } from '../lib/domain/error-message';

/** A user-facing input problem (exit code 2 like other usage errors). */
export class InputError extends UsageError {}

/** A parsed input file. */
export type GeoInput =
  | { format: 'geojson'; path: string; collection: FeatureCollection }
  | { format: 'csv'; path: string; columns: string[]; rows: Record<string, string>[] };

const LNG_NAMES = ['lon', 'lng', 'long', 'longitude', 'x', '経度'];
const LAT_NAMES = ['lat', 'latitude', 'y', '緯度'];
const MESH_NAMES = ['mesh_code', 'meshcode', 'mesh', 'key_code_mesh', 'メッシュコード'];

function readText(path: string, role: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      `${role} file ${path}: ${code === 'ENOENT' ? 'not found' : code === 'EISDIR' ? 'is a directory' : String(err)}`,
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputError(`${role} file ${path}: the file is empty`);
  return text;
}

function checkPosition(p: unknown, where: () => string): void {
  if (
    !Array.isArray(p) ||
    p.length < 2 ||
    typeof p[0] !== 'number' ||
    typeof p[1] !== 'number' ||
    !Number.isFinite(p[0]) ||
    !Number.isFinite(p[1])
  ) {
    throw new InputError(
      `${where()}: a position must be [lon, lat] numbers, got ${JSON.stringify(p)?.slice(0, 60)}`,
    );
  }
  if (p[0] < -180 || p[0] > 180 || p[1] < -90 || p[1] > 90) {
    throw new InputError(
      `${where()}: coordinates [${p[0]}, ${p[1]}] are out of range (lon −180…180, lat −90…90; is the axis order lat, lon?)`,
    );
  }
}

function checkCoordinates(c: unknown, depth: number, where: () => string): void {
  if (depth === 0) return checkPosition(c, where);
  if (!Array.isArray(c)) throw new InputError(`${where()}: malformed coordinates`);
  for (const x of c) checkCoordinates(x, depth - 1, where);
}

const DEPTH: Record<string, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

function checkGeometry(g: Geometry | null, where: () => string): void {
  if (g === null) return;
  if (typeof g !== 'object' || typeof g.type !== 'string')
    throw new InputError(`${where()}: geometry has no type`);
  if (g.type === 'GeometryCollection') {
    for (const x of g.geometries ?? []) checkGeometry(x, where);
    return;
  }
  const depth = DEPTH[g.type];
  if (depth === undefined) throw new InputError(`${where()}: unknown geometry type '${g.type}'`);
  checkCoordinates((g as { coordinates?: unknown }).coordinates, depth, where);
}

/**
 * Reads a GeoJSON or CSV file (chosen by extension: .csv/.tsv → CSV, else GeoJSON).
 * @param role what the file is for, used in messages ("places", "areas"…)
 */
export function readGeoInput(path: string, role: string): GeoInput {
  const text = readText(path, role);
  if (/\.(csv|tsv|txt)$/i.test(path)) {
    let rows: Record<string, string>[];
    try {
      rows = parse(text, {
        columns: true,
        skip_empty_lines: true,
        trim: true,
        delimiter: path.toLowerCase().endsWith('.tsv') ? '\t' : ',',
      });
    } catch (err) {
      throw new InputError(`${role} file ${path}: not valid CSV (${errorMessage(err)})`);
    }
    const columns =
      rows.length > 0
        ? Object.keys(rows[0]!)
        : text
            .split(/\r?\n/)[0]!
            .split(',')
            .map((s) => s.trim());
    return { format: 'csv', path, columns, rows };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new InputError(
      `${role} file ${path}: not valid JSON, perhaps truncated (${errorMessage(err)})`,
    );
  }
  let collection: FeatureCollection;
  const obj = json as { type?: unknown; features?: unknown };
  if (obj && obj.type === 'FeatureCollection' && Array.isArray(obj.features))
    collection = json as FeatureCollection;
  else if (obj && obj.type === 'Feature')
    collection = { type: 'FeatureCollection', features: [json as Feature] };
  else
    throw new InputError(
      `${role} file ${path}: expected a GeoJSON FeatureCollection, got ${obj && typeof obj.type === 'string' ? `type '${obj.type}'` : 'something else'}`,
    );
  collection.features.forEach((f, k) => {
    if (!f || typeof f !== 'object' || f.type !== 'Feature')
      throw new InputError(`${role} file ${path}: feature ${k + 1} is not a GeoJSON Feature`);
    checkGeometry(f.geometry, () => `${role} file ${path}: feature ${k + 1}`);
  });
  return { format: 'geojson', path, collection };
}

/** The property names present in a GeoJSON input (from all features) or the CSV columns. */
export function fieldsOf(input: GeoInput): string[] {
  if (input.format === 'csv') return input.columns;
  const set = new Set<string>();
  for (const f of input.collection.features)
    for (const k of Object.keys(f.properties ?? {})) set.add(k);
  return [...set];
}

/** @throws InputError naming the file when `field` is not among its fields. */
export function requireField(input: GeoInput, field: string, role: string, flag: string): void {
  const fields = fieldsOf(input);
  if (!fields.includes(field)) {
    throw new InputError(
      `${role} file ${input.path}: no field '${field}' (${flag}); fields are: ${fields.slice(0, 30).join(', ') || '(none)'}`,
    );
  }
}

/** A number from a field value ('' and null → null). @throws InputError naming the place */
export function numberField(value: unknown, where: string, field: string): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(String(value).replace(/,/g, ''));
  if (!Number.isFinite(n))
    throw new InputError(`${where}: field '${field}' is not a number (${JSON.stringify(value)})`);
  if (n < 0) throw new InputError(`${where}: field '${field}' is negative (${n})`);
  return n;
}

/** Finds the lon and lat columns of a CSV (lon/lng/longitude/x, lat/latitude/y), or null. */
export function lonLatColumns(columns: readonly string[]): { lng: string; lat: string } | null {
  const find = (names: string[]): string | undefined =>
    columns.find((c) => names.includes(c.toLowerCase()));
  const lng = find(LNG_NAMES);
  const lat = find(LAT_NAMES);
  return lng && lat ? { lng, lat } : null;
}

/** Finds a mesh-code column of a CSV, or null. */
export function meshColumn(columns: readonly string[]): string | null {
  return columns.find((c) => MESH_NAMES.includes(c.toLowerCase())) ?? null;
}

/** A CSV row's position. @throws InputError naming the row */
export function csvPosition(
  row: Record<string, string>,
  cols: { lng: string; lat: string },
  where: string,
): Position {
  const lng = Number(row[cols.lng]);
  const lat = Number(row[cols.lat]);
  if (
    row[cols.lng] === '' ||
    row[cols.lat] === '' ||
    !Number.isFinite(lng) ||
    !Number.isFinite(lat)
  ) {
    throw new InputError(
      `${where}: '${cols.lng}'/'${cols.lat}' must be numbers, got '${row[cols.lng]}', '${row[cols.lat]}'`,
    );
  }
  checkPosition([lng, lat], () => where);
  return [lng, lat];
}
