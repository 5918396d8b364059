/**
 * Reads a CSV file into rows keyed by header, with each row's line number for messages.
 *
 * Streams: the bytes are decoded and parsed 1 MiB at a time (csv-parse's incremental parser),
 * so a large file is never held as one decoded string plus an array of parsed records beside
 * the rows; a 1,000,000-row list costs its bytes and its rows only.
 */
// The browser build: bundles its own Buffer, so the admin page can read CSVs too (same results in Node).
import { Parser } from 'csv-parse/browser/esm';
import { decodeText, type TextEncodingName } from './decode-text';
import { IssueList, type ImportFile } from './import-issue';

export interface CsvTable {
  header: string[];
  /** Values trimmed; header names trimmed. */
  rows: Array<{ line: number; values: Record<string, string> }>;
  issues: IssueList;
}

/** Bytes decoded and parsed per step. */
const CHUNK_BYTES = 2 ** 20;

interface IncrementalCsv {
  parse(
    buf: unknown,
    end: boolean,
    push: (r: { record: string[]; info: { lines: number } }) => void,
    close: () => void,
  ): Error | undefined;
  options: { delimiter: unknown };
}

/** Thrown inside the parse loop when the text is not in the encoding being tried. */
class NotThisEncoding extends Error {}

/** Thrown inside the parse loop when the file holds more data rows than the caller allows. */
class TooManyRows extends Error {}

/**
 * Parses the whole file as `label`, calling `onRecord` per record.
 * @returns an error from the CSV parser, or throws NotThisEncoding.
 */
function parseAs(
  bytes: Uint8Array,
  label: 'utf-8' | 'shift_jis',
  onRecord: (record: string[], line: number) => void,
): Error | undefined {
  const api = (
    new Parser({ relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as {
      api: IncrementalCsv;
    }
  ).api;
  // The parser concatenates chunks with the Buffer class bundled in csv-parse's browser build,
  // which only accepts its own instances: take that class from a value the parser made.
  const delimiter = api.options.delimiter as
    | Array<{ constructor: { from(s: string): unknown } }>
    | { constructor: { from(s: string): unknown } };
  const BundledBuffer = (Array.isArray(delimiter) ? delimiter[0]! : delimiter).constructor;
  const decoder = new TextDecoder(label, { fatal: true, ignoreBOM: false });
  const push = (r: { record: string[]; info: { lines: number } }) =>
    onRecord(r.record, r.info.lines);
  const close = () => {};
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
    let text: string;
    try {
      text = decoder.decode(bytes.subarray(at, at + CHUNK_BYTES), {
        stream: at + CHUNK_BYTES < bytes.length,
      });
    } catch {
      throw new NotThisEncoding();
    }
    if (!text) continue;
    const err = api.parse(BundledBuffer.from(text), false, push, close);
    if (err) return err;
  }
  return api.parse(undefined, true, push, close);
}

/**
 * An empty file, a bad encoding or a malformed CSV gives an error issue and no rows.
 * @param opts.maxRows stop reading after this many data rows and give a `csvTooManyRows` error
 *   naming the file and the limit (no rows). Reading stops at the limit, so a file far larger
 *   than any city's list costs at most `maxRows` rows of memory, not the whole file's.
 */
export function readCsvTable(
  file: ImportFile,
  encoding: TextEncodingName = 'auto',
  opts: { maxRows?: number } = {},
): CsvTable {
  const issues = new IssueList(file.name);
  const empty: CsvTable = { header: [], rows: [], issues };
  if (file.bytes.length === 0) {
    issues.error(null, '', 'fileEmpty');
    return empty;
  }
  const labels: Array<'utf-8' | 'shift_jis'> =
    encoding === 'auto' ? ['utf-8', 'shift_jis'] : [encoding];
  for (const label of labels) {
    let header: string[] | null = null;
    const rows: CsvTable['rows'] = [];
    let err: Error | undefined;
    try {
      err = parseAs(file.bytes, label, (record, line) => {
        if (!header) {
          header = record.map((h) => h.trim());
          return;
        }
        if (opts.maxRows !== undefined && rows.length >= opts.maxRows) throw new TooManyRows();
        const values: Record<string, string> = {};
        header.forEach((h, i) => (values[h] = (record[i] ?? '').trim()));
        rows.push({ line, values });
      });
    } catch (e) {
      if (e instanceof NotThisEncoding) continue;
      if (e instanceof TooManyRows) {
        issues.error(null, '', 'csvTooManyRows', { limit: opts.maxRows! });
        return empty;
      }
      throw e;
    }
    if (err) {
      const line = (err as { lines?: number }).lines ?? null;
      issues.error(line, '', 'csvUnreadable', { detail: err.message });
      return empty;
    }
    if (!header) {
      issues.error(null, '', 'fileEmpty');
      return empty;
    }
    if (rows.length === 0) issues.error(null, '', 'noDataRows');
    return { header, rows, issues };
  }
  // Not in any encoding tried: decodeText names the first line that cannot be read.
  decodeText(file.bytes, issues, encoding);
  return empty;
}
