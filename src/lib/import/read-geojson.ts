/** Reads a GeoJSON FeatureCollection (UTF-8) from a file, with a clear message when it is not one. */
import type { Feature, Geometry } from 'geojson';
import { decodeText } from './decode-text';
import { IssueList, type ImportFile } from './import-issue';
import { errorMessage } from '../domain/error-message';

export interface GeoJsonResult {
  features: Array<Feature<Geometry | null, Record<string, unknown>>>;
  issues: IssueList;
}

export function readGeoJson(file: ImportFile): GeoJsonResult {
  const issues = new IssueList(file.name);
  const result: GeoJsonResult = { features: [], issues };
  if (file.bytes.length === 0) {
    issues.error(null, '', 'fileEmpty');
    return result;
  }
  const text = decodeText(file.bytes, issues, 'utf-8');
  if (text === null) return result;
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    issues.error(null, '', 'jsonInvalid', { detail: errorMessage(err) });
    return result;
  }
  const fc = value as { type?: string; features?: unknown };
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    issues.error(null, '', 'notFeatureCollection');
    return result;
  }
  if (fc.features.length === 0) issues.error(null, '', 'noFeatures');
  result.features = (
    fc.features as Array<Feature<Geometry | null, Record<string, unknown> | null>>
  ).map((f) => ({
    ...f,
    properties: f.properties ?? {},
  }));
  return result;
}
