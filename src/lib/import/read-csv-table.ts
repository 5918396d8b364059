/**
 * Reads a CSV file into rows keyed by header, with each row's line number for messages.
 */
// The browser build: bundles its own Buffer, so the admin page can read CSVs too (same results in Node).
import { parse } from 'csv-parse/browser/esm/sync';
import { decodeText, type TextEncodingName } from './decode-text';
import { IssueList, type ImportFile } from './import-issue';

export interface CsvTable {
  header: string[];
  /** Values trimmed; header names trimmed. */
  rows: Array<{ line: number; values: Record<string, string> }>;
  issues: IssueList;
}

/** An empty file, a bad encoding or a malformed CSV gives an error issue and no rows. */
export function readCsvTable(file: ImportFile, encoding: TextEncodingName = 'auto'): CsvTable {
  const issues = new IssueList(file.name);
  const empty: CsvTable = { header: [], rows: [], issues };
  if (file.bytes.length === 0) {
    issues.error(null, '', 'fileEmpty');
    return empty;
  }
  const text = decodeText(file.bytes, issues, encoding);
  if (text === null) return empty;
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (err) {
    const line = (err as { lines?: number }).lines ?? null;
    issues.error(line, '', 'csvUnreadable', { detail: err instanceof Error ? err.message : String(err) });
    return empty;
  }
  if (records.length === 0) {
    issues.error(null, '', 'fileEmpty');
    return empty;
  }
  const header = records[0]!.record.map((h) => h.trim());
  if (records.length === 1) issues.error(null, '', 'noDataRows');
  const rows = records.slice(1).map(({ record, info }) => {
    const values: Record<string, string> = {};
    header.forEach((h, i) => (values[h] = (record[i] ?? '').trim()));
    return { line: info.lines, values };
  });
  return { header, rows, issues };
}
