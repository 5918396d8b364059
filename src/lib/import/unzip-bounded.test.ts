import { describe, expect, it } from 'vitest';
import { IssueList } from './import-issue';
import { readBoundaries } from './read-boundaries';
import { unzipBounded, ZIP_LIMITS } from './unzip-bounded';
import { zipBomb } from './__fixtures__/zip-bomb';
import { sampleTownsZip, zipFiles } from './__fixtures__/write-shapefile';

const MiB = 2 ** 20;

describe('unzipBounded', () => {
  it('unpacks the wanted members of a normal zip', () => {
    const issues = new IssueList('t.zip');
    const r = unzipBounded(
      zipFiles({ 'a.shp': 'shp', 'a.dbf': 'dbf', 'readme.txt': 'x' }),
      (n) => !n.endsWith('.txt'),
      issues,
    );
    expect(issues.issues).toEqual([]);
    expect(r?.names).toEqual(['a.shp', 'a.dbf', 'readme.txt']);
    expect(Object.keys(r!.entries).sort()).toEqual(['a.dbf', 'a.shp']);
    expect(new TextDecoder().decode(r!.entries['a.shp'])).toBe('shp');
  });

  it('refuses an entry whose declared size is over the limit, before unpacking', () => {
    // 40 MiB of zeros in a zip of ~40 KiB.
    const bomb = zipBomb({ entry: 'h27ka.shp', unpackedBytes: 40 * MiB });
    expect(bomb.length).toBeLessThan(MiB / 10);
    const issues = new IssueList('bomb.zip');
    expect(
      unzipBounded(bomb, () => true, issues, { ...ZIP_LIMITS, maxEntryBytes: 32 * MiB }),
    ).toBeNull();
    expect(issues.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'bomb.zip',
        code: 'zipEntryTooLarge',
        message: expect.stringContaining(
          'h27ka.shp unpacks to 40.0 MiB, over the limit of 32.0 MiB',
        ),
      }),
    ]);
  });

  it('stops unpacking an entry that lies about its size once it passes the limit', () => {
    const bomb = zipBomb({ entry: 'h27ka.shp', unpackedBytes: 12 * MiB, lie: true });
    const issues = new IssueList('liar.zip');
    expect(
      unzipBounded(bomb, () => true, issues, { ...ZIP_LIMITS, maxEntryBytes: 8 * MiB }),
    ).toBeNull();
    expect(issues.issues[0]).toMatchObject({
      code: 'zipEntryTooLarge',
      params: { entry: 'h27ka.shp', limit: '8.0 MiB' },
    });
  });

  it('limits the total and the number of entries', () => {
    const two = zipFiles({ 'a.shp': new Uint8Array(3 * MiB), 'a.dbf': new Uint8Array(3 * MiB) });
    const issues = new IssueList('two.zip');
    expect(
      unzipBounded(two, () => true, issues, {
        maxEntries: 10,
        maxEntryBytes: 4 * MiB,
        maxTotalBytes: 5 * MiB,
      }),
    ).toBeNull();
    expect(issues.issues[0]).toMatchObject({
      code: 'zipTotalTooLarge',
      params: { size: '6.0 MiB', limit: '5.0 MiB' },
    });
    const many = zipFiles(
      Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}.txt`, 'x'])),
    );
    const issues2 = new IssueList('many.zip');
    expect(unzipBounded(many, () => true, issues2, { ...ZIP_LIMITS, maxEntries: 10 })).toBeNull();
    expect(issues2.issues[0]).toMatchObject({
      code: 'zipTooManyEntries',
      params: { count: 12, limit: 10 },
    });
  });

  it('makes readBoundaries report the breach on the zip file, and read normal zips as before', async () => {
    // Declares 100 bytes and unpacks past the limit: stopped while inflating.
    const bomb = zipBomb({
      entry: 'h27ka10202.shp',
      unpackedBytes: 12 * MiB,
      lie: true,
      extra: { 'h27ka10202.dbf': new Uint8Array(10) },
    });
    const read = await readBoundaries(
      { name: 'A002005212015DDSWC10202.zip', bytes: bomb },
      {},
      { ...ZIP_LIMITS, maxEntryBytes: 8 * MiB },
    );
    expect(read.towns).toEqual([]);
    expect(read.issues).toEqual([
      expect.objectContaining({ file: 'A002005212015DDSWC10202.zip', code: 'zipEntryTooLarge' }),
    ]);
    const ok = await readBoundaries({ name: 'h27ka10202.zip', bytes: sampleTownsZip() });
    expect(ok.towns.map((t) => t.name)).toEqual(['八島町', '旭町', '東町']);
  });
});
