import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readHsdsFile } from '../../lib/import/read-hsds-file';
import { readPlaces } from '../../lib/import/read-places';
import { parse } from 'csv-parse/sync';
import { EVENTS_CSV_COLUMNS } from '../../lib/export/to-events-csv';
import { KAYOINOBA_COLUMNS } from '../../lib/export/to-kayoinoba-csv';
import { main } from '../main';
import { runMain } from '../__fixtures__/run-main';

const dir = mkdtempSync(join(tmpdir(), 'sasaeai-export-cli-'));
const dataset = join(dir, 'city.json');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = runMain;

/** `sasaeai export --format FORMAT --dataset (the demo city file)`, then the `extra` flags. */
const exportDataset = (format: string, ...extra: string[]) =>
  run(['export', '--format', format, '--dataset', dataset, ...extra]);

beforeAll(async () => {
  expect((await run(['demo-city', '--out', dataset])).code).toBe(0);
});

describe('sasaeai export', () => {
  it('writes HSDS, CSV and GeoJSON from a Dataset file into a directory', async () => {
    const city = JSON.parse(readFileSync(dataset, 'utf8')) as {
      resources: Array<{ isPublic: boolean; status: string; location: unknown }>;
    };
    const visible = city.resources.filter((r) => r.isPublic && r.status === 'active');

    let r = await exportDataset('hsds', '--out', dir + '/', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      format: 'hsds',
      records: visible.length,
      out: join(dir, 'sasaeai-hsds.json'),
    });
    const back = readHsdsFile({
      name: 'h.json',
      bytes: readFileSync(join(dir, 'sasaeai-hsds.json')),
    });
    expect(back.issues).toEqual([]);
    expect(back.resources).toHaveLength(visible.length);

    r = await exportDataset('csv', '--out', dir, '--json');
    expect(r.code).toBe(0);
    const csv = readPlaces({ name: 'c.csv', bytes: readFileSync(join(dir, 'sasaeai-places.csv')) });
    expect(csv.places).toHaveLength(visible.length);

    r = await exportDataset(
      'geojson',
      '--layer',
      'districts',
      '--out',
      join(dir, 'd.geojson'),
      '--json',
    );
    expect(r.code).toBe(0);
    const fc = JSON.parse(readFileSync(join(dir, 'd.geojson'), 'utf8')) as {
      type: string;
      features: unknown[];
    };
    expect(fc.type).toBe('FeatureCollection');
    expect(JSON.parse(r.out).records).toBe(fc.features.length);
  });

  it("writes the 通いの場 list and the next weeks' sessions (events) as CSVs csv-parse reads", async () => {
    let r = await exportDataset('kayoinoba', '--out', dir, '--json');
    expect(r.code).toBe(0);
    const kayoinoba = parse(readFileSync(join(dir, 'sasaeai-kayoinoba.csv')), {
      bom: true,
    }) as string[][];
    expect(kayoinoba[0]).toEqual([...KAYOINOBA_COLUMNS]);
    expect(JSON.parse(r.out).records).toBe(kayoinoba.length - 1);
    r = await exportDataset(
      'events',
      '--weeks',
      '2',
      '--from',
      '2026-04-27',
      '--out',
      dir,
      '--json',
    );
    expect(r.code).toBe(0);
    const events = parse(readFileSync(join(dir, 'sasaeai-events.csv')), {
      bom: true,
    }) as string[][];
    expect(events[0]).toEqual([...EVENTS_CSV_COLUMNS]);
    expect(JSON.parse(r.out)).toMatchObject({
      format: 'events',
      from: '2026-04-27',
      weeks: 2,
      records: events.length - 1,
    });
    const dates = events.slice(1).map((row) => row[EVENTS_CSV_COLUMNS.indexOf('開始日')]!);
    expect(dates.every((d) => d >= '2026-04-27' && d <= '2026-05-10')).toBe(true);
    expect(await exportDataset('events', '--from', '2026-02-30')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--from must be a date'),
    });
    expect(await exportDataset('events', '--weeks', '0')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--weeks must be'),
    });
    expect(await exportDataset('csv', '--weeks', '2')).toMatchObject({
      code: 2,
      err: expect.stringContaining('only apply to --format events'),
    });
  });

  it('writes to stdout without --out', async () => {
    const chunks: string[] = [];
    const spy = vi
      .spyOn(process.stdout, 'write')
      .mockImplementation((s: string | Uint8Array) => (chunks.push(String(s)), true));
    try {
      expect(await main(['export', '--format', 'geojson', '--dataset', dataset])).toBe(0);
    } finally {
      spy.mockRestore();
    }
    const fc = JSON.parse(chunks.join('')) as { features: Array<{ geometry: { type: string } }> };
    expect(fc.features.length).toBeGreaterThan(0);
    expect(fc.features.every((f) => f.geometry.type === 'Point')).toBe(true);
  });

  it('refuses bad flags and files with a clear message (exit 2)', async () => {
    expect(await exportDataset('xml')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--format must be one of hsds, csv, kayoinoba, events, geojson'),
    });
    expect(await exportDataset('csv', '--layer', 'districts')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--layer only applies'),
    });
    expect(await exportDataset('csv', '--url', 'http://x')).toMatchObject({ code: 2 });
    const notDataset = join(dir, 'not.json');
    writeFileSync(notDataset, '{"type":"FeatureCollection"}');
    expect(await run(['export', '--format', 'csv', '--dataset', notDataset])).toMatchObject({
      code: 2,
      err: expect.stringContaining('is not a Dataset JSON file'),
    });
    expect(
      await run(['export', '--format', 'csv', '--dataset', join(dir, 'missing.json')]),
    ).toMatchObject({ code: 2, err: expect.stringContaining('cannot read the dataset') });
  });
});
