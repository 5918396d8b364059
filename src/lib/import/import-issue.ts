/**
 * Problems found while reading or planning an import. Every issue names the file, and where
 * it can, the 1-based row (CSV: the line number in the file, header = line 1; GeoJSON and
 * Shapefile: the feature/record number, first = 1) and the field.
 */
export type IssueSeverity = 'error' | 'warning';

export interface ImportIssue {
  severity: IssueSeverity;
  /** File name as the user gave it (for a zip member: `archive.zip/member.dbf`). */
  file: string;
  /** 1-based row or feature number; null for the whole file. */
  row: number | null;
  /** Column or property name; '' when the issue is not about one field. */
  field: string;
  message: string;
}

/** One line a person can read: `towns.csv row 12, field 緯度: latitude 135 is outside -90…90`. */
export function formatIssue(issue: ImportIssue): string {
  const where = [issue.file, issue.row === null ? '' : `row ${issue.row}`, issue.field ? `field ${issue.field}` : '']
    .filter(Boolean)
    .join(', ');
  return `${issue.severity === 'error' ? 'ERROR' : 'warning'} ${where}: ${issue.message}`;
}

/** Collects issues for one file. */
export class IssueList {
  readonly issues: ImportIssue[] = [];
  constructor(readonly file: string) {}
  error(row: number | null, field: string, message: string): void {
    this.issues.push({ severity: 'error', file: this.file, row, field, message });
  }
  warn(row: number | null, field: string, message: string): void {
    this.issues.push({ severity: 'warning', file: this.file, row, field, message });
  }
  get hasErrors(): boolean {
    return this.issues.some((i) => i.severity === 'error');
  }
}

/** A file given to the importer: its name (for messages and the source key) and its bytes. */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}
