/** Reads an HSDS package from a JSON file (see `readHsds`). */
import { errorMessage } from '../domain/error-message';
import { decodeText } from './decode-text';
import { IssueList, type ImportFile } from './import-issue';
import { readHsds, type HsdsReadOptions, type HsdsResult, type HsdsTables } from './read-hsds';

/** What a file that could not be read gives: no records, its issues. */
function nothingRead(file: string, issues: IssueList): HsdsResult {
  return {
    file,
    fallbackOrganizationName: '',
    organizations: [],
    resources: [],
    rowOf: {},
    organizationRowOf: {},
    issues: issues.issues,
  };
}

/** Parses an HSDS package from a JSON file. */
export function readHsdsFile(file: ImportFile, opts: HsdsReadOptions = {}): HsdsResult {
  const issues = new IssueList(file.name);
  const text = decodeText(file.bytes, issues, 'utf-8');
  if (text === null) return nothingRead(file.name, issues);
  let tables: unknown;
  try {
    tables = JSON.parse(text);
  } catch (err) {
    issues.error(null, '', 'hsdsNotJson', { detail: errorMessage(err) });
    return nothingRead(file.name, issues);
  }
  if (
    typeof tables !== 'object' ||
    tables === null ||
    !Array.isArray((tables as HsdsTables).services)
  ) {
    issues.error(null, 'services', 'hsdsNotPackage');
    return nothingRead(file.name, issues);
  }
  return readHsds(tables as HsdsTables, file.name, opts);
}
