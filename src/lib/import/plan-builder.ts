/**
 * The plan as `planImport`'s sections build it: the planned operations, the issues, the
 * per-collection counts and the population sums, plus the one way an area is planned (found
 * by its source and id, or the city `sasaeai init` made; created, updated or left alone).
 */
import type {
  ImportInputs,
  ExistingState,
  PlannedOp,
  CollectionCounts,
  AreaWithSource,
  Origin,
} from './plan-import';
import { INIT_CITY_SOURCE } from './init-city-source';
import { importIssue, type ImportIssue } from './import-issue';
import { resolveReading } from './generate-reading';
import { sameRecord } from './same-record';
import { stableId } from './stable-id';

/** An area as a section wants it, before its id, reading and support centre are resolved. */
export type WantedArea = Omit<AreaWithSource, 'id' | 'supportCenterId' | 'nameKanaGenerated'>;

/**
 * The server stores an unknown 65+/75+ count or year as 0 (number fields have no null) and
 * reads 0 back as null or 0 depending on the total, so for comparison both mean "not known".
 * The total itself keeps null apart from 0 (a `population_unknown` flag).
 */
const POPULATION_KEYS = new Set(['population65', 'population75', 'populationYear']);
function sameArea(a: AreaWithSource, b: AreaWithSource): boolean {
  const norm = (x: AreaWithSource) =>
    Object.fromEntries(
      Object.entries(x).map(([k, v]) => [k, POPULATION_KEYS.has(k) ? (v ?? 0) : v]),
    );
  return sameRecord(norm(a), norm(b));
}

export class PlanBuilder {
  readonly issues: ImportIssue[];
  readonly ops: PlannedOp[] = [];
  readonly counts: Record<string, CollectionCounts> = {};
  /** People in the planned areas by kind (and `mesh` for population cells). */
  readonly population: Record<string, number> = {};
  readonly #inputs: ImportInputs;
  readonly #areaBySource: Map<string, AreaWithSource>;
  readonly #areaByKindCode: Map<string, AreaWithSource>;

  constructor(inputs: ImportInputs, existing: ExistingState) {
    this.#inputs = inputs;
    this.issues = [...(inputs.readIssues ?? [])];
    this.#areaBySource = new Map(existing.areas.map((a) => [`${a.source}\u0000${a.sourceId}`, a]));
    this.#areaByKindCode = new Map(
      existing.areas.filter((a) => a.code).map((a) => [`${a.kind}\u0000${a.code}`, a]),
    );
  }

  /** Counts one record of `collection` as created, updated or unchanged. */
  count(collection: string, k: keyof CollectionCounts): void {
    this.counts[collection] ??= { create: 0, update: 0, unchanged: 0 };
    this.counts[collection][k]++;
  }

  /** Plans `record` of `collection` as created or updated with the given id, and counts it. */
  add<C extends PlannedOp['collection']>(
    collection: C,
    action: 'create' | 'update',
    id: string,
    record: Extract<PlannedOp, { collection: C }>['record'],
    origin: Origin,
  ): void {
    this.ops.push({ collection, action, id, record, origin } as PlannedOp);
    this.count(collection, action);
  }

  /** The city row `sasaeai init` made, taken over by the first import that names the same city code. */
  #cityMadeByInit(wanted: WantedArea): AreaWithSource | undefined {
    if (wanted.kind !== 'city' || !wanted.code) return undefined;
    const city = this.#areaByKindCode.get(`city\u0000${wanted.code}`);
    return city?.source === INIT_CITY_SOURCE ? city : undefined;
  }

  /** Plans one area; returns its id. A code another area of the kind holds is an error. */
  planArea(wanted: WantedArea, origin: Origin): string {
    const found =
      this.#areaBySource.get(`${wanted.source}\u0000${wanted.sourceId}`) ??
      this.#cityMadeByInit(wanted);
    const id = found?.id ?? stableId(`areas|${wanted.source}|${wanted.sourceId}`);
    // Mirror how the server stores an unknown count (0) and reads it back (records.ts toArea),
    // so that a re-import compares equal: with people (or an unknown total) a 0 count reads
    // back as unknown; with a known total of 0 it stays 0.
    const population = wanted.population;
    const byTotal = (n: number | null): number | null =>
      population === null || population > 0 ? (n !== null && n > 0 ? n : null) : (n ?? 0);
    const record: AreaWithSource = {
      ...wanted,
      ...resolveReading(wanted.nameKana, wanted.name, found, this.#inputs.readingOf),
      population,
      population65: byTotal(wanted.population65),
      population75: byTotal(wanted.population75),
      id,
      supportCenterId: found?.supportCenterId ?? '',
    };
    const clash = wanted.code
      ? this.#areaByKindCode.get(`${wanted.kind}\u0000${wanted.code}`)
      : undefined;
    if (clash && clash.id !== id) {
      const params = { areaKind: wanted.kind, code: wanted.code, existing: clash.name };
      this.issues.push(
        clash.source
          ? importIssue('error', origin.file, origin.row, 'code', 'codeClash', {
              ...params,
              source: clash.source,
            })
          : importIssue('error', origin.file, origin.row, 'code', 'codeClashNoSource', params),
      );
    }
    if (!found) {
      this.ops.push({ collection: 'areas', action: 'create', id, record, origin });
      this.count('areas', 'create');
    } else if (!sameArea(found, record)) {
      this.ops.push({ collection: 'areas', action: 'update', id, record, origin });
      this.count('areas', 'update');
    } else this.count('areas', 'unchanged');
    return id;
  }
}
