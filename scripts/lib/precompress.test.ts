import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompress } from './precompress';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('precompress', () => {
  it('writes .br and .gz beside text files that decode to the same bytes; skips small and binary files', () => {
    dir = mkdtempSync(join(tmpdir(), 'sasaeai-precompress-'));
    mkdirSync(join(dir, '_app', 'immutable'), { recursive: true });
    const js = `export const places = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => ({ id: i, name: `通いの場${i}` })))};\n`;
    writeFileSync(join(dir, '_app', 'immutable', 'app.js'), js);
    writeFileSync(join(dir, 'tiny.css'), 'a{}');
    writeFileSync(join(dir, 'icon.png'), Buffer.alloc(4096, 7));
    const r = precompress(dir);
    expect(r.files).toBe(1);
    const p = join(dir, '_app', 'immutable', 'app.js');
    expect(brotliDecompressSync(readFileSync(`${p}.br`)).toString()).toBe(js);
    expect(gunzipSync(readFileSync(`${p}.gz`)).toString()).toBe(js);
    expect(r.brBytes).toBeLessThan(r.bytes / 4);
    expect(existsSync(join(dir, 'tiny.css.br'))).toBe(false);
    expect(existsSync(join(dir, 'icon.png.gz'))).toBe(false);
  });
});
