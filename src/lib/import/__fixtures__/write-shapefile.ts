/**
 * Test helper: writes small Shapefile zips (polygons + a dBASE table) the way e-Stat ships
 * them, so tests can build real and broken inputs without a 100 MB download.
 */
import { zipSync } from 'fflate';

let sjisTable: Map<string, number[]> | null = null;

/** Encodes text as Shift_JIS (built by inverting the platform's Shift_JIS decoder). */
export function encodeShiftJis(text: string): Uint8Array {
  if (!sjisTable) {
    sjisTable = new Map();
    const dec = new TextDecoder('shift_jis');
    for (const b of [0x09, 0x0a, 0x0d]) sjisTable.set(String.fromCharCode(b), [b]);
    for (let b = 0x20; b < 0x7f; b++) sjisTable.set(String.fromCharCode(b), [b]);
    for (let hi = 0x81; hi <= 0xfc; hi++) {
      if (hi > 0x9f && hi < 0xe0) continue;
      for (let lo = 0x40; lo <= 0xfc; lo++) {
        const ch = dec.decode(new Uint8Array([hi, lo]));
        if (ch.length === 1 && ch !== '\uFFFD' && !sjisTable.has(ch)) sjisTable.set(ch, [hi, lo]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const bytes = sjisTable.get(ch);
    if (!bytes) throw new Error(`cannot encode ${ch} in Shift_JIS`);
    out.push(...bytes);
  }
  return new Uint8Array(out);
}

export type DbfValue = string | number;

/** A dBASE III table: C fields (text, `encode`d) and N fields (numbers). */
export function writeDbf(rows: Array<Record<string, DbfValue>>, encode: (s: string) => Uint8Array = encodeShiftJis): Uint8Array {
  const names = Object.keys(rows[0] ?? {});
  const fields = names.map((name) => {
    const numeric = rows.every((r) => typeof r[name] === 'number');
    const length = numeric ? 18 : Math.max(1, ...rows.map((r) => encode(String(r[name])).length));
    return { name, type: numeric ? 'N' : 'C', length };
  });
  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + fields.reduce((s, f) => s + f.length, 0);
  const out = new Uint8Array(headerLength + recordLength * rows.length + 1);
  const view = new DataView(out.buffer);
  out[0] = 0x03;
  view.setUint32(4, rows.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  fields.forEach((f, i) => {
    const p = 32 + 32 * i;
    out.set(new TextEncoder().encode(f.name).subarray(0, 10), p);
    out[p + 11] = f.type.charCodeAt(0);
    out[p + 16] = f.length;
  });
  out[headerLength - 1] = 0x0d;
  rows.forEach((r, i) => {
    let p = headerLength + i * recordLength;
    out[p++] = 0x20;
    for (const f of fields) {
      const v = r[f.name]!;
      const bytes = f.type === 'N' ? new TextEncoder().encode(String(v).padStart(f.length)) : encode(String(v));
      out.fill(0x20, p, p + f.length);
      out.set(bytes.subarray(0, f.length), p);
      p += f.length;
    }
  });
  out[out.length - 1] = 0x1a;
  return out;
}

/** A polygon .shp (type 5): each shape is one ring of [lng, lat] (closed). */
export function writeShp(rings: Array<Array<[number, number]>>): Uint8Array {
  const contents = rings.map((ring) => {
    const buf = new ArrayBuffer(44 + 4 + 16 * ring.length);
    const v = new DataView(buf);
    v.setInt32(0, 5, true);
    const xs = ring.map((p) => p[0]);
    const ys = ring.map((p) => p[1]);
    [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].forEach((n, i) => v.setFloat64(4 + 8 * i, n, true));
    v.setInt32(36, 1, true);
    v.setInt32(40, ring.length, true);
    v.setInt32(44, 0, true);
    ring.forEach(([x, y], i) => {
      v.setFloat64(48 + 16 * i, x, true);
      v.setFloat64(56 + 16 * i, y, true);
    });
    return new Uint8Array(buf);
  });
  const total = 100 + contents.reduce((s, c) => s + 8 + c.length, 0);
  const out = new Uint8Array(total);
  const v = new DataView(out.buffer);
  v.setInt32(0, 9994, false);
  v.setInt32(24, total / 2, false);
  v.setInt32(28, 1000, true);
  v.setInt32(32, 5, true);
  const all = rings.flat();
  [Math.min(...all.map((p) => p[0])), Math.min(...all.map((p) => p[1])), Math.max(...all.map((p) => p[0])), Math.max(...all.map((p) => p[1]))].forEach(
    (n, i) => v.setFloat64(36 + 8 * i, n, true),
  );
  let p = 100;
  contents.forEach((c, i) => {
    v.setInt32(p, i + 1, false);
    v.setInt32(p + 4, c.length / 2, false);
    out.set(c, p + 8);
    p += 8 + c.length;
  });
  return out;
}

export const PRJ_JGD2011 =
  'GEOGCS["GCS_JGD_2011",DATUM["D_JGD_2011",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
export const PRJ_PLANE_IX =
  'PROJCS["JGD_2011_Japan_Zone_9",GEOGCS["GCS_JGD_2011",DATUM["D_JGD_2011",SPHEROID["GRS_1980",6378137.0,298.257222101]]],PROJECTION["Transverse_Mercator"]]';

/** A square ring around [lng, lat] with half-size `d` degrees. */
export function square(lng: number, lat: number, d = 0.005): Array<[number, number]> {
  return [[lng - d, lat - d], [lng - d, lat + d], [lng + d, lat + d], [lng + d, lat - d], [lng - d, lat - d]];
}

/** Three e-Stat-like towns in a row around Takasaki station (KEY_CODE, S_NAME, JINKO). */
export const SAMPLE_TOWNS = [
  { KEY_CODE: '102020010', S_NAME: '八島町', JINKO: 120, ring: square(139.0, 36.32) },
  { KEY_CODE: '102020020', S_NAME: '旭町', JINKO: 340, ring: square(139.01, 36.32) },
  { KEY_CODE: '102020030', S_NAME: '東町', JINKO: 560, ring: square(139.02, 36.32) },
];

/** Zips named members; `members` maps a file name to its bytes (or text). */
export function zipFiles(members: Record<string, Uint8Array | string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(members).map(([k, v]) => [k, typeof v === 'string' ? new TextEncoder().encode(v) : v])));
}

/** The sample towns as an e-Stat style zip: .shp + .dbf (Shift_JIS) + .prj. */
export function sampleTownsZip(opts: { prj?: string | null; dbf?: boolean; cpg?: string } = {}): Uint8Array {
  const members: Record<string, Uint8Array | string> = {
    'h27ka10202.shp': writeShp(SAMPLE_TOWNS.map((t) => t.ring)),
  };
  if (opts.dbf ?? true) members['h27ka10202.dbf'] = writeDbf(SAMPLE_TOWNS.map(({ ring: _r, ...row }) => row));
  if (opts.prj !== null) members['h27ka10202.prj'] = opts.prj ?? PRJ_JGD2011;
  if (opts.cpg) members['h27ka10202.cpg'] = opts.cpg;
  return zipFiles(members);
}
