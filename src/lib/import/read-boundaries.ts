/**
 * Reads town (町丁・字) boundaries from GeoJSON or an e-Stat Shapefile zip, with a field
 * mapping (defaults: e-Stat's `KEY_CODE`, `S_NAME`, `JINKO`).
 *
 * e-Stat splits one town into several records when it has several parts (the population sits
 * on one part, 0 on the others): records with the same code are merged into one MultiPolygon
 * and their populations summed.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { IssueList, type ImportFile, type ImportIssue } from './import-issue';
import { readGeoJson } from './read-geojson';
import { readShapefileZip } from './read-shapefile-zip';
import { ZIP_LIMITS, type ZipLimits } from './unzip-bounded';

export interface BoundaryFields {
  code: string;
  name: string;
  /** '' when the file has no population. */
  population: string;
  /** '' when the file has no 65+ count. */
  population65: string;
}

export const ESTAT_BOUNDARY_FIELDS: BoundaryFields = {
  code: 'KEY_CODE',
  name: 'S_NAME',
  population: 'JINKO',
  population65: '',
};

export interface TownInput {
  /** First feature number of this town in the file (1-based). */
  row: number;
  code: string;
  name: string;
  population: number | null;
  population65: number | null;
  /** Residents aged 75+, from a population table joined by code (boundaries carry none); absent = unknown. */
  population75?: number | null;
  geometry: Polygon | MultiPolygon;
  /**
   * The city and ward the town lies in, e.g. `千葉市中央区`, from e-Stat's name fields
   * (`CITY_NAME`/`GST_NAME` and `WARD_NAME`/`CSS_NAME`); '' or absent when the file has none.
   * Names a town among same-named ones and lets a mapping row's ward/city column pick it.
   */
  parent?: string;
}

export interface BoundariesResult {
  towns: TownInput[];
  issues: ImportIssue[];
}

function* positions(g: Polygon | MultiPolygon): Generator<Position> {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const poly of polys) for (const ring of poly) yield* ring;
}

/** City + ward of a boundary record (e-Stat fields), e.g. `千葉市` + `中央区` → `千葉市中央区`. */
function parentOf(p: Record<string, unknown>): string {
  const text = (k: string) => (typeof p[k] === 'string' ? (p[k] as string).trim() : '');
  const city = text('GST_NAME') || text('CITY_NAME');
  const ward = text('WARD_NAME') || text('CSS_NAME');
  return !ward || city.endsWith(ward) ? city : city + ward;
}

function toCount(v: unknown): number | null | 'bad' {
  if (v === null || v === undefined || v === '' || v === '-' || v === '*' || v === 'X') return null;
  const n = typeof v === 'number' ? v : Number(String(v).replace(/,/g, ''));
  return Number.isInteger(n) && n >= 0 ? n : 'bad';
}

/**
 * @param fields property names; defaults to e-Stat's.
 * @param zipLimits size limits for a Shapefile zip (`ZIP_LIMITS` by default).
 */
export async function readBoundaries(
  file: ImportFile,
  fields: Partial<BoundaryFields> = {},
  zipLimits: ZipLimits = ZIP_LIMITS,
): Promise<BoundariesResult> {
  const f = { ...ESTAT_BOUNDARY_FIELDS, ...fields };
  const isZip = /\.zip$/i.test(file.name);
  const read = isZip ? await readShapefileZip(file, zipLimits) : readGeoJson(file);
  const issues = new IssueList(file.name);
  const all = [...read.issues.issues];
  if (read.issues.hasErrors) return { towns: [], issues: all };

  const first = read.features[0]?.properties ?? {};
  for (const [role, key] of Object.entries(f)) {
    if (key && !(key in first)) {
      issues.error(1, key, 'boundaryFieldMissing', {
        role,
        column: key,
        columns: Object.keys(first).join(', '),
      });
    }
  }
  if (issues.hasErrors) return { towns: [], issues: [...all, ...issues.issues] };

  const byCode = new Map<string, TownInput>();
  read.features.forEach((feature, i) => {
    const row = i + 1;
    const p = feature.properties as Record<string, unknown>;
    const g = feature.geometry;
    const code = String(p[f.code] ?? '').trim();
    const name = String(p[f.name] ?? '').trim();
    if (!code) return issues.error(row, f.code, 'townCodeEmpty');
    if (!name) return issues.error(row, f.name, 'townNameEmpty');
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
      return g
        ? issues.error(row, 'geometry', 'notPolygon', { type: g.type })
        : issues.error(row, 'geometry', 'noPolygon');
    }
    for (const [lng, lat] of positions(g)) {
      if (!(Math.abs(lng!) <= 180 && Math.abs(lat!) <= 90)) {
        return issues.error(row, 'geometry', 'coordinateNotLngLat', {
          lng: String(lng),
          lat: String(lat),
        });
      }
    }
    const population = f.population ? toCount(p[f.population]) : null;
    const population65 = f.population65 ? toCount(p[f.population65]) : null;
    if (population === 'bad')
      return issues.error(row, f.population, 'populationNotWhole', {
        value: String(p[f.population]),
      });
    if (population65 === 'bad')
      return issues.error(row, f.population65, 'population65NotWhole', {
        value: String(p[f.population65]),
      });
    const prev = byCode.get(code);
    if (!prev) {
      const parent = parentOf(p);
      byCode.set(code, {
        row,
        code,
        name,
        population,
        population65,
        geometry: g,
        ...(parent ? { parent } : {}),
      });
      return;
    }
    // Another part of the same town (e-Stat's multi-part records).
    const polys = (x: Polygon | MultiPolygon) =>
      x.type === 'Polygon' ? [x.coordinates] : x.coordinates;
    prev.geometry = { type: 'MultiPolygon', coordinates: [...polys(prev.geometry), ...polys(g)] };
    if (population !== null) prev.population = (prev.population ?? 0) + population;
    if (population65 !== null) prev.population65 = (prev.population65 ?? 0) + population65;
  });
  return { towns: [...byCode.values()], issues: [...all, ...issues.issues] };
}
