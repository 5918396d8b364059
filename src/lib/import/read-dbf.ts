/**
 * A small dBASE (.dbf) reader for Shapefile attribute tables, written here instead of using
 * the `shapefile` package's reader so that text is decoded strictly (Shift_JIS by default, as
 * e-Stat ships it, or the encoding a `.cpg` names) and a wrong encoding is reported with the
 * record number and field instead of silently turning into replacement characters.
 */
import type { IssueList } from './import-issue';

export type DbfRow = Record<string, string | number | null>;

/**
 * @param encoding a WHATWG label ('shift_jis', 'utf-8').
 * @returns rows in file order, or null (with an error issue) when the header is damaged.
 */
export function readDbf(bytes: Uint8Array, encoding: string, issues: IssueList): DbfRow[] | null {
  if (bytes.length < 33) {
    issues.error(null, '', 'dbfTooShort');
    return null;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  const fields: Array<{ name: string; type: string; offset: number; length: number }> = [];
  const ascii = new TextDecoder('latin1');
  let offset = 1; // each record starts with a deletion flag byte
  for (let p = 32; p + 32 <= headerLength && bytes[p] !== 0x0d; p += 32) {
    const nameBytes = bytes.subarray(p, p + 11);
    const end = nameBytes.indexOf(0);
    const name = new TextDecoder(encoding)
      .decode(end >= 0 ? nameBytes.subarray(0, end) : nameBytes)
      .trim();
    const length = bytes[p + 16]!;
    fields.push({ name, type: String.fromCharCode(bytes[p + 11]!), offset, length });
    offset += length;
  }
  if (headerLength + count * recordLength > bytes.length) {
    issues.error(null, '', 'dbfTruncated', { count });
    return null;
  }
  const decoder = new TextDecoder(encoding, { fatal: true });
  const rows: DbfRow[] = [];
  for (let i = 0; i < count; i++) {
    const start = headerLength + i * recordLength;
    const row: DbfRow = {};
    for (const f of fields) {
      const raw = bytes.subarray(start + f.offset, start + f.offset + f.length);
      if (f.type === 'N' || f.type === 'F') {
        const s = ascii.decode(raw).trim();
        row[f.name] = s === '' || Number.isNaN(Number(s)) ? null : Number(s);
      } else {
        try {
          row[f.name] = decoder.decode(raw).replace(/\0+$/, '').trim();
        } catch {
          issues.error(i + 1, f.name, 'dbfBadText', {
            encoding: encoding === 'utf-8' ? 'UTF-8' : encoding,
          });
          return null;
        }
      }
    }
    rows.push(row);
  }
  return rows;
}
