/**
 * Test and benchmark helper: a zip whose one entry unpacks to `unpackedBytes` of zeros while
 * the zip itself stays ~1/1000 of that (deflate's best ratio), built by streaming so the
 * unpacked bytes never exist in memory. With `lie`, the zip's headers declare 100 bytes
 * instead (what a hostile file may do), so only counting while inflating can catch it.
 */
import { Zip, ZipDeflate } from 'fflate';

export function zipBomb(opts: { entry: string; unpackedBytes: number; lie?: boolean; extra?: Record<string, Uint8Array> }): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    parts.push(chunk);
  });
  const add = (name: string, write: (f: ZipDeflate) => void) => {
    const f = new ZipDeflate(name, { level: 9 });
    zip.add(f);
    write(f);
  };
  for (const [name, bytes] of Object.entries(opts.extra ?? {})) add(name, (f) => f.push(bytes, true));
  add(opts.entry, (f) => {
    const block = new Uint8Array(4 * 2 ** 20);
    for (let left = opts.unpackedBytes; left > 0; left -= block.length) {
      f.push(left > block.length ? block : block.subarray(0, left), left <= block.length);
    }
  });
  zip.end();
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  if (opts.lie) lieAboutSizes(out);
  return out;
}

/** Sets every uncompressed size in the local headers, data descriptors and central directory to 100. */
function lieAboutSizes(zip: Uint8Array): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; i + 30 <= zip.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x02014b50) view.setUint32(i + 24, 100, true); // central directory: uncompressed size
    else if (sig === 0x04034b50 && (view.getUint16(i + 6, true) & 8) === 0) view.setUint32(i + 22, 100, true); // local header
    else if (sig === 0x08074b50) view.setUint32(i + 12, 100, true); // data descriptor
  }
}
