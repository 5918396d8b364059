/**
 * `sasaeai coverage` — who lives beyond walking distance of any gathering place, per area.
 *
 *   sasaeai coverage --areas FILE --area-name FIELD --population FILE --population-field FIELD
 *     --places FILE --walk-m METRES [--mesh 100|250|500] [--population65-field FIELD]
 *     [--network FILE] [--suggest K [--candidates FILE] [--candidate-name FIELD]] [--json]
 *
 * With --json it prints one JSON object (a contract: extend, never break): `walkM`, `mesh`,
 * `mode`, `totals` {population, covered, uncovered, unassigned[, population65, uncovered65]},
 * `areas` [{name, population, covered, uncovered[, population65, uncovered65]}], and
 * `suggestions` [{rank, name, lng, lat, extraCovered[, extraCovered65]}] with --suggest.
 * Counts are people (fractions where a polygon's population was spread over cells), rounded
 * to 3 decimals.
 */
import pointOnFeature from '@turf/point-on-feature';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AreaInput } from '../../lib/geo/assign-cells-to-areas';
import { createCoverageEngine } from '../../lib/geo/coverage-engine';
import { meshIndexAt, type GridMeshM } from '../../lib/geo/mesh-index';
import {
  gridEntriesFromMeshCodes,
  populationGrid,
  type GridEntry,
} from '../../lib/geo/population-grid';
import {
  spreadPolygonPopulation,
  type PolygonPopulation,
} from '../../lib/geo/spread-polygon-population';
import type { SiteCandidate } from '../../lib/geo/suggest-sites';
import { defineCommand, UsageError } from '../command';
import {
  csvPosition,
  InputError,
  lonLatColumns,
  meshColumn,
  numberField,
  readGeoInput,
  requireField,
  type GeoInput,
} from '../read-geo-input';

const HELP = `Usage: sasaeai coverage --areas FILE --area-name FIELD --population FILE --population-field FIELD
                        --places FILE --walk-m METRES [options] [--json]

Counts the residents who live within / beyond walking distance of the places, per area.
  --areas FILE               area polygons (GeoJSON); features sharing a name are one area
  --area-name FIELD          the areas' name property
  --population FILE          GeoJSON polygons or points, or CSV with lon/lat or a mesh-code column
  --population-field FIELD   the population property / column
  --population65-field FIELD residents aged 65+ (optional)
  --places FILE              gathering places: GeoJSON points or CSV with lon/lat
  --walk-m METRES            walking distance (e.g. 500)
  --mesh 100|250|500         mesh size in metres (default 100)
  --network FILE             walking network lines (GeoJSON): distances along roads
  --snap-m METRES            join network line ends this close (default 3)
  --suggest K                suggest K new sites (greedy maximum coverage; with --network each
                             site's reach is measured along the network too)
  --candidates FILE          candidate sites (points); default: uncovered populated cells
  --candidate-name FIELD     the candidates' name property (default name)
  --json                     print one JSON object`;

const r3 = (x: number): number => Math.round(x * 1000) / 1000;

function inJapanMesh(lng: number, lat: number, where: string): void {
  if (lng < 100 || lng >= 180 || lat < 0 || lat >= 66.66) {
    throw new InputError(
      `${where}: [${lng}, ${lat}] is outside the area the JIS X 0410 mesh covers (lon 100–180, lat 0–66.66)`,
    );
  }
}

function readAreas(input: GeoInput, nameField: string): AreaInput[] {
  if (input.format !== 'geojson')
    throw new InputError(`areas file ${input.path}: areas must be GeoJSON polygons`);
  requireField(input, nameField, 'areas', '--area-name');
  return input.collection.features.map((f, k) => {
    const where = `areas file ${input.path}: feature ${k + 1}`;
    if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) {
      throw new InputError(
        `${where} is ${f.geometry ? `a ${f.geometry.type}` : 'without geometry'}; areas must be polygons`,
      );
    }
    const name = f.properties?.[nameField];
    if (name === null || name === undefined || name === '')
      throw new InputError(`${where} has no '${nameField}'`);
    return {
      name: String(name),
      id: f.id === undefined ? undefined : String(f.id),
      geometry: f.geometry,
    };
  });
}

function readPopulation(
  input: GeoInput,
  field: string,
  field65: string | undefined,
  meshM: GridMeshM,
): GridEntry[] {
  requireField(input, field, 'population', '--population-field');
  if (field65) requireField(input, field65, 'population', '--population65-field');
  if (input.format === 'csv') {
    const mesh = meshColumn(input.columns);
    const ll = lonLatColumns(input.columns);
    if (!mesh && !ll)
      throw new InputError(
        `population file ${input.path}: needs lon/lat columns or a mesh_code column; columns are: ${input.columns.join(', ')}`,
      );
    if (mesh && !ll) {
      return gridEntriesFromMeshCodes(
        input.rows.map((row, k) => {
          const where = `population file ${input.path}: row ${k + 2}`;
          const code = row[mesh] ?? '';
          if (!/^\d{9,10}$/.test(code))
            throw new InputError(`${where}: '${mesh}' is not a mesh code ('${code}')`);
          return {
            meshCode: code,
            population: numberField(row[field], where, field) ?? 0,
            population65: field65 ? numberField(row[field65], where, field65) : null,
          };
        }),
        meshM,
      );
    }
    return input.rows.map((row, k) => {
      const where = `population file ${input.path}: row ${k + 2}`;
      const [lng, lat] = csvPosition(row, ll!, where) as [number, number];
      inJapanMesh(lng, lat, where);
      return {
        ...meshIndexAt(lng, lat, meshM),
        population: numberField(row[field], where, field) ?? 0,
        population65: field65 ? numberField(row[field65], where, field65) : null,
      };
    });
  }
  const polygons: PolygonPopulation[] = [];
  const entries: GridEntry[] = [];
  input.collection.features.forEach((f: Feature, k) => {
    const where = `population file ${input.path}: feature ${k + 1}`;
    const population = numberField(f.properties?.[field], where, field) ?? 0;
    const population65 = field65 ? numberField(f.properties?.[field65], where, field65) : null;
    const g = f.geometry;
    if (!g) return;
    if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
      const [lng, lat] = pointOnFeature(g).geometry.coordinates as [number, number];
      inJapanMesh(lng, lat, where);
      polygons.push({ geometry: g as Polygon | MultiPolygon, population, population65 });
    } else if (g.type === 'Point') {
      const [lng, lat] = g.coordinates as [number, number];
      inJapanMesh(lng, lat, where);
      entries.push({ ...meshIndexAt(lng, lat, meshM), population, population65 });
    } else throw new InputError(`${where} is a ${g.type}; population must be polygons or points`);
  });
  return entries.concat(spreadPolygonPopulation(polygons, meshM));
}

function readPoints(input: GeoInput, role: string, nameField?: string): SiteCandidate[] {
  if (input.format === 'csv') {
    const ll = lonLatColumns(input.columns);
    if (!ll)
      throw new InputError(
        `${role} file ${input.path}: needs lon and lat columns; columns are: ${input.columns.join(', ')}`,
      );
    return input.rows.map((row, k) => {
      const where = `${role} file ${input.path}: row ${k + 2}`;
      const [lng, lat] = csvPosition(row, ll, where) as [number, number];
      return { lng, lat, name: nameField && row[nameField] ? row[nameField] : `${role} ${k + 1}` };
    });
  }
  const out: SiteCandidate[] = [];
  input.collection.features.forEach((f, k) => {
    const name =
      nameField && f.properties?.[nameField] != null
        ? String(f.properties[nameField])
        : `${role} ${k + 1}`;
    const g = f.geometry;
    if (!g) return;
    if (g.type === 'Point') out.push({ lng: g.coordinates[0]!, lat: g.coordinates[1]!, name });
    else if (g.type === 'MultiPoint')
      for (const p of g.coordinates) out.push({ lng: p[0]!, lat: p[1]!, name });
    else {
      const [lng, lat] = pointOnFeature(f).geometry.coordinates as [number, number];
      out.push({ lng, lat, name });
    }
  });
  return out;
}

function required(value: string | undefined, flag: string): string {
  if (!value) throw new UsageError(`${flag} is required (see sasaeai coverage --help)`);
  return value;
}

export const coverageCommand = defineCommand({
  name: 'coverage',
  summary: 'residents within / beyond walking distance of gathering places, per area',
  help: HELP,
  flags: {
    areas: { type: 'string' },
    'area-name': { type: 'string' },
    population: { type: 'string' },
    'population-field': { type: 'string' },
    'population65-field': { type: 'string' },
    places: { type: 'string' },
    'walk-m': { type: 'string' },
    mesh: { type: 'string' },
    network: { type: 'string' },
    'snap-m': { type: 'string' },
    suggest: { type: 'string' },
    candidates: { type: 'string' },
    'candidate-name': { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(flags) {
    const walkM = Number(required(flags['walk-m'], '--walk-m'));
    if (!Number.isFinite(walkM) || walkM < 0 || walkM > 50_000)
      throw new UsageError(
        `--walk-m must be a distance in metres (0–50000), got "${flags['walk-m']}"`,
      );
    const meshM = Number(flags.mesh ?? '100');
    if (meshM !== 100 && meshM !== 250 && meshM !== 500)
      throw new UsageError(`--mesh must be 100, 250 or 500, got "${flags.mesh}"`);
    const suggestK = flags.suggest === undefined ? 0 : Number(flags.suggest);
    if (!Number.isInteger(suggestK) || suggestK < 0)
      throw new UsageError(`--suggest must be a whole number ≥ 0, got "${flags.suggest}"`);
    if (flags.candidates && !suggestK) throw new UsageError('--candidates needs --suggest K');
    const snapM = flags['snap-m'] === undefined ? 3 : Number(flags['snap-m']);
    if (!Number.isFinite(snapM) || snapM < 0)
      throw new UsageError(`--snap-m must be metres ≥ 0, got "${flags['snap-m']}"`);

    const areas = readAreas(
      readGeoInput(required(flags.areas, '--areas'), 'areas'),
      required(flags['area-name'], '--area-name'),
    );
    const entries = readPopulation(
      readGeoInput(required(flags.population, '--population'), 'population'),
      required(flags['population-field'], '--population-field'),
      flags['population65-field'],
      meshM,
    );
    const placesPath = required(flags.places, '--places');
    const places = readPoints(readGeoInput(placesPath, 'places'), 'places').map(
      (p) => [p.lng, p.lat] as [number, number],
    );
    let network = null;
    if (flags.network) {
      const input = readGeoInput(flags.network, 'network');
      if (input.format !== 'geojson')
        throw new InputError(`network file ${input.path}: the network must be GeoJSON lines`);
      if (
        !input.collection.features.some(
          (f) => f.geometry?.type === 'LineString' || f.geometry?.type === 'MultiLineString',
        )
      ) {
        throw new InputError(
          `network file ${input.path}: has no LineString or MultiLineString features`,
        );
      }
      network = input.collection;
    }
    const candidates = flags.candidates
      ? readPoints(
          readGeoInput(flags.candidates, 'candidates'),
          'candidates',
          flags['candidate-name'] ?? 'name',
        )
      : undefined;

    const engine = createCoverageEngine({
      grid: populationGrid(entries, meshM),
      areas,
      network,
      snapM,
    });
    const result = engine.update({
      places,
      walkM,
      mode: network ? 'network' : 'straight',
      gaps: false,
      suggest: suggestK ? { k: suggestK, candidates } : undefined,
    });
    const has65 = result.totals.population65 !== null;
    const output = {
      walkM,
      mesh: meshM,
      mode: result.mode,
      totals: {
        population: r3(result.totals.population),
        covered: r3(result.totals.covered),
        uncovered: r3(result.totals.uncovered),
        unassigned: r3(result.totals.unassigned),
        ...(has65
          ? {
              population65: r3(result.totals.population65!),
              uncovered65: r3(result.totals.uncovered65!),
            }
          : {}),
      },
      areas: result.areas.map((a) => ({
        name: a.name,
        population: r3(a.population),
        covered: r3(a.covered),
        uncovered: r3(a.uncovered),
        ...(has65 ? { population65: r3(a.population65!), uncovered65: r3(a.uncovered65!) } : {}),
      })),
      ...(result.suggestions
        ? {
            suggestions: result.suggestions.map((s) => ({
              rank: s.rank,
              name: s.name,
              lng: Math.round(s.lng * 1e6) / 1e6,
              lat: Math.round(s.lat * 1e6) / 1e6,
              extraCovered: r3(s.extraCovered),
              ...(s.extraCovered65 !== null ? { extraCovered65: r3(s.extraCovered65) } : {}),
            })),
          }
        : {}),
    };
    if (flags.json) {
      console.log(JSON.stringify(output));
      return 0;
    }
    const pct = (a: number, b: number): string => (b > 0 ? `${((100 * a) / b).toFixed(1)} %` : '—');
    console.log(
      `Walking distance ${walkM} m (${result.mode === 'network' ? 'along the network' : 'straight line'}), ${meshM} m mesh, ${places.length} places`,
    );
    console.log(
      `Residents ${Math.round(output.totals.population)}: covered ${Math.round(output.totals.covered)}, uncovered ${Math.round(output.totals.uncovered)} (${pct(output.totals.uncovered, output.totals.population)}), in no area ${Math.round(output.totals.unassigned)}`,
    );
    for (const a of [...output.areas].sort((x, y) => y.uncovered - x.uncovered)) {
      console.log(
        `  ${a.name}: ${Math.round(a.uncovered)} of ${Math.round(a.population)} uncovered (${pct(a.uncovered, a.population)})`,
      );
    }
    for (const s of output.suggestions ?? [])
      console.log(
        `  suggestion ${s.rank}: ${s.name} (${s.lng}, ${s.lat}) +${Math.round(s.extraCovered)}`,
      );
    return 0;
  },
});
