/**
 * The one CSV writer of the app and the CLI (open data, coverage, shortlists, …).
 *
 * - RFC 4180: fields holding a comma, a double quote, CR or LF are quoted, quotes doubled;
 *   records end with CRLF (the last one too).
 * - A UTF-8 byte-order mark first (default), so Excel opens Japanese text as UTF-8.
 * - Formula injection defused as the OWASP "CSV Injection" guidance describes: a text cell
 *   whose first character, or first character after leading white space, is = + - @, or that
 *   starts with a tab or CR, is prefixed with a single quote, so a spreadsheet shows it as text
 *   instead of running it (`=HYPERLINK(...)` becomes `'=HYPERLINK(...)`).
 * - A JavaScript number is a numeric cell: written as the number (no quote, no prefix, so -1
 *   stays -1); a non-finite number and null/undefined are written empty. Numbers held as text
 *   (a string "-1") are text cells and are defused like any other text.
 */

/** A cell: text, a number (numeric cell), or empty. */
export type CsvCell = string | number | null | undefined;

/** Options of {@link toCsv}. */
export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark (default true). */
  bom?: boolean;
}

const FORMULA_START = /^(\s*[=+\-@]|[\t\r])/;
const NEEDS_QUOTES = /[",\r\n]/;

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Encodes rows (the header is simply the first row) as CSV text.
 * @example toCsv([['名称', '人数'], ['=1+1', 3]]) // '\uFEFF名称,人数\r\n\'=1+1,3\r\n'
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const body = rows.map((row) => row.map(cell).join(',') + '\r\n').join('');
  return ((options.bom ?? true) ? '\uFEFF' : '') + body;
}
