/**
 * `sasaeai import [files and mappings] [--apply] [--json]`
 *
 * Reads official open-data files, compares them with what the server holds and prints the
 * report (a dry run). With --apply, and only if the report has no errors, writes everything
 * in one transaction: a broken file leaves the database exactly as it was, and re-importing
 * the same files changes nothing.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { applyImport, importRefusal, readImportState } from '../../lib/data-access/apply-import';
import { Gateway, GatewayError } from '../../lib/data-access/gateway';
import { RESOURCE_KINDS, type ResourceKind } from '../../lib/domain/types';
import type { MeshSizeM } from '../../lib/geo/mesh-code';
import type { ImportFile } from '../../lib/import/import-issue';
import { fillImportTemplate, type ImportLang } from '../../lib/import/import-messages';
import { prepareImport, type ImportRequest } from '../../lib/import/prepare-import';
import type { PlaceFormat } from '../../lib/import/columns-for';
import { defineCommand, UsageError, type Command, type FlagValues } from '../command';
import { loadReadingGenerator } from '../load-reading-generator';
import { importReportEn, importReportJa } from '../import-report-messages';
import { reportLines } from '../import-report-lines';
import { describeFailure, ImportCliError, signIn } from '../import-sign-in';
import { credentialsFromFlags, SERVER_FLAGS, serverUrl } from '../sign-in';
import { errorMessage } from '../../lib/domain/error-message';

const HELP = `Usage: sasaeai import [options]

Loads a city from official open data. Without --apply it only prints the report.

Server (or SASAEAI_URL, SASAEAI_EMAIL, SASAEAI_PASSWORD):
  --url URL              PocketBase origin (default http://127.0.0.1:8090)
  --email E --password P an admin user, or a superuser with --superuser

City and areas:
  --city-name NAME --city-code CODE   the city (needed for the first import), e.g. 高崎市 10202
  --towns FILE           town boundaries: GeoJSON, or e-Stat Shapefile .zip
  --town-fields MAP      e.g. code=KEY_CODE,name=S_NAME,population=JINKO,population65=
  --districts FILE       CSV: town_name (or town_code), district[, daily_life_area, ward]
                         (a town name ending in * matches every town starting with it; a name
                         that several towns share needs town_code or a ward/city column)
  --district-list FILE   CSV of the districts that exist (district[, district_code, daily_life_area])
  --population FILE      CSV joined to towns by code (e-Stat small-area table)
  --population-columns MAP  e.g. code=KEY_CODE,population=T000849001,population65=...
  --population-mesh FILE CSV by mesh code (e-Stat 地域メッシュ統計) → population cells
                         (columns as --population-columns; code column mesh_code/KEY_CODE/メッシュコード)
  --mesh-m N             cell size of the mesh table: 1000 | 500 | 250 | 100 (default by code
                         length: 8 digits 1000, 9 500, 10 100; a 250 m quarter-mesh table needs 250)
  --population-year YYYY census year stored on each cell

Places:
  --places FILE          CSV (自治体標準オープンデータセット or GSI shelter list) or GeoJSON points
  --places-format F      standard | gsi | kayoinoba | geojson | custom (default: by file type);
                         kayoinoba: a 通いの場 list as \`sasaeai export --format kayoinoba\` writes it
  --places-kind K        ${RESOURCE_KINDS.join(' | ')} (default gathering_place)
  --places-category LIST keep rows whose category column is one of these (comma-separated)
  --places-name REGEX    keep rows whose name matches
  --columns MAP          column mapping, e.g. name=施設名,lat=Y,lng=X,sourceId=番号; an empty value
                         switches an optional column off, e.g. phone= (name cannot be; lat=,lng= together)
  --town-points FILE     GeoJSON town points for places without coordinates (flagged approximate)
  --keep-duplicates      also create places that look like a second listing of an earlier row or
                         of a place already in the directory (same name within 100 m, or a
                         near-identical name within 30 m); by default only the first is created
                         and the others are listed
  --hsds FILE            an Open Referral HSDS 3.1 package (JSON, e.g. from \`sasaeai export --format hsds\`):
                         creates/updates its organizations and services with everything HSDS holds
                         (new services get --places-kind); district from the service area, else the
                         point; services with neither are skipped; re-importing changes nothing

Needs (issue #19; counts by district and service type, no personal data):
  --needs FILE           needs-survey CSV: 地区 (name or code), サービス種別 (code, name or reading),
                         件数 (empty = not counted), 単位 (世帯 | 人), 出典 (アンケート | 民生委員 |
                         地域包括支援センター | 住民の相談 | ケアマネジャー | 協議体), 調査日 (YYYY-MM-DD
                         or YYYY/M/D), メモ (no names, phone numbers or e-mail addresses); a need
                         with the same district, type, source and date is updated, not repeated

Source and licence (for each file's layer; defaults for e-Stat and GSI are built in):
  --licence TEXT --attribution TEXT --source-key KEY

  --no-readings          do not generate kana readings for names without one (by default they are
                         generated offline with kuromoji + IPADIC and stored flagged 「自動生成」)

  --apply                write (all or nothing)
  --json                 print the report as one JSON object (each issue: the English message,
                         plus its message code and params)
  --lang ja|en           language of the printed report (default en); e.g. --lang ja prints
                         エラー places.csv、3 行目、項目「緯度」：緯度「北緯36度」が数字ではありません。`;

function file(path: string): ImportFile {
  try {
    return { name: basename(path), bytes: new Uint8Array(readFileSync(resolve(path))) };
  } catch (err) {
    throw new UsageError(`cannot read ${path}: ${errorMessage(err)}`);
  }
}

/** `a=b,c=d` → { a: 'b', c: 'd' } (an empty value is kept: `population65=` means "none"). */
export function parseMap(text: string | undefined, flag: string): Record<string, string> {
  if (!text) return {};
  const out: Record<string, string> = {};
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new UsageError(`${flag}: expected key=value pairs, got "${part}"`);
    out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

/** The flags of `sasaeai import` (see HELP). */
const IMPORT_FLAGS = {
  ...SERVER_FLAGS,
  'city-name': { type: 'string' },
  'city-code': { type: 'string' },
  towns: { type: 'string' },
  'town-fields': { type: 'string' },
  districts: { type: 'string' },
  'district-list': { type: 'string' },
  population: { type: 'string' },
  'population-columns': { type: 'string' },
  'population-mesh': { type: 'string' },
  'mesh-m': { type: 'string' },
  'population-year': { type: 'string' },
  places: { type: 'string' },
  'places-format': { type: 'string' },
  'places-kind': { type: 'string' },
  'places-category': { type: 'string' },
  'places-name': { type: 'string' },
  columns: { type: 'string' },
  'town-points': { type: 'string' },
  'keep-duplicates': { type: 'boolean' },
  'no-readings': { type: 'boolean' },
  hsds: { type: 'string' },
  needs: { type: 'string' },
  licence: { type: 'string' },
  attribution: { type: 'string' },
  'source-key': { type: 'string' },
  apply: { type: 'boolean' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
} as const;

// The import itself; importCommand adds the JSON error object around it.
const importRun = defineCommand({
  name: 'import',
  summary: 'load a city from official open data (dry-run report; --apply writes)',
  help: HELP,
  flags: IMPORT_FLAGS,
  run: runImport,
});

export const importCommand: Command = {
  name: importRun.name,
  summary: importRun.summary,
  async run(argv) {
    try {
      return await importRun.run(argv);
    } catch (err) {
      // --json is a contract on every path: one JSON object on stdout, even for a bad flag.
      if (argv.includes('--json')) {
        const code =
          err instanceof ImportCliError ? err.code : err instanceof UsageError ? 'usage' : 'failed';
        console.log(JSON.stringify({ ok: false, error: { code, message: errorMessage(err) } }));
      }
      throw err;
    }
  },
};

async function runImport(flags: FlagValues<typeof IMPORT_FLAGS>): Promise<number> {
  const lang = (flags.lang ?? 'en') as ImportLang;
  if (lang !== 'ja' && lang !== 'en') throw new UsageError('--lang must be ja or en');
  if (!flags.towns && !flags.places && !flags.hsds && !flags['population-mesh'] && !flags.needs) {
    throw new UsageError(
      'nothing to import: give --towns, --places, --hsds, --population-mesh and/or --needs (see --help)',
    );
  }
  if (flags.population && flags['population-mesh'])
    throw new UsageError('give --population (by town code) or --population-mesh, not both');
  const meshM = flags['mesh-m'] === undefined ? undefined : Number(flags['mesh-m']);
  if (meshM !== undefined && ![100, 250, 500, 1000].includes(meshM))
    throw new UsageError('--mesh-m must be 100, 250, 500 or 1000');
  const year =
    flags['population-year'] === undefined ? undefined : Number(flags['population-year']);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2200))
    throw new UsageError('--population-year must be a year such as 2020');
  const kind = (flags['places-kind'] ?? 'gathering_place') as ResourceKind;
  if (!RESOURCE_KINDS.includes(kind))
    throw new UsageError(`--places-kind must be one of ${RESOURCE_KINDS.join(', ')}`);
  const format = flags['places-format'] as PlaceFormat | undefined;
  if (format && !['standard', 'gsi', 'kayoinoba', 'geojson', 'custom'].includes(format))
    throw new UsageError('--places-format must be standard, gsi, kayoinoba, geojson or custom');
  if ((flags['city-name'] === undefined) !== (flags['city-code'] === undefined))
    throw new UsageError('give both --city-name and --city-code');
  const source = {
    ...(flags['source-key'] ? { key: flags['source-key'] } : {}),
    ...(flags.licence !== undefined ? { licence: flags.licence } : {}),
    ...(flags.attribution !== undefined ? { attribution: flags.attribution } : {}),
  };
  let nameFilter: RegExp | undefined;
  try {
    nameFilter = flags['places-name'] ? new RegExp(flags['places-name']) : undefined;
  } catch {
    throw new UsageError(`--places-name is not a valid regular expression`);
  }

  const url = serverUrl(flags);
  const gateway = new Gateway(url);
  const { email, password } = credentialsFromFlags(flags, 'an admin');
  await signIn(gateway, url, email, password, flags.superuser === true);
  // A demo data directory refuses imports (issue #11): say so, with how to start a real city,
  // before reading any file.
  const refusal = await importRefusal(gateway).catch(async (err: unknown) => {
    throw await describeFailure(err, url);
  });
  if (refusal) throw new Error(lang === 'ja' ? refusal.messageJa : refusal.message);

  const request: ImportRequest = {
    city: flags['city-name'] ? { name: flags['city-name'], code: flags['city-code']! } : undefined,
    boundaries: flags.towns
      ? {
          file: file(flags.towns),
          fields: parseMap(flags['town-fields'], '--town-fields'),
          source: flags.places ? {} : source,
        }
      : undefined,
    mapping: flags.districts
      ? {
          file: file(flags.districts),
          districtList: flags['district-list'] ? file(flags['district-list']) : undefined,
        }
      : undefined,
    population: flags.population
      ? {
          file: file(flags.population),
          keyedBy: 'town',
          columns: parseMap(flags['population-columns'], '--population-columns'),
        }
      : flags['population-mesh']
        ? {
            file: file(flags['population-mesh']),
            keyedBy: 'mesh',
            columns: parseMap(flags['population-columns'], '--population-columns'),
            meshM: meshM as MeshSizeM | undefined,
            year,
            source: flags.towns || flags.places || flags.hsds ? {} : source,
          }
        : undefined,
    places: flags.places
      ? [
          {
            file: file(flags.places),
            kind,
            format,
            columns: parseMap(flags.columns, '--columns'),
            categories: flags['places-category']?.split(',').map((s) => s.trim()),
            nameFilter,
            source,
          },
        ]
      : undefined,
    townPoints: flags['town-points'] ? file(flags['town-points']) : undefined,
    hsds: flags.hsds ? { file: file(flags.hsds), kind, source } : undefined,
    needs: flags.needs ? { file: file(flags.needs) } : undefined,
    keepDuplicates: flags['keep-duplicates'] === true,
    // Readings for names without one (towns, districts, places): kuromoji + IPADIC from the
    // installed package, offline. Loaded only when there are names to read.
    readingOf:
      flags['no-readings'] || !(flags.towns || flags.places || flags.hsds)
        ? undefined
        : await loadReadingGenerator(),
  };

  const started = performance.now();
  const existing = await readImportState(gateway).catch(async (err: unknown) => {
    throw await describeFailure(err, url);
  });
  const plan = await prepareImport(request, existing);
  const planMs = Math.round(performance.now() - started);
  let applied: Record<string, number> | null = null;
  let applyMs = 0;
  if (flags.apply && plan.report.ok) {
    const t = performance.now();
    const files = [
      flags.towns,
      flags.districts,
      flags.population,
      flags['population-mesh'],
      flags.places,
      flags.hsds,
      flags.needs,
    ]
      .filter((x): x is string => !!x)
      .map((p) => basename(p));
    applied = (
      await applyImport(gateway, plan, { files }).catch(async (err: unknown) => {
        // A rejected op already names its file and row; a server that stopped answering names the URL.
        throw err instanceof GatewayError && err.status === 0
          ? await describeFailure(err, url)
          : err;
      })
    ).counts;
    applyMs = Math.round(performance.now() - t);
  }
  if (flags.json) console.log(JSON.stringify({ ...plan.report, applied, planMs, applyMs }));
  else {
    for (const line of reportLines(plan.report, lang)) console.log(line);
    const t = lang === 'ja' ? importReportJa : importReportEn;
    if (!plan.report.ok) console.log(t.hasErrors);
    else if (applied) console.log(fillImportTemplate(t.applied, { ms: applyMs }, lang));
    else console.log(t.dryRun);
  }
  return plan.report.ok ? 0 : 1;
}
