/**
 * Reads a zipped Shapefile as e-Stat distributes it (`.shp` + `.dbf` + `.prj`, optional
 * `.cpg`; Shift_JIS attributes) into GeoJSON features.
 *
 * Coordinates: geographic JGD2000 / JGD2011 / WGS84 are accepted as WGS84 (they differ by
 * well under a metre for this purpose); a projected `.prj` (平面直角座標系, UTM…) is refused,
 * because reprojecting needs parameters a coordinator should not have to know.
 */
import type { Feature, Geometry } from 'geojson';
import { open as openShapefile } from 'shapefile';
import { IssueList, type ImportFile } from './import-issue';
import { readDbf } from './read-dbf';
import { unzipBounded, ZIP_LIMITS, type ZipLimits } from './unzip-bounded';
import { errorMessage } from '../domain/error-message';

export interface ShapefileResult {
  features: Array<Feature<Geometry | null, Record<string, string | number | null>>>;
  issues: IssueList;
}

/** @param limits zip size limits (tests lower them); defaults `ZIP_LIMITS`. */
export async function readShapefileZip(
  file: ImportFile,
  limits: ZipLimits = ZIP_LIMITS,
): Promise<ShapefileResult> {
  const issues = new IssueList(file.name);
  const result: ShapefileResult = { features: [], issues };
  if (file.bytes.length === 0) {
    issues.error(null, '', 'fileEmpty');
    return result;
  }
  // Only a Shapefile's own members are unpacked, within the size limits (ZIP_LIMITS).
  const unzipped = unzipBounded(
    file.bytes,
    (n) => !n.startsWith('__MACOSX/') && /\.(shp|dbf|prj|cpg)$/i.test(n),
    issues,
    limits,
  );
  if (!unzipped) return result;
  const entries = unzipped.entries;
  const names = unzipped.names.filter((n) => !n.startsWith('__MACOSX/') && !n.endsWith('/'));
  const shpName = names.find((n) => n.toLowerCase().endsWith('.shp'));
  if (!shpName) {
    if (names.length) issues.error(null, '', 'zipNoShp', { members: names.join(', ') });
    else issues.error(null, '', 'zipEmpty');
    return result;
  }
  const base = shpName.slice(0, -4);
  const member = (ext: string) =>
    names.find((n) => n.toLowerCase() === `${base}${ext}`.toLowerCase());
  const dbfName = member('.dbf');
  const prjName = member('.prj');
  const cpgName = member('.cpg');
  if (!dbfName) {
    issues.error(null, '', 'dbfMissing', { shp: shpName, base });
    return result;
  }
  const dbfIssues = new IssueList(`${file.name}/${dbfName}`);
  const shpIssues = new IssueList(`${file.name}/${shpName}`);

  if (prjName) {
    const prj = new TextDecoder('latin1').decode(entries[prjName]).trim();
    if (/^PROJCS\[/i.test(prj)) {
      const system = /^PROJCS\["([^"]*)"/i.exec(prj)?.[1] ?? 'a projected system';
      issues.error(null, '', 'coordinatesProjected', { system });
      return result;
    }
    if (!/JGD|WGS|GRS|Japanese_Geodetic_Datum/i.test(prj)) {
      issues.warn(null, '', 'prjUnknown', { prj: prjName });
    }
  } else {
    issues.warn(null, '', 'prjMissing');
  }

  let encoding = 'shift_jis';
  if (cpgName) {
    const cpg = new TextDecoder('latin1').decode(entries[cpgName]).trim().toLowerCase();
    if (/utf-?8/.test(cpg)) encoding = 'utf-8';
  }
  const rows = readDbf(entries[dbfName]!, encoding, dbfIssues);
  issues.issues.push(...dbfIssues.issues);
  if (!rows) return result;

  const shp = entries[shpName]!;
  const geometries: Array<Geometry | null> = [];
  try {
    const source = await openShapefile(shp.slice().buffer);
    for (;;) {
      const next = await source.read();
      if (next.done) break;
      geometries.push(next.value.geometry);
    }
  } catch (err) {
    shpIssues.error(geometries.length + 1, '', 'shpUnreadable', { detail: errorMessage(err) });
    issues.issues.push(...shpIssues.issues);
    return result;
  }
  if (geometries.length !== rows.length) {
    shpIssues.error(null, '', 'shpDbfMismatch', { shapes: geometries.length, rows: rows.length });
    issues.issues.push(...shpIssues.issues);
    return result;
  }
  result.features = geometries.map((geometry, i) => ({
    type: 'Feature',
    geometry,
    properties: rows[i]!,
  }));
  return result;
}
