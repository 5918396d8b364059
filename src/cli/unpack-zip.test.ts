import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { safeEntryPath, unpackZip } from './unpack-zip';

describe('safeEntryPath', () => {
  it('keeps plain relative names and marks directories', () => {
    expect(safeEntryPath('data.db')).toEqual({ parts: ['data.db'], dir: false });
    expect(safeEntryPath('storage/abc/file.geojson')).toEqual({
      parts: ['storage', 'abc', 'file.geojson'],
      dir: false,
    });
    expect(safeEntryPath('storage/')).toEqual({ parts: ['storage'], dir: true });
  });

  it('refuses names that would land outside the directory', () => {
    for (const n of [
      '../x',
      'a/../../x',
      '/etc/passwd',
      'C:/x',
      'c:x',
      'a\\..\\x',
      'a//b',
      './x',
      '',
      'a\0b',
    ]) {
      expect(safeEntryPath(n), n).toBeNull();
    }
  });
});

describe('unpackZip', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes every file (stored and deflated) and skips what it is told to', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sasaeai-unzip-'));
    const zip = join(dir, 'b.zip');
    const big = 'x'.repeat(200_000);
    writeFileSync(
      zip,
      zipSync({
        'data.db': [new TextEncoder().encode(big), { level: 6 }],
        'storage/a/b.txt': [new TextEncoder().encode('b'), { level: 0 }],
        'skip.me': new Uint8Array([1]),
      }),
    );
    const out = join(dir, 'out');
    mkdirSync(out);
    const written = await unpackZip(zip, out, { skip: (n) => n === 'skip.me' });
    expect(written.sort()).toEqual(['data.db', 'storage/a/b.txt']);
    expect(readFileSync(join(out, 'data.db'), 'utf8')).toBe(big);
    expect(readFileSync(join(out, 'storage', 'a', 'b.txt'), 'utf8')).toBe('b');
    expect(readdirSync(out).sort()).toEqual(['data.db', 'storage']);
  });
});
