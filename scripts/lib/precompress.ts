/**
 * Writes `name.br` and `name.gz` beside every compressible file of a built site, so that the
 * server sends compressed bytes without compressing per request (pb/static_site.go picks the
 * variant the client accepts). Brotli at quality 11 and gzip at level 9: slow to write, once
 * per build, and the smallest download for a resident on a slow phone network.
 *
 * A variant that would not be smaller than the file is not written.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Text formats worth compressing; images and fonts here are compressed already. */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.webmanifest',
  '.txt',
  '.xml',
  '.geojson',
  '.wasm',
]);
/** Below this a compressed response saves less than its own headers cost. */
const MIN_BYTES = 1024;

/** @returns the number of files that got variants, and the bytes before and after (brotli). */
export function precompress(dir: string): { files: number; bytes: number; brBytes: number } {
  const total = { files: 0, bytes: 0, brBytes: 0 };
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (st.size >= MIN_BYTES && COMPRESSIBLE.has(extname(name))) {
        const raw = readFileSync(p);
        const br = brotliCompressSync(raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          },
        });
        const gz = gzipSync(raw, { level: 9 });
        if (br.length < raw.length) writeFileSync(`${p}.br`, br);
        if (gz.length < raw.length) writeFileSync(`${p}.gz`, gz);
        total.files++;
        total.bytes += raw.length;
        total.brBytes += Math.min(br.length, raw.length);
      }
    }
  };
  walk(dir);
  return total;
}
