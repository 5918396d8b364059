/**
 * Readers for the small CSV tables a coordinator writes or downloads:
 * - towns → districts (`readTownMapping`): which district each town belongs to;
 * - districts → daily-life areas (`readDistrictList`), optional;
 * - population by town code or mesh code (`readPopulationTable`, e-Stat small-area tables).
 */
import { meshCellBounds, type MeshSizeM } from '../geo/mesh-code';
import { readCsvTable } from './read-csv-table';
import type { ImportFile, ImportIssue } from './import-issue';
import type { ImportMessageCode } from './import-messages';
import { errorMessage } from '../domain/error-message';

/** Header names accepted for each role (first match wins); Japanese and English. */
const HEADERS = {
  townCode: ['town_code', 'KEY_CODE', '町丁字コード', '町丁コード', 'コード'],
  townName: ['town_name', 'town', 'S_NAME', '町丁字名', '町丁名', '町名'],
  townKana: [
    'town_kana',
    'town_name_kana',
    '大字町丁目名カナ',
    '町丁字名_カナ',
    '町名_カナ',
    'よみがな',
    'ふりがな',
  ],
  district: ['district', '地区', '地区名'],
  /** The ward or city a town name lies in: picks one of several towns of the same name. */
  area: ['ward', 'city', '区', '区名', '市区町村', '市区町村名', 'WARD_NAME', 'CITY_NAME'],
  districtCode: ['district_code', '地区コード'],
  dailyLifeArea: ['daily_life_area', '日常生活圏域', '圏域'],
};

/** A reading as stored: NFKC (half-width ｶﾅ → カナ), katakana → hiragana, trimmed. */
function toHiragana(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .trim();
}

function pick(header: string[], names: string[]): string {
  return names.find((n) => header.includes(n)) ?? '';
}

export interface TownMappingRow {
  line: number;
  /** Town code, or '' when the row names the town. */
  townCode: string;
  /** Town name; a trailing `*` matches every town whose name starts with the rest. */
  townName: string;
  district: string;
  dailyLifeArea: string;
  /** The town's reading in hiragana ('' when the file has none): residents search towns by it. */
  townKana: string;
  /** Ward or city of the named town ('' or absent when the file has no such column), e.g. 中央区. */
  area?: string;
}

export interface TownMapping {
  file: string;
  rows: TownMappingRow[];
  issues: ImportIssue[];
}

export function readTownMapping(file: ImportFile): TownMapping {
  const table = readCsvTable(file);
  const { issues } = table;
  const h = {
    code: pick(table.header, HEADERS.townCode),
    name: pick(table.header, HEADERS.townName),
    district: pick(table.header, HEADERS.district),
    dla: pick(table.header, HEADERS.dailyLifeArea),
    kana: pick(table.header, HEADERS.townKana),
    area: pick(table.header, HEADERS.area),
  };
  if (table.rows.length && !h.district)
    issues.error(1, '', 'noDistrictColumn', { names: HEADERS.district.join(', ') });
  if (table.rows.length && !h.code && !h.name)
    issues.error(1, '', 'noTownColumn', {
      names: [...HEADERS.townCode, ...HEADERS.townName].join(', '),
    });
  if (issues.hasErrors) return { file: file.name, rows: [], issues: issues.issues };
  const rows: TownMappingRow[] = [];
  for (const { line, values } of table.rows) {
    const row = {
      line,
      townCode: h.code ? values[h.code]! : '',
      townName: h.name ? values[h.name]! : '',
      district: values[h.district]!,
      dailyLifeArea: h.dla ? values[h.dla]! : '',
      townKana: h.kana ? toHiragana(values[h.kana]!) : '',
      ...(h.area && values[h.area] ? { area: values[h.area]! } : {}),
    };
    if (!row.townCode && !row.townName) issues.error(line, h.code || h.name, 'townEmpty');
    else if (!row.district) issues.error(line, h.district, 'districtEmpty');
    else rows.push(row);
  }
  return { file: file.name, rows, issues: issues.issues };
}

export interface DistrictListRow {
  line: number;
  name: string;
  code: string;
  dailyLifeArea: string;
}

export interface DistrictList {
  file: string;
  rows: DistrictListRow[];
  issues: ImportIssue[];
}

/** The districts that exist (and their daily-life areas): a mapping naming any other district is an error. */
export function readDistrictList(file: ImportFile): DistrictList {
  const table = readCsvTable(file);
  const { issues } = table;
  const h = {
    name: pick(table.header, HEADERS.district),
    code: pick(table.header, HEADERS.districtCode),
    dla: pick(table.header, HEADERS.dailyLifeArea),
  };
  if (table.rows.length && !h.name)
    issues.error(1, '', 'noDistrictColumn', { names: HEADERS.district.join(', ') });
  const rows: DistrictListRow[] = [];
  const seen = new Map<string, number>();
  if (!issues.hasErrors) {
    for (const { line, values } of table.rows) {
      const name = values[h.name]!;
      if (!name) {
        issues.error(line, h.name, 'districtNameEmpty');
        continue;
      }
      if (seen.has(name))
        issues.error(line, h.name, 'districtListedTwice', { name, firstRow: seen.get(name)! });
      seen.set(name, line);
      rows.push({
        line,
        name,
        code: h.code ? values[h.code]! : '',
        dailyLifeArea: h.dla ? values[h.dla]! : '',
      });
    }
  }
  return { file: file.name, rows, issues: issues.issues };
}

export interface PopulationRow {
  line: number;
  /** Town code (e-Stat KEY_CODE) or JIS X 0410 mesh code. */
  code: string;
  population: number | null;
  population65: number | null;
  /** Residents aged 75+; null when unknown or the table has no such column. */
  population75: number | null;
}

export interface PopulationTable {
  file: string;
  keyedBy: 'town' | 'mesh';
  /** Mesh tables only: the cell size every row's code was checked against. */
  meshM?: MeshSizeM;
  rows: PopulationRow[];
  issues: ImportIssue[];
}

/** Mesh size by code length: 8 digits = 1 km, 9 = 500 m, 10 = 100 m (or 250 m quarter mesh: say so). */
const MESH_M_BY_LENGTH: Record<number, MeshSizeM> = { 8: 1000, 9: 500, 10: 100 };
const MESH_LENGTH: Record<MeshSizeM, number> = { 1000: 8, 500: 9, 250: 10, 100: 10 };

export interface PopulationColumns {
  code: string;
  population: string;
  /** '' when the table has no 65+ column. */
  population65: string;
  /** '' when the table has no 75+ column. */
  population75: string;
}

/**
 * e-Stat tables mark suppressed cells with `-`, `*` or `X`: read as unknown (null), not 0.
 * @param keyedBy 'town' joins rows to towns by code; 'mesh' makes population cells.
 * @param meshM mesh tables: the cell size in metres. Omitted, it follows the first code's
 *   length (8 digits → 1000, 9 → 500, 10 → 100); a 250 m quarter-mesh table must say 250,
 *   as its 10-digit codes look like 100 m codes. Every code must decode at that size
 *   (`meshCellBounds`) and appear once, or its row is an error.
 */
export function readPopulationTable(
  file: ImportFile,
  keyedBy: 'town' | 'mesh',
  columns: Partial<PopulationColumns> = {},
  meshM?: MeshSizeM,
): PopulationTable {
  const table = readCsvTable(file);
  const { issues } = table;
  const c: PopulationColumns = {
    code:
      columns.code ??
      pick(
        table.header,
        keyedBy === 'mesh' ? ['mesh_code', 'KEY_CODE', 'メッシュコード'] : HEADERS.townCode,
      ),
    population:
      columns.population ??
      pick(table.header, ['population', 'JINKO', '人口', '人口総数', 'T000849001']),
    population65:
      columns.population65 ?? pick(table.header, ['population_65', '65歳以上', '65歳以上人口']),
    population75:
      columns.population75 ?? pick(table.header, ['population_75', '75歳以上', '75歳以上人口']),
  };
  for (const [role, key] of Object.entries(c)) {
    const optional = role === 'population65' || role === 'population75';
    if (table.rows.length && !optional && (!key || !table.header.includes(key))) {
      if (key)
        issues.error(1, key, 'tableColumnMissing', {
          role,
          column: key,
          columns: table.header.join(', '),
        });
      else issues.error(1, key, 'tableColumnNotFound', { role, columns: table.header.join(', ') });
    }
  }
  const rows: PopulationRow[] = [];
  if (!issues.hasErrors) {
    const count = (line: number, field: string, v: string): number | null | undefined => {
      if (v === '' || v === '-' || v === '*' || v === 'X') return null;
      const n = Number(v.replace(/,/g, ''));
      if (Number.isInteger(n) && n >= 0) return n;
      issues.error(line, field, 'notWholeNumber', { value: v });
      return undefined;
    };
    const seen = new Map<string, number>();
    for (const { line, values } of table.rows) {
      const code = values[c.code]!;
      if (!/^[0-9]+$/.test(code)) {
        // e-Stat tables carry a second header line of labels: skip non-numeric keys with a warning.
        issues.warn(line, c.code, 'notACode', { code });
        continue;
      }
      if (keyedBy === 'mesh') {
        meshM ??= MESH_M_BY_LENGTH[code.length];
        const problem = meshCodeProblem(code, meshM);
        if (problem) {
          issues.error(line, c.code, problem.code, problem.params);
          continue;
        }
        const first = seen.get(code);
        if (first !== undefined) {
          issues.error(line, c.code, 'meshListedTwice', { code, firstRow: first });
          continue;
        }
        seen.set(code, line);
      }
      const population = count(line, c.population, values[c.population]!);
      const population65 = c.population65
        ? count(line, c.population65, values[c.population65] ?? '')
        : null;
      const population75 = c.population75
        ? count(line, c.population75, values[c.population75] ?? '')
        : null;
      if (population === undefined || population65 === undefined || population75 === undefined)
        continue;
      rows.push({ line, code, population, population65, population75 });
    }
  }
  return {
    file: file.name,
    keyedBy,
    ...(keyedBy === 'mesh' && meshM ? { meshM } : {}),
    rows,
    issues: issues.issues,
  };
}

/** Why `code` is not a mesh code of `meshM` metres (a message code and its params), or null when it is one. */
function meshCodeProblem(
  code: string,
  meshM: MeshSizeM | undefined,
): { code: ImportMessageCode; params: Record<string, string | number> } | null {
  if (!meshM) return { code: 'meshCodeUnknownSize', params: { code } };
  if (code.length !== MESH_LENGTH[meshM]) {
    return {
      code: 'meshCodeDigits',
      params: { code, digits: code.length, meshM, expected: MESH_LENGTH[meshM] },
    };
  }
  try {
    const [west, south, east, north] = meshCellBounds(code, meshM);
    // Valid digits can still name a cell in the sea off China or Kamchatka: a typo, not Japan.
    if (west < 122 || east > 154 || south < 20 || north > 46)
      return { code: 'meshOutsideJapan', params: { code } };
    return null;
  } catch (err) {
    return {
      code: 'meshCodeInvalid',
      params: { code, meshM, detail: errorMessage(err).replace(/^meshCellBounds: /, '') },
    };
  }
}
