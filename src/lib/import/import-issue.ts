/**
 * Problems found while reading or planning an import. Every issue names the file, and where
 * it can, the 1-based row (CSV: the line number in the file, header = line 1; GeoJSON and
 * Shapefile: the feature/record number, first = 1) and the field.
 */
import {
  importMessage,
  renderImportMessage,
  type ImportLang,
  type ImportMessageCode,
} from './import-messages';

export type IssueSeverity = 'error' | 'warning';

export interface ImportIssue {
  severity: IssueSeverity;
  /** File name as the user gave it (for a zip member: `archive.zip/member.dbf`). */
  file: string;
  /** 1-based row or feature number; null for the whole file. */
  row: number | null;
  /** Column or property name; '' when the issue is not about one field. */
  field: string;
  /** The English text (what the CLI prints and `--json` carries). */
  message: string;
  /** The message code in `IMPORT_MESSAGES` (`import-messages.ts`), for showing the issue in another language. */
  code?: string;
  /** The values the code's templates are filled with. */
  params?: Record<string, string | number>;
}

/**
 * One line a person can read: `towns.csv row 12, field 緯度: latitude 135 is outside -90…90`;
 * in Japanese `エラー towns.csv、12 行目、項目「緯度」：緯度 135 は -90〜90 の範囲外です…`.
 */
export function formatIssue(issue: ImportIssue, lang: ImportLang = 'en'): string {
  if (lang === 'ja') {
    const where = [
      issue.file,
      issue.row === null ? '' : `${issue.row} 行目`,
      issue.field ? `項目「${issue.field}」` : '',
    ]
      .filter(Boolean)
      .join('、');
    return `${issue.severity === 'error' ? 'エラー' : '注意'} ${where}：${importMessage(issue, 'ja')}`;
  }
  const where = [
    issue.file,
    issue.row === null ? '' : `row ${issue.row}`,
    issue.field ? `field ${issue.field}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `${issue.severity === 'error' ? 'ERROR' : 'warning'} ${where}: ${issue.message}`;
}

/**
 * An issue for message `code` filled with `params`: `message` is the catalog's English text,
 * and the code and params travel along so the admin page can show it in Japanese.
 */
export function importIssue(
  severity: IssueSeverity,
  file: string,
  row: number | null,
  field: string,
  code: ImportMessageCode,
  params: Record<string, string | number> = {},
): ImportIssue {
  return {
    severity,
    file,
    row,
    field,
    message: renderImportMessage(code, params, 'en'),
    code,
    params,
  };
}

/** Collects issues for one file. */
export class IssueList {
  readonly issues: ImportIssue[] = [];
  constructor(readonly file: string) {}
  error(
    row: number | null,
    field: string,
    code: ImportMessageCode,
    params: Record<string, string | number> = {},
  ): void {
    this.issues.push(importIssue('error', this.file, row, field, code, params));
  }
  warn(
    row: number | null,
    field: string,
    code: ImportMessageCode,
    params: Record<string, string | number> = {},
  ): void {
    this.issues.push(importIssue('warning', this.file, row, field, code, params));
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
