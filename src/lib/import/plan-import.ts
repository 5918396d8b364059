/**
 * Turns parsed input files plus what the database already holds into a plan: which records
 * to create, update or leave alone, and a report of every error and warning. Pure: the same
 * inputs always give the same plan, and nothing is written here (see
 * `src/lib/data-access/apply-import.ts`).
 *
 * Identity: every imported record carries `source` (the data source key) and `sourceId`
 * (its id in that source: a town code, a district name, a place's ID column). A record found
 * by (source, sourceId) is updated in place; otherwise it is created with an id derived from
 * that pair, so re-importing the same files plans nothing. An HSDS package brings organizations
 * too (matched the same way, by the HSDS organization id) and full resources rather than rows.
 *
 * Areas: towns come from the boundaries; districts are dissolved from their towns (polygon
 * union) with populations summed; daily-life areas from their districts; the city sums them.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import union from '@turf/union';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import Flatbush from 'flatbush';
import { WEEKDAYS, type Area, type LngLat, type Organization, type Resource, type ResourceKind, type Schedule } from '../domain/types';
import { scheduleRow, uuidFor } from '../export/to-hsds';
import { importIssue, type ImportIssue } from './import-issue';
import type { TownInput } from './read-boundaries';
import type { DistrictList, PopulationTable, TownMapping } from './read-area-tables';
import type { OptionalPlaceField, PlaceInput } from './read-places';
import type { HsdsOrganization, HsdsResource } from './read-hsds';
import { findLikelyDuplicates, type DuplicateReason } from './find-likely-duplicates';
import { resolveTownMapping } from './resolve-town-mapping';
import { stableId } from './stable-id';
import { resolveReading, type ReadingGenerator } from './generate-reading';
import { generatedReadingsSummary, type GeneratedReadingsSummary } from './generated-readings-summary';

/** One imported source: its key, licence and the credit line the map must show. */
export interface SourceInfo {
  /** Stable key stored in each record's `source`, e.g. `estat-2015-chome-10202`. */
  key: string;
  title: string;
  fileName: string;
  licence: string;
  attribution: string;
  url: string;
}

export interface ImportInputs {
  /** The city; required for a first import (no site yet). */
  city?: { name: string; code: string; nameKana?: string; nameEn?: string };
  boundaries?: { source: SourceInfo; towns: TownInput[] };
  mapping?: { source: SourceInfo; towns: TownMapping; districts?: DistrictList };
  /**
   * Population by town code (joined to the boundaries) or by mesh code (written to
   * `population_cells`; `source` and `year` are used for mesh tables only).
   */
  population?: PopulationTable & { source?: SourceInfo; year?: number | null };
  places?: Array<{ source: SourceInfo; result: { file: string; places: PlaceInput[]; unread?: OptionalPlaceField[] }; kind: ResourceKind }>;
  /**
   * An Open Referral HSDS package as `readHsds` read it: full organizations and resources
   * (not place rows). Organizations are matched by (source, HSDS organization id), resources by
   * (source, HSDS service id); `resources[].organizationId` refers to `organizations[].id`.
   * A resource's `districtId` is its first service area that resolved to one of our districts
   * ('' when none did: then the district comes from its point). `kind` is given to new
   * resources only (HSDS has no kind; an update keeps the stored one).
   */
  hsds?: {
    source: SourceInfo;
    file: string;
    kind: ResourceKind;
    organizations: HsdsOrganization[];
    resources: HsdsResource[];
    /** Services-table row of each resource's sourceId, organizations-table row of each organization's. */
    rowOf: Record<string, number>;
    organizationRowOf: Record<string, number>;
  };
  /** Named points for places without coordinates (町字 representative points). */
  townPoints?: Array<{ name: string; point: LngLat }>;
  /** Issues the readers already found (they make the report fail when errors). */
  readIssues?: ImportIssue[];
  /**
   * Create every place row even when it is a likely duplicate (`findLikelyDuplicates`) of an
   * earlier row or of a place already in the directory. Default: only the first is created.
   */
  keepDuplicates?: boolean;
  /**
   * Generates a kana reading for an area or place whose file gives none (see
   * `generate-reading.ts`); without it such records keep their stored reading or stay without.
   */
  readingOf?: ReadingGenerator;
}

export type AreaWithSource = Area & { source: string; sourceId: string };

export interface ExistingDataSource {
  id: string;
  key: string;
  title: string;
  fileName: string;
  licence: string;
  attribution: string;
  url: string;
  recordCount: number;
}

/** A population cell as stored: unknown counts are stored (and read back) as 0. */
export interface PopulationCellRecord {
  meshCode: string;
  /** Cell size in metres: 100, 250, 500 or 1000. */
  meshM: number;
  population: number;
  population65: number;
  /** Census year; 0 when not given. */
  year: number;
  source: string;
}

/**
 * `areas.source` of the city row made by `sasaeai init` (src/lib/data-access/set-up-city.ts).
 * An import naming the same city code updates that row (and its source) rather than clashing.
 */
export const INIT_CITY_SOURCE = 'sasaeai-init';

export type OrganizationWithSource = Organization & { source: string; sourceId: string };

export interface ExistingState {
  areas: AreaWithSource[];
  resources: Resource[];
  /** Organizations with their provenance (optional: only an HSDS import matches them). */
  organizations?: OrganizationWithSource[];
  dataSources: ExistingDataSource[];
  /** Population cells of every source (optional: callers that import no mesh table may omit it). */
  populationCells?: Array<PopulationCellRecord & { id: string }>;
  site: {
    id: string;
    cityName: string;
    /** Kept when an import does not give them (omitted = ''). */
    cityNameKana?: string;
    cityNameEn?: string;
    attribution: string;
    fictional: boolean;
    cityAreaId: string;
  } | null;
}

export type PlannedOp =
  | { collection: 'areas'; action: 'create' | 'update'; id: string; record: AreaWithSource; origin: Origin }
  | { collection: 'organizations'; action: 'create' | 'update'; id: string; record: OrganizationWithSource; origin: Origin }
  | { collection: 'resources'; action: 'create' | 'update'; id: string; record: Omit<Resource, 'updatedAt'>; origin: Origin }
  | { collection: 'population_cells'; action: 'create' | 'update'; id: string; record: PopulationCellRecord; origin: Origin }
  | { collection: 'data_sources'; action: 'create' | 'update'; id: string; record: ExistingDataSource; origin: Origin }
  | {
      collection: 'site';
      action: 'create' | 'update';
      id: string;
      record: { cityName: string; cityNameKana: string; cityNameEn: string; fictional: boolean; attribution: string; cityAreaId: string };
      origin: Origin;
    };

/** Where a planned record came from, to name the file and row when the server rejects it. */
export interface Origin {
  file: string;
  row: number | null;
}

export interface CollectionCounts {
  create: number;
  update: number;
  unchanged: number;
}

/** One district as the mapping makes it, shown before anything is written. */
export interface DistrictSummary {
  name: string;
  /** '' when the mapping gives none. */
  dailyLifeArea: string;
  /** Number of towns the mapping put in it. */
  towns: number;
  /** Sum of its towns' known populations; null when none of its towns has one. */
  population: number | null;
  /** Towns counted in `towns` whose population is unknown (not in `population`). */
  townsWithoutPopulation: number;
}

/** A place row that is probably a second listing of another place (see `findLikelyDuplicates`). */
export interface ImportDuplicate {
  file: string;
  row: number | null;
  name: string;
  /** The place it repeats: an earlier row (file, row) or a directory record (resourceId). */
  of: { name: string; file: string; row: number | null; resourceId: string };
  distanceM: number;
  reason: DuplicateReason;
  /** False when the row is left out of the plan (the default); true with `keepDuplicates`. */
  created: boolean;
}

export interface ImportReport {
  /** False when there is any error: the plan must not be applied. */
  ok: boolean;
  issues: ImportIssue[];
  counts: Record<string, CollectionCounts>;
  /** Towns in no district (listed so the coordinator can fix the mapping). */
  unassignedTowns: Array<{ code: string; name: string }>;
  /** Places placed on their town's representative point. */
  approximateLocations: number;
  /** Population sums of the planned areas by kind. */
  population: Record<string, number>;
  /** Every district of the towns → districts mapping, in mapping order ([] without a mapping). */
  districts: DistrictSummary[];
  /** Place rows that repeat an earlier row or a directory place, in file order. */
  duplicates: ImportDuplicate[];
  /** Readings generated for names the files gave none (to be checked by a coordinator). */
  generatedReadings: GeneratedReadingsSummary;
}

export interface ImportPlan {
  report: ImportReport;
  ops: PlannedOp[];
}

const EMPTY_SCHEDULE: Schedule = { rules: [], closedOnPublicHolidays: false, closedPeriods: [], closedDates: [], note: '' };

/** The schedule with each rule's weekdays in calendar order (Sunday first), for comparing. */
function calendarOrder(s: Schedule): Schedule {
  return { ...s, rules: s.rules.map((r) => ('weekdays' in r ? { ...r, weekdays: WEEKDAYS.filter((d) => r.weekdays.includes(d)) } : r)) };
}

/**
 * The id of one of our own records that a row names, or ''. A kayoinoba file this site exported
 * carries our record ids (15 lower-case letters and digits, PocketBase's id form) as its NO.
 */
function ownRecordIdOf(p: PlaceInput): string {
  return p.details !== undefined && /^[a-z0-9]{15}$/.test(p.sourceId) ? p.sourceId : '';
}

/** The resource fields a kayoinoba row gives (only those it gives), the organization resolved by name. */
function detailFields(p: PlaceInput, organizationFor: (name: string) => string): Partial<Resource> {
  const d = p.details;
  if (!d) return {};
  const out: Partial<Resource> = {};
  if (d.kind) out.kind = d.kind;
  if (d.capacity !== undefined) out.capacity = d.capacity;
  if (d.cost) out.cost = d.cost;
  if (d.eligibility) out.eligibility = d.eligibility;
  if (d.booking) out.booking = d.booking;
  if (d.organizationName !== undefined) out.organizationId = organizationFor(d.organizationName);
  if (d.locationApproximate && p.location) out.locationApproximate = true;
  return out;
}

/**
 * The server stores an unknown 65+/75+ count or year as 0 (number fields have no null) and
 * reads 0 back as null or 0 depending on the total, so for comparison both mean "not known".
 * The total itself keeps null apart from 0 (a `population_unknown` flag).
 */
const POPULATION_KEYS = new Set(['population65', 'population75', 'populationYear']);
function sameArea(a: AreaWithSource, b: AreaWithSource): boolean {
  const norm = (x: AreaWithSource) => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, POPULATION_KEYS.has(k) ? (v ?? 0) : v]));
  return same(norm(a), norm(b));
}

/** Deep equality that ignores object key order (records read back from the server reorder keys). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => same(x, (b as unknown[])[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Sum of the known counts; null when there are some and none is known (0 for none at all). */
function sumKnown(counts: readonly (number | null)[]): number | null {
  let sum = 0;
  let known = counts.length === 0;
  for (const n of counts) {
    if (n === null) continue;
    sum += n;
    known = true;
  }
  return known ? sum : null;
}

function polygonsOf(g: Polygon | MultiPolygon): Polygon['coordinates'][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** Dissolves polygons into one; falls back to a plain MultiPolygon if the union fails. */
function dissolve(geoms: Array<Polygon | MultiPolygon>): Polygon | MultiPolygon | null {
  if (geoms.length === 0) return null;
  if (geoms.length === 1) return geoms[0]!;
  try {
    const merged = union({
      type: 'FeatureCollection',
      features: geoms.map((g): Feature<Polygon | MultiPolygon> => ({ type: 'Feature', properties: {}, geometry: g })),
    });
    if (merged) return merged.geometry;
  } catch {
    // Invalid input rings (self-touching e-Stat parts) can make the union throw; keep the parts.
  }
  return { type: 'MultiPolygon', coordinates: geoms.flatMap(polygonsOf) };
}

/** Rounds to ~1 cm so re-imports compare equal after a JSON round trip. */
function roundGeometry(g: Polygon | MultiPolygon | null): Polygon | MultiPolygon | null {
  if (!g) return null;
  const r = (x: number) => Math.round(x * 1e7) / 1e7;
  const rings = (p: Polygon['coordinates']) => p.map((ring) => ring.map(([x, y]) => [r(x!), r(y!)]));
  return g.type === 'Polygon' ? { type: 'Polygon', coordinates: rings(g.coordinates) } : { type: 'MultiPolygon', coordinates: g.coordinates.map(rings) };
}

function bboxOf(g: Polygon | MultiPolygon): [number, number, number, number] {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const poly of polygonsOf(g)) for (const [x, y] of poly[0]!) {
    if (x! < minX) minX = x!;
    if (y! < minY) minY = y!;
    if (x! > maxX) maxX = x!;
    if (y! > maxY) maxY = y!;
  }
  return [minX, minY, maxX, maxY];
}

/** A representative point: the centre of the largest ring's bbox if inside, else its first vertex. */
function pointOf(g: Polygon | MultiPolygon): LngLat {
  const polys = polygonsOf(g);
  const largest = polys.reduce((a, b) => (b[0]!.length > a[0]!.length ? b : a));
  const [x0, y0, x1, y1] = bboxOf({ type: 'Polygon', coordinates: largest });
  const c: LngLat = [Math.round(((x0 + x1) / 2) * 1e6) / 1e6, Math.round(((y0 + y1) / 2) * 1e6) / 1e6];
  if (booleanPointInPolygon(c, { type: 'Polygon', coordinates: largest })) return c;
  const v = largest[0]![0]!;
  return [v[0]!, v[1]!];
}

/** The fee text HSDS holds for a cost (mirrors `fees_description` in `toHsds`). */
function feesText(c: Resource['cost']): string {
  return [c.amountYen === null ? '' : `${c.amountYen}円`, c.note].filter(Boolean).join(' ');
}

/**
 * What an HSDS package says about a resource, laid over the stored record. Fields HSDS cannot
 * hold (kind, eligibility, booking, capacity, cost amount and unit, closures, accessibility,
 * verifier, visibility…) keep their stored values. A held field whose HSDS form is the same
 * keeps its stored value too, so importing a package exported from this database changes
 * nothing: a verification date with the time of day cut, the same fee text, the same set of
 * served districts, the same RRULE rows.
 */
function mergeHsdsResource(stored: Omit<Resource, 'updatedAt'>, hsds: Omit<Resource, 'updatedAt'>): Omit<Resource, 'updatedAt'> {
  const served = (r: Omit<Resource, 'updatedAt'>) => [...new Set([r.districtId, ...r.serviceDistrictIds])].sort();
  const sameDistricts = stored.districtId === hsds.districtId && same(served(stored), served(hsds));
  const rows = (s: Schedule) => s.rules.map((rule) => scheduleRow(rule, '', '', s.note));
  const schedule = same(rows(stored.schedule), rows(hsds.schedule))
    ? stored.schedule
    // Without rules HSDS has no row to carry the note on: keep the stored one.
    : { ...stored.schedule, rules: hsds.schedule.rules, note: hsds.schedule.rules.length ? hsds.schedule.note : stored.schedule.note };
  return {
    ...stored,
    name: hsds.name,
    nameKana: hsds.nameKana,
    nameKanaGenerated: hsds.nameKanaGenerated,
    description: hsds.description,
    districtId: hsds.districtId,
    serviceDistrictIds: sameDistricts ? stored.serviceDistrictIds : hsds.serviceDistrictIds,
    location: hsds.location,
    address: hsds.address,
    directions: hsds.directions,
    schedule,
    cost: feesText(stored.cost) === feesText(hsds.cost) ? stored.cost : { ...stored.cost, amountYen: null, note: hsds.cost.note },
    publicPhone: hsds.publicPhone,
    website: hsds.website,
    status: hsds.status,
    organizationId: hsds.organizationId,
    lastVerifiedAt: stored.lastVerifiedAt.slice(0, 10) === hsds.lastVerifiedAt.slice(0, 10) ? stored.lastVerifiedAt : hsds.lastVerifiedAt,
  };
}

export function planImport(inputs: ImportInputs, existing: ExistingState): ImportPlan {
  const issues: ImportIssue[] = [...(inputs.readIssues ?? [])];
  const ops: PlannedOp[] = [];
  const counts: Record<string, CollectionCounts> = {};
  const count = (c: string, k: keyof CollectionCounts) => {
    counts[c] ??= { create: 0, update: 0, unchanged: 0 };
    counts[c][k]++;
  };
  const areaBySource = new Map(existing.areas.map((a) => [`${a.source}\u0000${a.sourceId}`, a]));
  const areaByKindCode = new Map(existing.areas.filter((a) => a.code).map((a) => [`${a.kind}\u0000${a.code}`, a]));
  /** The city row `sasaeai init` made, taken over by the first import that names the same city code. */
  const cityMadeByInit = (wanted: Omit<AreaWithSource, 'id' | 'supportCenterId' | 'nameKanaGenerated'>): AreaWithSource | undefined => {
    if (wanted.kind !== 'city' || !wanted.code) return undefined;
    const city = areaByKindCode.get(`city\u0000${wanted.code}`);
    return city?.source === INIT_CITY_SOURCE ? city : undefined;
  };
  const resourceBySource = new Map(existing.resources.map((r) => [`${r.source}\u0000${r.sourceId}`, r]));

  /** Plans one area; returns its id. */
  const planArea = (wanted: Omit<AreaWithSource, 'id' | 'supportCenterId' | 'nameKanaGenerated'>, origin: Origin): string => {
    const found = areaBySource.get(`${wanted.source}\u0000${wanted.sourceId}`) ?? cityMadeByInit(wanted);
    const id = found?.id ?? stableId(`areas|${wanted.source}|${wanted.sourceId}`);
    // Mirror how the server stores an unknown count (0) and reads it back (records.ts toArea),
    // so that a re-import compares equal: with people (or an unknown total) a 0 count reads
    // back as unknown; with a known total of 0 it stays 0.
    const population = wanted.population;
    const byTotal = (n: number | null): number | null => (population === null || population > 0 ? (n !== null && n > 0 ? n : null) : (n ?? 0));
    const record: AreaWithSource = {
      ...wanted,
      ...resolveReading(wanted.nameKana, wanted.name, found, inputs.readingOf),
      population,
      population65: byTotal(wanted.population65),
      population75: byTotal(wanted.population75),
      id,
      supportCenterId: found?.supportCenterId ?? '',
    };
    const clash = wanted.code ? areaByKindCode.get(`${wanted.kind}\u0000${wanted.code}`) : undefined;
    if (clash && clash.id !== id) {
      const params = { areaKind: wanted.kind, code: wanted.code, existing: clash.name };
      issues.push(clash.source
        ? importIssue('error', origin.file, origin.row, 'code', 'codeClash', { ...params, source: clash.source })
        : importIssue('error', origin.file, origin.row, 'code', 'codeClashNoSource', params));
    }
    if (!found) {
      ops.push({ collection: 'areas', action: 'create', id, record, origin });
      count('areas', 'create');
    } else if (!sameArea(found, record)) {
      ops.push({ collection: 'areas', action: 'update', id, record, origin });
      count('areas', 'update');
    } else count('areas', 'unchanged');
    return id;
  };

  const population: Record<string, number> = {};
  const unassignedTowns: Array<{ code: string; name: string }> = [];
  const districtSummaries: DistrictSummary[] = [];

  // ---- towns, districts, daily-life areas, city ------------------------------------------
  /** Town polygons for placing resources: existing ones, replaced by imported ones. */
  const townsForLookup = new Map<string, { id: string; name: string; districtId: string; geometry: Polygon | MultiPolygon; point: LngLat | null }>();
  for (const a of existing.areas) {
    if (a.kind === 'town' && a.geometry) townsForLookup.set(a.id, { id: a.id, name: a.name, districtId: a.parentId, geometry: a.geometry, point: a.point });
  }

  let cityId = existing.site?.cityAreaId ?? '';
  const cityExisting = existing.areas.find((a) => a.kind === 'city');
  if (!cityId && cityExisting) cityId = cityExisting.id;

  if (inputs.boundaries) {
    const b = inputs.boundaries;
    const towns = b.towns;
    const pop = inputs.population;
    if (pop?.keyedBy === 'town') {
      const byCode = new Map(towns.map((t) => [t.code, t]));
      for (const row of pop.rows) {
        const t = byCode.get(row.code);
        if (!t) {
          issues.push(importIssue('warning', pop.file, row.line, 'code', 'townCodeNotInBoundaries', { code: row.code }));
          continue;
        }
        if (row.population !== null) t.population = row.population;
        if (row.population65 !== null) t.population65 = row.population65;
      }
    }

    const unknownTowns = towns.filter((t) => t.population === null);
    if (unknownTowns.length > 0) {
      const names = unknownTowns.slice(0, 5).map((t) => `${t.name} (${t.code})`).join(', ') + (unknownTowns.length > 5 ? ', …' : '');
      const file = pop?.file ?? b.source.fileName;
      issues.push(
        unknownTowns.length === towns.length
          ? importIssue('warning', file, null, 'population', 'noPopulation')
          : unknownTowns.length === 1
            ? importIssue('warning', file, null, 'population', 'oneTownNoPopulation', { names })
            : importIssue('warning', file, null, 'population', 'townsNoPopulation', { count: unknownTowns.length, names }),
      );
    }

    // Readings from the mapping (a row naming the town by code or exact name), for residents
    // who search their town in hiragana; e-Stat boundaries carry none.
    const kanaByCode = new Map<string, string>();
    const kanaByName = new Map<string, string>();
    for (const row of inputs.mapping?.towns.rows ?? []) {
      if (!row.townKana) continue;
      if (row.townCode) kanaByCode.set(row.townCode, row.townKana);
      else if (!row.townName.endsWith('*')) kanaByName.set(row.townName, row.townKana);
    }
    const kanaOfTown = (t: TownInput): string => kanaByCode.get(t.code) ?? kanaByName.get(t.name) ?? '';

    // Which district each town belongs to.
    const districtOfTown = new Map<string, { district: string; line: number }>();
    const districts = new Map<string, { name: string; code: string; dailyLifeArea: string; line: number; towns: TownInput[] }>();
    const map = inputs.mapping;
    if (map) {
      const known = map.districts ? new Map(map.districts.rows.map((d) => [d.name, d])) : null;
      for (const d of map.districts?.rows ?? []) districts.set(d.name, { name: d.name, code: d.code, dailyLifeArea: d.dailyLifeArea, line: d.line, towns: [] });
      const rows = map.towns.rows.filter((row) => {
        if (known && !known.has(row.district)) {
          issues.push(importIssue('error', map.towns.file, row.line, 'district', 'districtNotInList', { district: row.district, list: map.districts!.file }));
          return false;
        }
        return true;
      });
      const resolved = resolveTownMapping(towns, rows, { mapping: map.towns.file, boundaries: b.source.fileName });
      issues.push(...resolved.issues);
      for (const [code, assignment] of resolved.districtOfTown) districtOfTown.set(code, assignment);
      for (const row of rows) {
        if (!districts.has(row.district)) districts.set(row.district, { name: row.district, code: '', dailyLifeArea: row.dailyLifeArea, line: row.line, towns: [] });
        const d = districts.get(row.district)!;
        if (!d.dailyLifeArea && row.dailyLifeArea) d.dailyLifeArea = row.dailyLifeArea;
      }
      for (const t of towns) {
        const d = districtOfTown.get(t.code);
        if (d) districts.get(d.district)!.towns.push(t);
        else unassignedTowns.push({ code: t.code, name: t.name });
      }
      if (unassignedTowns.length) {
        issues.push(importIssue('warning', map.towns.file, null, '', 'townsUnassigned', { count: unassignedTowns.length }));
      }
    }

    // The city.
    const cityInput = inputs.city;
    if (cityInput) {
      const cityGeom = null; // the city outline is not dissolved (458 km² of towns is slow); districts carry it.
      cityId = planArea(
        {
          kind: 'city', code: cityInput.code, name: cityInput.name, nameKana: cityInput.nameKana ?? '', parentId: '',
          geometry: cityGeom, point: null,
          population: sumKnown(towns.map((t) => t.population)),
          population65: sumKnown(towns.map((t) => t.population65)),
          population75: null, populationYear: null, source: b.source.key, sourceId: `city:${cityInput.code}`,
        },
        { file: b.source.fileName, row: null },
      );
      population.city = towns.reduce((s, t) => s + (t.population ?? 0), 0);
    } else if (!cityId) {
      issues.push(importIssue('error', b.source.fileName, null, '', 'noCity'));
    }

    // Daily-life areas and districts.
    const dlaIds = new Map<string, string>();
    const mapSource = map?.source;
    for (const d of districts.values()) {
      if (!d.dailyLifeArea || dlaIds.has(d.dailyLifeArea) || !mapSource) continue;
      const members = [...districts.values()].filter((x) => x.dailyLifeArea === d.dailyLifeArea).flatMap((x) => x.towns);
      const pop1 = members.reduce((s, t) => s + (t.population ?? 0), 0);
      population.daily_life_area = (population.daily_life_area ?? 0) + pop1;
      dlaIds.set(
        d.dailyLifeArea,
        planArea(
          {
            kind: 'daily_life_area', code: '', name: d.dailyLifeArea, nameKana: '', parentId: cityId,
            geometry: roundGeometry(dissolve(members.map((t) => t.geometry))), point: null,
            population: sumKnown(members.map((t) => t.population)), population65: null, population75: null, populationYear: null,
            source: mapSource.key, sourceId: `daily_life_area:${d.dailyLifeArea}`,
          },
          { file: mapSource.fileName, row: d.line },
        ),
      );
    }
    const districtIds = new Map<string, string>();
    for (const d of districts.values()) {
      if (!mapSource) break;
      if (d.towns.length === 0) {
        issues.push(importIssue('warning', map!.towns.file, d.line, 'district', 'districtNoTowns', { name: d.name }));
      }
      districtSummaries.push({
        name: d.name,
        dailyLifeArea: d.dailyLifeArea,
        towns: d.towns.length,
        population: sumKnown(d.towns.map((t) => t.population)),
        townsWithoutPopulation: d.towns.filter((t) => t.population === null).length,
      });
      const geometry = roundGeometry(dissolve(d.towns.map((t) => t.geometry)));
      const pop1 = d.towns.reduce((s, t) => s + (t.population ?? 0), 0);
      population.district = (population.district ?? 0) + pop1;
      districtIds.set(
        d.name,
        planArea(
          {
            kind: 'district', code: d.code, name: d.name, nameKana: '', parentId: dlaIds.get(d.dailyLifeArea) ?? cityId,
            geometry, point: geometry ? pointOf(geometry) : null,
            population: sumKnown(d.towns.map((t) => t.population)),
            population65: sumKnown(d.towns.map((t) => t.population65)),
            population75: null, populationYear: null, source: mapSource.key, sourceId: `district:${d.name}`,
          },
          { file: mapSource.fileName, row: d.line },
        ),
      );
    }
    population.town = 0;
    for (const t of towns) {
      const districtId = districtIds.get(districtOfTown.get(t.code)?.district ?? '') ?? '';
      const geometry = roundGeometry(t.geometry)!;
      const point = pointOf(geometry);
      population.town += t.population ?? 0;
      const id = planArea(
        {
          kind: 'town', code: t.code, name: t.name, nameKana: kanaOfTown(t), parentId: districtId || cityId, geometry, point,
          population: t.population, population65: t.population65, population75: null, populationYear: null,
          source: b.source.key, sourceId: t.code,
        },
        { file: b.source.fileName, row: t.row },
      );
      townsForLookup.set(id, { id, name: t.name, districtId, geometry, point });
    }
  }

  // ---- places ------------------------------------------------------------------------------
  let approximateLocations = 0;
  const duplicates: ImportDuplicate[] = [];
  const lookup = [...townsForLookup.values()];
  let townIndex: Flatbush | null = null;
  /** The town containing a point (index built on first use: imports without places skip it). */
  const townAt = (p: LngLat) => {
    if (!townIndex) {
      townIndex = new Flatbush(Math.max(1, lookup.length));
      for (const t of lookup) townIndex.add(...bboxOf(t.geometry));
      if (lookup.length === 0) townIndex.add(0, 0, 0, 0);
      townIndex.finish();
    }
    return townIndex.search(p[0], p[1], p[0], p[1]).map((i) => lookup[i]).find((t) => t && booleanPointInPolygon(p, t.geometry));
  };
  if (inputs.places?.length) {
    // Longest name first so 「八幡町」 wins over 「八幡」 inside 「高崎市八幡町…」.
    const named = [
      ...(inputs.townPoints ?? []),
      ...lookup.filter((t) => t.point).map((t) => ({ name: t.name, point: t.point! })),
    ].sort((a, b) => b.name.length - a.name.length);
    /** Resource field filled from each optional place field. */
    const FIELD_OF = { nameKana: 'nameKana', address: 'address', phone: 'publicPhone', url: 'website', note: 'description', schedule: 'schedule' } as const;
    const skipped = planPlaceDuplicates(inputs, existing, resourceBySource, duplicates, issues);
    // Kayoinoba rows name their organization (法人の名称): an existing one of that name, else one
    // created once per name for this source.
    const orgByName = new Map<string, string>();
    for (const o of existing.organizations ?? []) if (!orgByName.has(o.name)) orgByName.set(o.name, o.id);
    const resourceById = new Map(existing.resources.map((r) => [r.id, r]));
    const organizationFor = (name: string, sourceKey: string, origin: Origin): string => {
      if (!name) return '';
      let id = orgByName.get(name);
      if (!id) {
        id = stableId(`organizations|${sourceKey}|${name}`);
        orgByName.set(name, id);
        ops.push({ collection: 'organizations', action: 'create', id, origin, record: { id, name, nameKana: '', type: 'other', districtId: '', publicPhone: '', source: sourceKey, sourceId: name } });
        count('organizations', 'create');
      }
      return id;
    };
    for (const group of inputs.places) {
      const { source, result, kind } = group;
      const unread = result.unread ?? [];
      for (const p of result.places) {
        const origin = { file: result.file, row: p.row };
        if (skipped.has(p)) continue;
        let location = p.location;
        let approximate = false;
        if (!location) {
          const hit = p.address ? named.find((n) => n.name && p.address.includes(n.name)) : undefined;
          if (!hit) {
            issues.push(importIssue('error', result.file, p.row, '住所', 'placeNoTown', { name: p.name, address: p.address }));
            continue;
          }
          location = hit.point;
          approximate = true;
          approximateLocations++;
        }
        const town = townAt(location);
        if (!town || !town.districtId) {
          issues.push(town
            ? importIssue('warning', result.file, p.row, 'location', 'placeTownNoDistrict', { name: p.name, town: town.name })
            : importIssue('error', result.file, p.row, 'location', 'placeOutsideCity', { name: p.name, location: location.join(', ') }));
          continue;
        }
        // A kayoinoba file this site exported carries our record ids as NO: loading it back
        // updates those records (keeping their provenance), and into an emptied directory it
        // recreates them under the same ids, so the next export is the same file.
        const ownId = ownRecordIdOf(p);
        const bySource = resourceBySource.get(`${source.key}\u0000${p.sourceId}`);
        const byOwnId = bySource ? undefined : ownId ? resourceById.get(ownId) : undefined;
        const found = bySource ?? byOwnId;
        const id = found?.id ?? (ownId || stableId(`resources|${source.key}|${p.sourceId}`));
        let schedule: Schedule | null = p.schedule ?? (
          p.weekdays.length && p.start && p.end
            ? { ...EMPTY_SCHEDULE, rules: [{ type: 'weekly', weekdays: p.weekdays, start: p.start, end: p.end }] }
            : null);
        // The order a record lists its weekdays in carries no meaning: the same days are no change.
        if (schedule && found && same(calendarOrder(schedule), calendarOrder(found.schedule))) schedule = found.schedule;
        const imported = {
          kind,
          name: p.name,
          ...resolveReading(p.nameKana, p.name, found, inputs.readingOf),
          description: p.note,
          districtId: town.districtId,
          location,
          locationApproximate: approximate,
          address: p.address,
          publicPhone: p.phone,
          website: p.url,
          source: source.key,
          sourceId: p.sourceId,
          ...(schedule ? { schedule } : {}),
          ...detailFields(p, (name) => organizationFor(name, source.key, origin)),
        };
        if (byOwnId) {
          (imported as Record<string, unknown>).source = byOwnId.source;
          (imported as Record<string, unknown>).sourceId = byOwnId.sourceId;
        }
        if (found) {
          // A field the file does not supply keeps what the place has (a switched-off column
          // must not blank every place's phone on a re-import).
          // (The reading is resolved above: a missing one keeps the stored reading.)
          for (const f of unread) if (f !== 'nameKana') delete (imported as Record<string, unknown>)[FIELD_OF[f]];
          const { updatedAt: _u, ...base } = found;
          const merged = { ...base, ...imported };
          if (Object.entries(imported).every(([k, v]) => same(v, (found as unknown as Record<string, unknown>)[k]))) count('resources', 'unchanged');
          else {
            ops.push({ collection: 'resources', action: 'update', id, record: merged, origin });
            count('resources', 'update');
          }
        } else {
          ops.push({
            collection: 'resources',
            action: 'create',
            id,
            origin,
            record: {
              id, serviceTypeIds: [], serviceDistrictIds: [], directions: '', schedule: { ...EMPTY_SCHEDULE },
              // What a places file cannot say is stored as unknown, never as a default.
              cost: { amountYen: null, unit: 'per_visit', note: '' }, eligibility: null, booking: null,
              capacity: null, acceptingNewcomers: null, accessibility: [], status: 'active', statusReason: '', isPublic: true,
              organizationId: '', lastVerifiedAt: '', verifiedById: '', verificationMethod: '',
              ...imported,
            },
          });
          count('resources', 'create');
        }
      }
    }
  }

  // ---- an HSDS package: organizations first (resources refer to them), then resources ------
  if (inputs.hsds) {
    const h = inputs.hsds;
    const key = h.source.key;
    const orgBySource = new Map((existing.organizations ?? []).map((o) => [`${o.source}\u0000${o.sourceId}`, o]));
    // A package this site exported carries ids derived from our own record ids (`toHsds`):
    // loading it back must update those records, not add a second copy of the directory.
    const orgByExportId = new Map((existing.organizations ?? []).map((o) => [uuidFor(`organization|${o.id}`), o]));
    const resourceByExportId = new Map(existing.resources.map((r) => [uuidFor(`service|${r.id}`), r]));
    /** The id readHsds gave an organization → its id in the database (found or to be created). */
    const orgIdOf = new Map<string, string>();
    for (const o of h.organizations) {
      const origin = { file: h.file, row: h.organizationRowOf[o.sourceId] ?? null };
      const found = orgBySource.get(`${key}\u0000${o.sourceId}`) ?? orgByExportId.get(o.sourceId);
      const id = found?.id ?? stableId(`organizations|${key}|${o.sourceId}`);
      orgIdOf.set(o.id, id);
      // HSDS holds the name, the reading (as description) and a public phone; type and district are kept.
      const held = { name: o.name, nameKana: o.nameKana, publicPhone: o.publicPhone };
      if (!found) {
        ops.push({ collection: 'organizations', action: 'create', id, origin, record: { id, type: 'other', districtId: '', ...held, source: key, sourceId: o.sourceId } });
        count('organizations', 'create');
      } else if (!same({ ...found, ...held }, found)) {
        ops.push({ collection: 'organizations', action: 'update', id, origin, record: { ...found, ...held } });
        count('organizations', 'update');
      } else count('organizations', 'unchanged');
    }
    for (const r of h.resources) {
      const row = h.rowOf[r.sourceId] ?? null;
      const origin = { file: h.file, row };
      let districtId = r.districtId;
      let serviceDistrictIds = r.serviceDistrictIds;
      if (!districtId) {
        // No service area named one of our districts: place it by its point, as a places row.
        if (!r.location) {
          issues.push(importIssue('warning', h.file, row, 'service_at_location', 'hsdsNoLocation', { name: r.name }));
          continue;
        }
        const town = townAt(r.location);
        if (!town || !town.districtId) {
          issues.push(town
            ? importIssue('warning', h.file, row, 'locations.latitude', 'hsdsTownNoDistrict', { name: r.name, town: town.name })
            : importIssue('error', h.file, row, 'locations.latitude', 'hsdsOutsideCity', { name: r.name, location: r.location.join(', ') }));
          continue;
        }
        districtId = town.districtId;
        serviceDistrictIds = [];
      }
      const found = resourceBySource.get(`${key}\u0000${r.sourceId}`) ?? resourceByExportId.get(r.sourceId);
      const id = found?.id ?? stableId(`resources|${key}|${r.sourceId}`);
      const imported: Omit<Resource, 'updatedAt'> = {
        ...r, id, kind: h.kind, districtId, serviceDistrictIds,
        ...resolveReading(r.nameKana, r.name, found, inputs.readingOf),
        organizationId: r.organizationId ? (orgIdOf.get(r.organizationId) ?? '') : '',
        source: key, sourceId: r.sourceId,
      };
      if (!found) {
        ops.push({ collection: 'resources', action: 'create', id, origin, record: imported });
        count('resources', 'create');
        continue;
      }
      const { updatedAt: _u, ...stored } = found;
      const record = mergeHsdsResource(stored, imported);
      if (same(record, stored)) count('resources', 'unchanged');
      else {
        ops.push({ collection: 'resources', action: 'update', id, origin, record });
        count('resources', 'update');
      }
    }
  }

  // ---- population cells (mesh tables) -------------------------------------------------------
  const meshTable = inputs.population?.keyedBy === 'mesh' ? inputs.population : undefined;
  const meshSource = meshTable?.source;
  if (meshTable && meshSource && meshTable.meshM) {
    const meshM = meshTable.meshM;
    const cellByKey = new Map((existing.populationCells ?? []).map((c) => [`${c.meshM}\u0000${c.meshCode}\u0000${c.source}`, c]));
    population.mesh = 0;
    for (const row of meshTable.rows) {
      // Stored like the server stores it (no null numbers), so a re-import compares equal.
      const record: PopulationCellRecord = {
        meshCode: row.code, meshM, population: row.population ?? 0, population65: row.population65 ?? 0,
        year: meshTable.year ?? 0, source: meshSource.key,
      };
      population.mesh += record.population;
      const found = cellByKey.get(`${meshM}\u0000${row.code}\u0000${meshSource.key}`);
      const origin = { file: meshTable.file, row: row.line };
      if (!found) {
        ops.push({ collection: 'population_cells', action: 'create', id: stableId(`population_cells|${meshSource.key}|${meshM}|${row.code}`), record, origin });
        count('population_cells', 'create');
      } else if (found.population !== record.population || found.population65 !== record.population65 || found.year !== record.year) {
        ops.push({ collection: 'population_cells', action: 'update', id: found.id, record, origin });
        count('population_cells', 'update');
      } else count('population_cells', 'unchanged');
    }
  }

  // ---- sources, credits and the site -------------------------------------------------------
  const sources = [inputs.boundaries?.source, inputs.mapping?.source, meshSource, ...(inputs.places ?? []).map((p) => p.source), inputs.hsds?.source].filter(
    (s): s is SourceInfo => !!s,
  );
  const seenKeys = new Set<string>();
  for (const s of sources) {
    if (seenKeys.has(s.key)) continue;
    seenKeys.add(s.key);
    const found = existing.dataSources.find((d) => d.key === s.key);
    const recordCount = ops.filter((o) => 'source' in o.record && o.record.source === s.key).length;
    const record: ExistingDataSource = { id: found?.id ?? stableId(`data_sources|${s.key}`), ...s, recordCount: Math.max(recordCount, found?.recordCount ?? 0) };
    const origin = { file: s.fileName, row: null };
    if (!found) {
      ops.push({ collection: 'data_sources', action: 'create', id: record.id, record, origin });
      count('data_sources', 'create');
    } else if (!same(found, record)) {
      ops.push({ collection: 'data_sources', action: 'update', id: record.id, record, origin });
      count('data_sources', 'update');
    } else count('data_sources', 'unchanged');
  }
  const lines = (existing.site?.attribution ?? '').split('\n').filter(Boolean);
  for (const s of sources) if (s.attribution && !lines.includes(s.attribution)) lines.push(s.attribution);
  const city = inputs.city;
  if (existing.site || city) {
    const record = {
      cityName: city?.name ?? existing.site!.cityName,
      // Names not given keep what the site has (an update must not clear the kana or English name).
      cityNameKana: city?.nameKana ?? existing.site?.cityNameKana ?? '',
      cityNameEn: city?.nameEn ?? existing.site?.cityNameEn ?? '',
      fictional: city ? false : existing.site!.fictional,
      attribution: lines.join('\n'),
      cityAreaId: cityId,
    };
    const origin = { file: sources[0]?.fileName ?? '', row: null };
    if (!existing.site) {
      ops.push({ collection: 'site', action: 'create', id: stableId('site|site'), record, origin });
      count('site', 'create');
    } else if (
      record.attribution !== existing.site.attribution || record.cityName !== existing.site.cityName ||
      record.cityNameKana !== (existing.site.cityNameKana ?? '') || record.cityNameEn !== (existing.site.cityNameEn ?? '') ||
      record.fictional !== existing.site.fictional || record.cityAreaId !== existing.site.cityAreaId
    ) {
      ops.push({ collection: 'site', action: 'update', id: existing.site.id, record, origin });
      count('site', 'update');
    } else count('site', 'unchanged');
  }

  return {
    ops,
    report: {
      ok: !issues.some((i) => i.severity === 'error'),
      issues,
      counts,
      unassignedTowns,
      districts: districtSummaries,
      duplicates,
      approximateLocations,
      population,
      generatedReadings: generatedReadingsSummary(ops),
    },
  };
}

/**
 * Finds place rows that repeat an earlier row (of any places file of this import) or a place
 * already in the directory, records them in `duplicates` with a warning each, and returns the
 * rows to leave out (none with `keepDuplicates`). A row whose own record already exists (same
 * source and id: a re-import) is an update of that record, never a duplicate; the directory's
 * own pairs are the coordinators' "possible duplicates" list, not the import's business.
 */
function planPlaceDuplicates(
  inputs: ImportInputs,
  existing: ExistingState,
  resourceBySource: ReadonlyMap<string, Resource>,
  duplicates: ImportDuplicate[],
  issues: ImportIssue[],
): Set<PlaceInput> {
  const stored = existing.resources.filter((r) => r.status !== 'closed');
  const storedIds = new Set(existing.resources.map((r) => r.id));
  // A row that updates a record (same source and id, or our own exported id) is that record
  // again, never a duplicate of it.
  const rows = (inputs.places ?? []).flatMap((g) =>
    g.result.places.map((p) => ({
      p,
      file: g.result.file,
      own: resourceBySource.has(`${g.source.key}\u0000${p.sourceId}`) || storedIds.has(ownRecordIdOf(p)),
    })),
  );
  const cityName = inputs.city?.name ?? existing.site?.cityName ?? '';
  const pairs = findLikelyDuplicates(
    [
      ...stored.map((r) => ({ name: r.name, location: r.location })),
      ...rows.map((r) => ({ name: r.p.name, location: r.own ? null : r.p.location })),
    ],
    { fromIndex: stored.length, cityWords: cityName ? [cityName, cityName.replace(/[市区町村]$/, '')] : [] },
  );
  const skipped = new Set<PlaceInput>();
  const keep = inputs.keepDuplicates === true;
  for (const pair of pairs) {
    const row = rows[pair.second - stored.length]!;
    if (skipped.has(row.p) || duplicates.some((d) => d.file === row.file && d.row === row.p.row)) continue;
    const firstRow = pair.first >= stored.length ? rows[pair.first - stored.length]! : null;
    const firstRecord = firstRow ? null : stored[pair.first]!;
    const of = firstRow
      ? { name: firstRow.p.name, file: firstRow.file, row: firstRow.p.row, resourceId: '' }
      : { name: firstRecord!.name, file: '', row: null, resourceId: firstRecord!.id };
    duplicates.push({ file: row.file, row: row.p.row, name: row.p.name, of, distanceM: pair.distanceM, reason: pair.reason, created: keep });
    const params = { name: row.p.name, other: of.name, distanceM: Math.round(pair.distanceM), ...(firstRow ? { otherRow: firstRow.p.row, otherFile: firstRow.file } : {}) };
    issues.push(
      firstRow
        ? keep
          ? importIssue('warning', row.file, row.p.row, 'name', 'likelyDuplicateKept', params)
          : importIssue('warning', row.file, row.p.row, 'name', 'likelyDuplicate', params)
        : keep
          ? importIssue('warning', row.file, row.p.row, 'name', 'likelyDuplicateOfDirectoryKept', params)
          : importIssue('warning', row.file, row.p.row, 'name', 'likelyDuplicateOfDirectory', params),
    );
    if (!keep) skipped.add(row.p);
  }
  return skipped;
}
