/**
 * State of the admin import page: the chosen files and options, the dry-run plan, and the
 * apply step. Uses the same `prepareImport` (src/lib/import) and `applyImport`
 * (src/lib/data-access) as `sasaeai import`, so the page and the CLI give the same report.
 */
import { applyImport, readImportState } from '$lib/data-access/apply-import';
import { gateway } from '$lib/data-access/browser-gateway';
import type { ResourceKind } from '$lib/domain/types';
import type { MeshSizeM } from '$lib/geo/mesh-code';
import type { ImportFile } from '$lib/import/import-issue';
import type { ImportPlan } from '$lib/import/plan-import';
import { prepareImport, type ImportRequest } from '$lib/import/prepare-import';
import { ESTAT_BOUNDARY_FIELDS } from '$lib/import/read-boundaries';
import type { PlaceColumns, PlaceFormat } from '$lib/import/read-places';

/** Place columns the admin page lets an admin map (the CLI's `--columns` keys except `category`, which only matters with a category filter the page does not offer). */
export const MAPPED_PLACE_COLUMNS = ['sourceId', 'name', 'nameKana', 'address', 'lat', 'lng', 'phone', 'weekdays', 'start', 'end', 'url', 'note'] as const;
export type MappedPlaceColumn = (typeof MAPPED_PLACE_COLUMNS)[number];

/**
 * The page's column mapping as `readPlaces` overrides: only the non-empty entries, trimmed, so
 * an empty input keeps the format's standard column (what the CLI does for keys not in `--columns`).
 */
export function placeColumnOverrides(typed: Record<MappedPlaceColumn, string>): Partial<PlaceColumns> {
  const out: Partial<PlaceColumns> = {};
  for (const key of MAPPED_PLACE_COLUMNS) {
    const v = typed[key].trim();
    if (v) out[key] = v;
  }
  return out;
}

export type ImportSlot = 'boundaries' | 'mapping' | 'places' | 'townPoints' | 'population';

/** Reads a browser File into the importer's `{ name, bytes }`. */
async function toImportFile(file: File): Promise<ImportFile> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export class ImportForm {
  files = $state.raw<Record<ImportSlot, File | null>>({ boundaries: null, mapping: null, places: null, townPoints: null, population: null });
  /** How the population table's rows are keyed: town codes (joined to the boundaries) or mesh codes. */
  populationKeyedBy = $state<'town' | 'mesh'>('town');
  /** Mesh size in metres as text ('' = from the code length). */
  meshM = $state<'' | '100' | '250' | '500' | '1000'>('');
  /** Census year as typed ('' = none). */
  populationYear = $state('');
  cityName = $state('');
  cityCode = $state('');
  fields = $state({ ...ESTAT_BOUNDARY_FIELDS });
  placesFormat = $state<PlaceFormat | ''>('');
  placesKind = $state<ResourceKind>('gathering_place');
  /** Column names of a places CSV in another layout ('' = the format's standard column). */
  placeColumns = $state(Object.fromEntries(MAPPED_PLACE_COLUMNS.map((k) => [k, ''])) as Record<MappedPlaceColumn, string>);
  attribution = $state('');
  licence = $state('');

  phase = $state<'idle' | 'planning' | 'planned' | 'applying' | 'applied'>('idle');
  plan = $state.raw<ImportPlan | null>(null);
  /** A message for the whole form (no file, server unreachable, apply refused). */
  error = $state('');
  applied = $state.raw<Record<string, number> | null>(null);

  setFile(slot: ImportSlot, file: File | null): void {
    this.files = { ...this.files, [slot]: file };
    // A changed file invalidates the report: it must be checked again before applying.
    this.plan = null;
    this.applied = null;
    this.phase = 'idle';
  }

  get hasFile(): boolean {
    return Object.values(this.files).some((f) => f !== null);
  }

  /** Errors in the report that name this slot's file (to mark the input invalid). */
  errorsFor(slot: ImportSlot): number {
    const name = this.files[slot]?.name;
    if (!name || !this.plan) return 0;
    return this.plan.report.issues.filter((i) => i.severity === 'error' && (i.file === name || i.file.startsWith(`${name}/`))).length;
  }

  async request(): Promise<ImportRequest> {
    const f = this.files;
    const source = {
      ...(this.attribution.trim() ? { attribution: this.attribution.trim() } : {}),
      ...(this.licence.trim() ? { licence: this.licence.trim() } : {}),
    };
    return {
      city: this.cityName.trim() && this.cityCode.trim() ? { name: this.cityName.trim(), code: this.cityCode.trim() } : undefined,
      boundaries: f.boundaries ? { file: await toImportFile(f.boundaries), fields: { ...this.fields }, source: f.places ? {} : source } : undefined,
      mapping: f.mapping ? { file: await toImportFile(f.mapping) } : undefined,
      places: f.places
        ? [{ file: await toImportFile(f.places), kind: this.placesKind, format: this.placesFormat || undefined, columns: placeColumnOverrides(this.placeColumns), source }]
        : undefined,
      townPoints: f.townPoints ? await toImportFile(f.townPoints) : undefined,
      population: f.population
        ? {
            file: await toImportFile(f.population),
            keyedBy: this.populationKeyedBy,
            ...(this.populationKeyedBy === 'mesh'
              ? { meshM: this.meshM ? (Number(this.meshM) as MeshSizeM) : undefined, year: this.yearValue() }
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

  /** The dry run: reads the files and plans against the server's current data. */
  async check(messages: { noFile: string; readFailed: (m: string) => string; yearInvalid: string }): Promise<void> {
    this.error = '';
    this.applied = null;
    if (!this.hasFile) {
      this.error = messages.noFile;
      return;
    }
    if (this.files.population && this.populationKeyedBy === 'mesh' && !this.yearValid) {
      this.error = messages.yearInvalid;
      return;
    }
    this.phase = 'planning';
    try {
      const [request, existing] = await Promise.all([this.request(), readImportState(gateway)]);
      this.plan = await prepareImport(request, existing);
      this.phase = 'planned';
    } catch (err) {
      this.error = messages.readFailed(err instanceof Error ? err.message : String(err));
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
      this.error = messages.failed(err instanceof Error ? err.message : String(err));
      this.phase = 'planned';
    }
  }
}
