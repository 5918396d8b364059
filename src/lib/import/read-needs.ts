/**
 * Reads a needs-survey CSV (issue #19): counts of households or people who need a service
 * type in a district, by source and survey date. UTF-8 or Shift_JIS (the one decoder).
 *
 * Columns (Japanese headers, English aliases): 地区 (district name or code), サービス種別 (type
 * code, name or reading), 件数 (empty = not counted), 単位 (世帯 / 人), 出典 (アンケート, 民生委員,
 * 地域包括支援センター, 住民の相談, ケアマネジャー, 協議体), 調査日 (YYYY-MM-DD or YYYY/M/D), メモ.
 *
 * This reader checks what needs no stored data: count, unit, source, date (not after `today`),
 * and the note (no phone number or e-mail address: `findPersonalData`; at most 500 characters).
 * The district and the type are resolved against the database by `plan-needs.ts`. Every bad
 * value is an error naming the row and the column; a row with one is kept with `bad: true`,
 * so the planner still names its other problems but plans nothing for it.
 */
import { findPersonalData } from '../domain/find-personal-data';
import { isoDate } from '../domain/iso-date';
import type { Need, NeedSource } from '../domain/types';
import type { ImportFile, ImportIssue } from './import-issue';
import { readCsvTable } from './read-csv-table';

/** One row as read: district and type still as written, the rest parsed. */
export interface NeedRowInput {
  /** Line number in the file (header = 1). */
  row: number;
  district: string;
  serviceType: string;
  count: number | null;
  countUnit: Need['countUnit'];
  source: NeedSource | '';
  /** ISO date, '' when missing or not a date. */
  observedOn: string;
  note: string;
  /** True when the reader found an error in this row (nothing is planned for it). */
  bad: boolean;
}

export interface NeedsFileResult {
  file: string;
  rows: NeedRowInput[];
  /** The column names the file uses (for messages naming the field). */
  columns: Record<NeedColumn, string>;
  issues: ImportIssue[];
}

type NeedColumn = 'district' | 'serviceType' | 'count' | 'unit' | 'source' | 'date' | 'note';

/** Accepted headers per column, Japanese first. */
const HEADERS: Record<NeedColumn, string[]> = {
  district: ['地区', '地区名', '地区コード', 'district', 'district_code'],
  serviceType: ['サービス種別', '種別', 'service_type', 'type'],
  count: ['件数', '数', 'count'],
  unit: ['単位', 'unit', 'count_unit'],
  source: ['出典', 'source'],
  date: ['調査日', '日付', 'observed_on', 'date'],
  note: ['メモ', '備考', 'note'],
};

const REQUIRED: Array<[NeedColumn, string]> = [
  ['district', 'district'],
  ['serviceType', 'service type'],
  ['source', 'source'],
  ['date', 'survey date'],
];

/** Words a survey sheet uses for each source (the first is the one messages show). */
export const NEED_SOURCE_WORDS: Record<NeedSource, string[]> = {
  survey: ['アンケート', 'アンケート調査', 'survey'],
  minsei: ['民生委員', 'minsei'],
  support_center: ['地域包括支援センター', '包括', 'support_center'],
  resident: ['住民の相談', '住民', 'resident'],
  care_manager: ['ケアマネジャー', 'ケアマネージャー', 'ケアマネ', 'care_manager'],
  council: ['協議体', 'council'],
};

const UNIT_WORDS: Record<string, 'households' | 'people'> = {
  世帯: 'households',
  households: 'households',
  household: 'households',
  人: 'people',
  名: 'people',
  people: 'people',
};

/** A needs file is a survey summary, never a list of people: a city has tens of districts × types. */
const MAX_ROWS = 20_000;
const NOTE_MAX = 500;

/** `2026-04-01`, `2026/4/1` → ISO; '' when not a real date. */
function parseDate(text: string): string {
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text.normalize('NFKC'));
  if (!m) return '';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const iso = isoDate(y, mo, d);
  // Date.UTC lets 2026-02-30 overflow into March: a date that does not round-trip is not one.
  return iso === `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` ? iso : '';
}

/**
 * Reads `file` as a needs survey.
 * @param opts.today ISO date in Japan: a later survey date is an error
 * @returns every data row (bad ones flagged) and the issues; no rows when a required column is missing
 */
export function readNeeds(file: ImportFile, opts: { today: string }): NeedsFileResult {
  const table = readCsvTable(file, 'auto', { maxRows: MAX_ROWS });
  const issues = table.issues;
  const columns = Object.fromEntries(
    (Object.keys(HEADERS) as NeedColumn[]).map((c) => [
      c,
      HEADERS[c].find((n) => table.header.includes(n)) ?? '',
    ]),
  ) as Record<NeedColumn, string>;
  if (table.rows.length) {
    for (const [col, role] of REQUIRED) {
      if (!columns[col])
        issues.error(1, '', 'needsColumnMissing', {
          needColumn: role,
          names: HEADERS[col].join(', '),
          columns: table.header.join(', '),
        });
    }
  }
  if (issues.hasErrors) return { file: file.name, rows: [], columns, issues: issues.issues };
  const sourceOf = new Map<string, NeedSource>();
  for (const [source, words] of Object.entries(NEED_SOURCE_WORDS))
    for (const w of words) sourceOf.set(w, source as NeedSource);
  const allowedSources = Object.values(NEED_SOURCE_WORDS)
    .map((w) => w[0])
    .join('、');

  const rows: NeedRowInput[] = table.rows.map(({ line, values }) => {
    const get = (c: NeedColumn) => (columns[c] ? (values[columns[c]] ?? '') : '');
    const before = issues.issues.length;

    const countText = get('count').normalize('NFKC').replace(/,/g, '');
    let count: number | null = null;
    if (countText !== '') {
      const n = Number(countText);
      if (/^\d+$/.test(countText) && Number.isSafeInteger(n)) count = n;
      else issues.error(line, columns.count, 'needCountInvalid', { value: get('count') });
    }
    const unitText = get('unit').normalize('NFKC').toLowerCase();
    let countUnit: NeedRowInput['countUnit'] = '';
    if (unitText !== '') {
      const unit = UNIT_WORDS[unitText];
      if (!unit) issues.error(line, columns.unit, 'needUnitUnknown', { value: get('unit') });
      else if (countText === '')
        issues.error(line, columns.unit, 'needUnitWithoutCount', { value: get('unit') });
      else countUnit = unit;
    } else if (count !== null)
      issues.error(line, columns.unit, 'needCountWithoutUnit', { value: count });

    const sourceText = get('source');
    const source = sourceOf.get(sourceText.normalize('NFKC').trim()) ?? '';
    if (!sourceText)
      issues.error(line, columns.source, 'needSourceEmpty', { allowed: allowedSources });
    else if (!source)
      issues.error(line, columns.source, 'needSourceUnknown', {
        value: sourceText,
        allowed: allowedSources,
      });

    const dateText = get('date');
    let observedOn = dateText ? parseDate(dateText) : '';
    if (!dateText) issues.error(line, columns.date, 'needDateEmpty');
    else if (!observedOn) issues.error(line, columns.date, 'needDateInvalid', { value: dateText });
    else if (observedOn > opts.today) {
      issues.error(line, columns.date, 'needDateFuture', { value: observedOn, today: opts.today });
      observedOn = '';
    }

    const note = get('note');
    const hit = findPersonalData(note)[0];
    if (hit)
      issues.error(line, columns.note, 'needNotePersonal', {
        personalData: hit.kind === 'phone' ? 'a phone number' : 'an e-mail address',
      });
    if (note.length > NOTE_MAX)
      issues.error(line, columns.note, 'needNoteTooLong', { length: note.length, max: NOTE_MAX });

    return {
      row: line,
      district: get('district'),
      serviceType: get('serviceType'),
      count,
      countUnit: count === null ? '' : countUnit,
      source,
      observedOn,
      note,
      bad: issues.issues.length > before,
    };
  });
  return { file: file.name, rows, columns, issues: issues.issues };
}
