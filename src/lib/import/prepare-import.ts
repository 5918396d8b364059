/**
 * Reads every file of an import request and plans it: the one entry point shared by the CLI
 * (`sasaeai import`) and the admin page, so both give the same report for the same files.
 */
import type { ResourceKind } from '../domain/types';
import type { MeshSizeM } from '../geo/mesh-code';
import { importIssue, type ImportFile, type ImportIssue } from './import-issue';
import { readBoundaries, type BoundaryFields } from './read-boundaries';
import {
  readDistrictList,
  readPopulationTable,
  readTownMapping,
  type PopulationColumns,
} from './read-area-tables';
import { readGeoJson } from './read-geojson';
import { readHsdsFile } from './read-hsds-file';
import { readNeeds } from './read-needs';
import { readPlaces } from './read-places';
import type { PlaceColumns, PlaceFormat } from './columns-for';
import { tokyoIsoDate } from '../domain/iso-date';
import { stableId } from './stable-id';
import type { ReadingGenerator } from './generate-reading';
import { withPlannedRecordChecks } from './check-planned-records';
import { KAYOINOBA_SOURCE_PREFIX } from '../export/to-kayoinoba-csv';
import {
  planImport,
  type ExistingState,
  type ImportInputs,
  type ImportPlan,
  type SourceInfo,
} from './plan-import';

export interface ImportRequest {
  city?: { name: string; code: string; nameKana?: string; nameEn?: string };
  boundaries?: { file: ImportFile; fields?: Partial<BoundaryFields>; source?: Partial<SourceInfo> };
  mapping?: { file: ImportFile; districtList?: ImportFile; source?: Partial<SourceInfo> };
  /**
   * A population table. `town`: joined to the boundaries by town code (needs `boundaries`).
   * `mesh`: one `population_cells` record per mesh code, identified by (meshM, code, source key);
   * `meshM` is needed for 250 m quarter-mesh tables (else taken from the code length), `year`
   * is the census year stored on each cell.
   */
  population?: {
    file: ImportFile;
    keyedBy: 'town' | 'mesh';
    columns?: Partial<PopulationColumns>;
    meshM?: MeshSizeM;
    year?: number | null;
    source?: Partial<SourceInfo>;
  };
  places?: Array<{
    file: ImportFile;
    kind: ResourceKind;
    format?: PlaceFormat;
    columns?: Partial<PlaceColumns>;
    categories?: string[];
    nameFilter?: RegExp;
    source?: Partial<SourceInfo>;
  }>;
  /**
   * An Open Referral HSDS 3.1 package (JSON, as `sasaeai export --format hsds` writes): its
   * organizations become organizations and its services resources of `kind` (new ones only;
   * an update keeps the stored kind), with every field HSDS holds (see `readHsds`). A service's
   * district is its first service area that names one of the loaded districts (by code, then
   * name), else the district of its point; a service with neither is skipped with a warning.
   * Identity is (source key, HSDS id), so re-importing the same package changes nothing.
   */
  hsds?: { file: ImportFile; kind?: ResourceKind; source?: Partial<SourceInfo> };
  /**
   * A needs survey CSV (issue #19; see `read-needs.ts`): counts by district and service type,
   * matched to stored needs by district, type, source and date. `today` (ISO, in Japan) bounds
   * the survey dates; default: today.
   */
  needs?: { file: ImportFile; today?: string };
  /** GeoJSON points with a `town` (or `name`) property, e.g. Geolonia's 町字 points. */
  townPoints?: ImportFile;
  /** Create likely duplicate places too (default: only the first of each is created). */
  keepDuplicates?: boolean;
  /**
   * Generates readings for towns, districts and places whose files give none (stored flagged as
   * generated). The CLI passes kuromoji's (`src/cli/load-reading-generator.ts`), the admin page
   * its browser build; omitted, such names stay without a reading.
   */
  readingOf?: ReadingGenerator;
}

/** Credits for the official sources the README guide names. */
export const KNOWN_SOURCES = {
  estatBoundaries: {
    title: 'e-Stat 国勢調査 小地域（町丁・字等）境界データ',
    licence: '政府標準利用規約（第2.0版）、CC BY 4.0 互換',
    attribution: '出典：政府統計の総合窓口(e-Stat) 国勢調査 町丁・字等別境界データ を加工して作成',
    url: 'https://www.e-stat.go.jp/gis',
  },
  gsiShelters: {
    title: '国土地理院 指定緊急避難場所・指定避難所データ',
    licence: '国土地理院コンテンツ利用規約（CC BY 4.0 互換）',
    attribution: '国土地理院 指定緊急避難場所・指定避難所データ',
    url: 'https://hinanmap.gsi.go.jp/',
  },
  estatMesh: {
    title: 'e-Stat 国勢調査 地域メッシュ統計',
    licence: '政府標準利用規約（第2.0版）、CC BY 4.0 互換',
    attribution: '出典：政府統計の総合窓口(e-Stat) 国勢調査 地域メッシュ統計 を加工して作成',
    url: 'https://www.e-stat.go.jp/gis',
  },
  kayoinoba: {
    title: '通いの場一覧（自治体標準オープンデータセット「介護サービス事業所一覧」の項目）',
    licence: 'CC BY 4.0（各自治体の利用規約による）',
    attribution: '',
    url: '',
  },
  standardOpenData: {
    title: '自治体標準オープンデータセット',
    licence: 'CC BY 4.0（各自治体の利用規約による）',
    attribution: '',
    url: '',
  },
} as const;

/** A source key from a file name: `chome_2015.geojson` → `chome_2015`. */
export function sourceKeyOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[a-z0-9]+$/i, '').slice(0, 200) || 'import';
}

function sourceFor(
  file: ImportFile,
  given: Partial<SourceInfo> | undefined,
  known: Omit<SourceInfo, 'key' | 'fileName'>,
): SourceInfo {
  return {
    key: given?.key || sourceKeyOf(file.name),
    fileName: file.name,
    title: given?.title ?? known.title,
    licence: given?.licence ?? known.licence,
    attribution: given?.attribution ?? known.attribution,
    url: given?.url ?? known.url,
  };
}

/** Reads all files and plans against `existing`. Never throws for bad files: they become report errors. */
export async function prepareImport(
  request: ImportRequest,
  existing: ExistingState,
): Promise<ImportPlan> {
  const readIssues: ImportIssue[] = [];
  const inputs: ImportInputs = {
    city: request.city,
    readIssues,
    keepDuplicates: request.keepDuplicates,
    readingOf: request.readingOf,
  };
  if (request.boundaries) {
    const b = await readBoundaries(request.boundaries.file, request.boundaries.fields);
    readIssues.push(...b.issues);
    inputs.boundaries = {
      source: sourceFor(
        request.boundaries.file,
        request.boundaries.source,
        KNOWN_SOURCES.estatBoundaries,
      ),
      towns: b.towns,
    };
  }
  if (request.mapping) {
    const towns = readTownMapping(request.mapping.file);
    readIssues.push(...towns.issues);
    const districts = request.mapping.districtList
      ? readDistrictList(request.mapping.districtList)
      : undefined;
    if (districts) readIssues.push(...districts.issues);
    inputs.mapping = {
      source: sourceFor(request.mapping.file, request.mapping.source, {
        title: '地区の構成（町丁・字 → 地区）',
        licence: '',
        attribution: '',
        url: '',
      }),
      towns,
      districts,
    };
  }
  if (request.population) {
    const { file, keyedBy, columns, meshM, year, source } = request.population;
    const p = readPopulationTable(file, keyedBy, columns, meshM);
    readIssues.push(...p.issues);
    inputs.population =
      keyedBy === 'mesh'
        ? { ...p, source: sourceFor(file, source, KNOWN_SOURCES.estatMesh), year: year ?? null }
        : p;
    if (keyedBy === 'town' && !request.boundaries) {
      readIssues.push(importIssue('error', file.name, null, '', 'populationNeedsBoundaries'));
    }
  }
  if (request.townPoints) {
    const gj = readGeoJson(request.townPoints);
    readIssues.push(...gj.issues.issues);
    inputs.townPoints = gj.features.flatMap((f) => {
      const name = String(f.properties?.town ?? f.properties?.name ?? '');
      const g = f.geometry;
      return name && g?.type === 'Point'
        ? [{ name, point: [g.coordinates[0]!, g.coordinates[1]!] as [number, number] }]
        : [];
    });
  }
  inputs.places = (request.places ?? []).map((p) => {
    const result = readPlaces(p.file, {
      format: p.format,
      columns: p.columns,
      categories: p.categories,
      nameFilter: p.nameFilter,
    });
    readIssues.push(...result.issues);
    const known =
      p.format === 'gsi'
        ? KNOWN_SOURCES.gsiShelters
        : p.format === 'kayoinoba'
          ? KNOWN_SOURCES.kayoinoba
          : KNOWN_SOURCES.standardOpenData;
    // A kayoinoba source key starts with `kayoinoba-`, so an export writes its rows' NO back as they came.
    const given =
      p.format === 'kayoinoba' && !p.source?.key
        ? { ...p.source, key: `${KAYOINOBA_SOURCE_PREFIX}${sourceKeyOf(p.file.name)}` }
        : p.source;
    return { source: sourceFor(p.file, given, known), result, kind: p.kind };
  });
  if (request.hsds) {
    const { file, kind, source } = request.hsds;
    const info = sourceFor(file, source, {
      title: 'Open Referral HSDS 3.1',
      licence: '',
      attribution: '',
      url: '',
    });
    // Service areas resolve to the districts already loaded (by code, then by name), and to
    // those this same import creates from its towns → districts mapping: their ids are the
    // ones planImport will give them (derived from the mapping's source and the name).
    const districts: Array<{ id: string; code: string; name: string }> = existing.areas.filter(
      (a) => a.kind === 'district',
    );
    if (inputs.mapping) {
      const known = new Set(districts.map((d) => d.name));
      const planned = new Map<string, string>();
      for (const d of inputs.mapping.districts?.rows ?? []) planned.set(d.name, d.code);
      for (const row of inputs.mapping.towns.rows)
        if (!planned.has(row.district)) planned.set(row.district, '');
      const key = inputs.mapping.source.key;
      for (const [name, code] of planned) {
        if (!known.has(name))
          districts.push({ id: stableId(`areas|${key}|district:${name}`), code, name });
      }
    }
    const read = readHsdsFile(file, { kind, areas: districts, sourceKey: info.key });
    readIssues.push(...read.issues);
    inputs.hsds = {
      source: info,
      file: file.name,
      kind: kind ?? 'gathering_place',
      organizations: read.organizations,
      resources: read.resources,
      rowOf: read.rowOf,
      organizationRowOf: read.organizationRowOf,
    };
  }
  if (request.needs) {
    const today = request.needs.today ?? tokyoIsoDate(new Date());
    const read = readNeeds(request.needs.file, { today });
    readIssues.push(...read.issues);
    inputs.needs = read;
  }
  if (request.boundaries && !request.mapping) {
    readIssues.push(
      importIssue('warning', request.boundaries.file.name, null, '', 'noTownMapping'),
    );
  }
  // Nothing is stored unchecked: every planned record passes the app's one validator.
  return withPlannedRecordChecks(planImport(inputs, existing));
}
