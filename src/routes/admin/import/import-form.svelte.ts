/**
 * State of the admin import page: the chosen files and options, the dry-run plan, and the
 * apply step. Uses the same `prepareImport` (src/lib/import) and `applyImport`
 * (src/lib/data-access) as `sasaeai import`, so the page and the CLI give the same report.
 */
import {
  applyImport,
  hasTowns,
  importRefusal,
  readImportState,
  type ImportRefusal,
} from '$lib/data-access/apply-import';
import { gateway } from '$lib/data-access/browser-gateway';
import type { ResourceKind } from '$lib/domain/types';
import type { MeshSizeM } from '$lib/geo/mesh-code';
import { locale } from '$lib/i18n/locale.svelte';
import type { ImportFile, ImportIssue } from '$lib/import/import-issue';
import { importMessage } from '$lib/import/import-messages';
import type { ImportPlan } from '$lib/import/plan-import';
import { prepareImport, type ImportRequest } from '$lib/import/prepare-import';
import { ESTAT_BOUNDARY_FIELDS } from '$lib/import/read-boundaries';
import { columnsFor, type PlaceFormat } from '$lib/import/columns-for';
import { readPlacesHeader } from '$lib/import/read-places';
import { loadBrowserReadings } from './load-browser-readings';
import { errorMessage } from '$lib/domain/error-message';

/** Place columns the admin page lets an admin map (the CLI's `--columns` keys except `category`, which only matters with a category filter the page does not offer). Order = the page's order. */
export const MAPPED_PLACE_COLUMNS = [
  'sourceId',
  'name',
  'nameKana',
  'address',
  'lat',
  'lng',
  'phone',
  'weekdays',
  'start',
  'end',
  'url',
  'note',
] as const;
export type MappedPlaceColumn = (typeof MAPPED_PLACE_COLUMNS)[number];

/**
 * The columns `readPlaces` would read by default in a file with this header: each field's
 * standard column for the format when the header has it, else `''` ("not used" for optional
 * fields, "not chosen" for required ones).
 */
export function defaultPlaceColumns(
  format: PlaceFormat,
  header: string[],
): Record<MappedPlaceColumn, string> {
  const standard = columnsFor(format, header, {});
  return Object.fromEntries(
    MAPPED_PLACE_COLUMNS.map((k) => [k, header.includes(standard[k]) ? standard[k] : '']),
  ) as Record<MappedPlaceColumn, string>;
}

/**
 * Fields the mapping must name: the name always; for a CSV, latitude and longitude too unless
 * places without coordinates can take their town's point (a town-points file, boundaries in
 * the same import, or towns already loaded; matched by the address).
 */
export function requiredPlaceColumns(isCsv: boolean, hasTownPoints: boolean): MappedPlaceColumn[] {
  return isCsv && !hasTownPoints ? ['name', 'lat', 'lng'] : ['name'];
}

/** A problem in the chosen mapping, before any file is read in full. */
export type ColumnProblem =
  { kind: 'missing'; key: MappedPlaceColumn } | { kind: 'latLngTogether' };

/** The first problem with a mapping (null when it can be read): a required field with no column, or only one of lat/lng. */
export function placeColumnProblem(
  columns: Record<MappedPlaceColumn, string>,
  isCsv: boolean,
  hasTownPoints: boolean,
): ColumnProblem | null {
  for (const key of requiredPlaceColumns(isCsv, hasTownPoints))
    if (!columns[key]) return { kind: 'missing', key };
  if (isCsv && !columns.lat !== !columns.lng) return { kind: 'latLngTogether' };
  return null;
}

export type ImportSlot =
  'boundaries' | 'mapping' | 'places' | 'townPoints' | 'population' | 'hsds' | 'needs';

/** Reads a browser File into the importer's `{ name, bytes }`. */
async function toImportFile(file: File): Promise<ImportFile> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export class ImportForm {
  files = $state.raw<Record<ImportSlot, File | null>>({
    boundaries: null,
    mapping: null,
    places: null,
    townPoints: null,
    population: null,
    hsds: null,
    needs: null,
  });
  /** How the population table's rows are keyed: town codes (joined to the boundaries) or mesh codes. */
  populationKeyedBy = $state<'town' | 'mesh'>('town');
  /** Mesh size in metres as text ('' = from the code length). */
  meshM = $state<'' | '100' | '250' | '500' | '1000'>('');
  /** Census year as typed ('' = none). */
  populationYear = $state('');
  cityName = $state('');
  cityCode = $state('');
  fields = $state({ ...ESTAT_BOUNDARY_FIELDS });
  #placesFormat = $state<PlaceFormat | ''>('');
  placesKind = $state<ResourceKind>('gathering_place');
  /** Create likely duplicate places too (`--keep-duplicates`); off: only the first of each. */
  keepDuplicates = $state(false);
  /** Keep only places whose name matches (the CLI's `--places-name`); '' = all. */
  placesNamePattern = $state('');
  /** The name pattern as a RegExp; undefined when empty, null when it is not a valid pattern. */
  get placesNameFilter(): RegExp | undefined | null {
    const p = this.placesNamePattern.trim();
    if (!p) return undefined;
    try {
      return new RegExp(p);
    } catch {
      return null;
    }
  }
  /** Kind given to services new to the database from an HSDS package (HSDS has no kind; a service already imported keeps its stored kind). */
  hsdsKind = $state<ResourceKind>('gathering_place');
  /** The places file's header once read (null: no file, or not read yet / unreadable). */
  placesHeader = $state.raw<string[] | null>(null);
  /** The reader's error when the header could not be read (null when it could). */
  placesHeaderIssue = $state.raw<ImportIssue | null>(null);
  /** Why the header could not be read, in the page's language; '' when it could. */
  get placesHeaderError(): string {
    return this.placesHeaderIssue ? importMessage(this.placesHeaderIssue, locale.code) : '';
  }
  /** The file column read for each field; '' = not used (optional fields) or not chosen yet (required ones). */
  placeColumns = $state(
    Object.fromEntries(MAPPED_PLACE_COLUMNS.map((k) => [k, ''])) as Record<
      MappedPlaceColumn,
      string
    >,
  );
  /** The mapping the current report was made with (for the report's column table). */
  checkedColumns = $state.raw<Record<MappedPlaceColumn, string> | null>(null);
  attribution = $state('');
  licence = $state('');

  phase = $state<'idle' | 'planning' | 'planned' | 'applying' | 'applied'>('idle');
  plan = $state.raw<ImportPlan | null>(null);
  /** A message for the whole form (no file, server unreachable, apply refused). */
  error = $state('');
  /** True when the reading dictionary could not be loaded: the plan was made without generated readings. */
  readingsUnavailable = $state(false);
  applied = $state.raw<Record<string, number> | null>(null);

  /** The chosen places format ('' = by file type); changing it re-selects the format's standard columns. */
  get placesFormat(): PlaceFormat | '' {
    return this.#placesFormat;
  }
  set placesFormat(format: PlaceFormat | '') {
    this.#placesFormat = format;
    this.#resetPlaceColumns();
  }

  /** True for a places CSV (false for GeoJSON, whose points come from the geometry). */
  get placesIsCsv(): boolean {
    const f = this.files.places;
    return !!f && !/\.(geo)?json$/i.test(f.name);
  }

  setFile(slot: ImportSlot, file: File | null): void {
    this.files = { ...this.files, [slot]: file };
    // A changed file invalidates the report: it must be checked again before applying.
    this.plan = null;
    this.applied = null;
    this.phase = 'idle';
    if (slot === 'places') void this.#readPlacesHeader(file);
  }

  /** Reads the places file's header (same decoding as the import) to offer its columns. */
  async #readPlacesHeader(file: File | null): Promise<void> {
    this.placesHeader = null;
    this.placesHeaderIssue = null;
    if (!file) return;
    const read = readPlacesHeader(await toImportFile(file));
    // Another file may have been chosen while this one was read.
    if (this.files.places !== file) return;
    const error = read.issues.find((i) => i.severity === 'error');
    if (error) this.placesHeaderIssue = error;
    else this.placesHeader = read.header;
    this.#resetPlaceColumns();
  }

  #resetPlaceColumns(): void {
    const header = this.placesHeader ?? [];
    const format = this.#placesFormat || (this.placesIsCsv ? 'standard' : 'geojson');
    this.placeColumns = defaultPlaceColumns(format, header);
  }

  /** The mapping's first problem for the current files (null when the places file can be read with it). */
  get columnProblem(): ColumnProblem | null {
    if (!this.files.places || !this.placesHeader) return null;
    return placeColumnProblem(this.placeColumns, this.placesIsCsv, this.townPointsAvailable);
  }

  /** Whether the city already has towns (set by the page from the database). */
  townsLoaded = $state(false);

  /** Whether places without coordinates can take a town's point in this import. */
  get townPointsAvailable(): boolean {
    return !!this.files.townPoints || !!this.files.boundaries || this.townsLoaded;
  }

  get hasFile(): boolean {
    return Object.values(this.files).some((f) => f !== null);
  }

  /** Errors in the report that name this slot's file (to mark the input invalid). */
  errorsFor(slot: ImportSlot): number {
    const name = this.files[slot]?.name;
    if (!name || !this.plan) return 0;
    return this.plan.report.issues.filter(
      (i) => i.severity === 'error' && (i.file === name || i.file.startsWith(`${name}/`)),
    ).length;
  }

  async request(): Promise<ImportRequest> {
    const f = this.files;
    const source = {
      ...(this.attribution.trim() ? { attribution: this.attribution.trim() } : {}),
      ...(this.licence.trim() ? { licence: this.licence.trim() } : {}),
    };
    return {
      city:
        this.cityName.trim() && this.cityCode.trim()
          ? { name: this.cityName.trim(), code: this.cityCode.trim() }
          : undefined,
      boundaries: f.boundaries
        ? {
            file: await toImportFile(f.boundaries),
            fields: { ...this.fields },
            source: f.places || f.hsds ? {} : source,
          }
        : undefined,
      mapping: f.mapping ? { file: await toImportFile(f.mapping) } : undefined,
      places: f.places
        ? [
            {
              file: await toImportFile(f.places),
              kind: this.placesKind,
              format: this.placesFormat || undefined,
              // Every field as chosen ('' = not used), once the header is known; else the format's defaults.
              columns: this.placesHeader ? { ...this.placeColumns } : {},
              nameFilter: this.placesNameFilter ?? undefined,
              source,
            },
          ]
        : undefined,
      // The same credit and licence as the places list, as `sasaeai import` gives both.
      hsds: f.hsds ? { file: await toImportFile(f.hsds), kind: this.hsdsKind, source } : undefined,
      townPoints: f.townPoints ? await toImportFile(f.townPoints) : undefined,
      needs: f.needs ? { file: await toImportFile(f.needs) } : undefined,
      keepDuplicates: this.keepDuplicates,
      population: f.population
        ? {
            file: await toImportFile(f.population),
            keyedBy: this.populationKeyedBy,
            ...(this.populationKeyedBy === 'mesh'
              ? {
                  meshM: this.meshM ? (Number(this.meshM) as MeshSizeM) : undefined,
                  year: this.yearValue(),
                }
              : {}),
          }
        : undefined,
    };
  }

  /** The census year typed, or null when empty. */
  private yearValue(): number | null {
    const y = this.populationYear.trim();
    return y ? Number(y) : null;
  }

  /** True when the year field is empty or a plausible census year. */
  get yearValid(): boolean {
    const y = this.yearValue();
    return y === null || (Number.isInteger(y) && y >= 1900 && y <= 2200);
  }

  /**
   * The server's refusal to import at all (the demo city's data directory), or null. Asked
   * when the page opens ({@link loadRefusal}) and again by each check.
   */
  refusal = $state<ImportRefusal | null>(null);

  /** Asks whether towns are loaded (then a places list may come without coordinates); false when unknown. */
  async checkTowns(): Promise<void> {
    this.townsLoaded = await hasTowns(gateway).catch(() => false);
  }

  /** Asks the server whether it takes imports; a failure to ask leaves the form usable. */
  async loadRefusal(): Promise<void> {
    this.refusal = await importRefusal(gateway).catch(() => null);
  }

  /** The dry run: reads the files and plans against the server's current data. */
  async check(messages: {
    noFile: string;
    readFailed: (m: string) => string;
    yearInvalid: string;
    column: (p: ColumnProblem) => string;
    namePatternInvalid?: (pattern: string) => string;
  }): Promise<void> {
    this.error = '';
    this.applied = null;
    if (!this.hasFile) {
      this.error = messages.noFile;
      return;
    }
    const problem = this.columnProblem;
    if (problem) {
      this.error = messages.column(problem);
      return;
    }
    if (this.files.places && this.placesNameFilter === null) {
      this.error =
        messages.namePatternInvalid?.(this.placesNamePattern.trim()) ??
        messages.readFailed(this.placesNamePattern);
      return;
    }
    if (this.files.population && this.populationKeyedBy === 'mesh' && !this.yearValid) {
      this.error = messages.yearInvalid;
      return;
    }
    this.phase = 'planning';
    try {
      this.refusal = await importRefusal(gateway);
      if (this.refusal) {
        this.phase = 'idle';
        return;
      }
      const [request, existing] = await Promise.all([this.request(), readImportState(gateway)]);
      // Readings for names without one, as the CLI makes them (dictionary loaded on first use).
      this.readingsUnavailable = false;
      const readingOf =
        request.boundaries || request.places || request.hsds
          ? await loadBrowserReadings().catch(() => {
              this.readingsUnavailable = true;
              return undefined;
            })
          : undefined;
      this.plan = await prepareImport({ ...request, readingOf }, existing);
      this.checkedColumns =
        this.files.places && this.placesHeader ? { ...this.placeColumns } : null;
      this.phase = 'planned';
    } catch (err) {
      this.error = messages.readFailed(errorMessage(err));
      this.phase = 'idle';
    }
  }

  /** Applies the checked plan in one transaction. */
  async apply(messages: { failed: (m: string) => string }): Promise<void> {
    if (!this.plan?.report.ok) return;
    this.phase = 'applying';
    this.error = '';
    try {
      const files = Object.values(this.files).flatMap((f) => (f ? [f.name] : []));
      this.applied = (await applyImport(gateway, this.plan, { files })).counts;
      this.phase = 'applied';
    } catch (err) {
      this.error = messages.failed(errorMessage(err));
      this.phase = 'planned';
    }
  }
}
