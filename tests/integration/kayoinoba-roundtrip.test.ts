/**
 * The 通いの場 CSV (kayoinoba) round trip through a real server (issue #17): export the public
 * directory anonymously (export₁); loading it back into the same site changes nothing; as
 * superuser delete every resource and organization; `sasaeai import --places-format kayoinoba
 * --apply` export₁; export again (export₂): the same bytes. A second import plans nothing.
 */
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { KAYOINOBA_COLUMNS } from '../../src/lib/export/to-kayoinoba-csv';
import type { ListBody } from './api';
import { deleteInBatch, exportFile, importAsAdmin, useRoundTrip } from './round-trip';
import type { ImportReport } from './round-trip';

const rt = useRoundTrip('sasaeai-kayoinoba-');

const exportKayoinoba = (name: string): Promise<Buffer> => exportFile(rt, 'kayoinoba', name);

const importKayoinoba = (name: string): Promise<ImportReport> =>
  importAsAdmin(rt, ['--places', join(rt.dir, name), '--places-format', 'kayoinoba']);

async function all(collection: string): Promise<Array<Record<string, unknown> & { id: string }>> {
  const res = await rt.su.get<ListBody<Record<string, unknown> & { id: string }>>(
    `/api/collections/${collection}/records?perPage=500&sort=id`,
  );
  expect(res.status).toBe(200);
  expect(res.body.items.length).toBeLessThan(500);
  return res.body.items;
}

describe('kayoinoba export → import → export on a real server', () => {
  it('loads its own export back onto the same records: nothing created', async () => {
    const first = await exportKayoinoba('own.csv');
    const rows = parse(first, { bom: true }) as string[][];
    expect(rows[0]).toEqual([...KAYOINOBA_COLUMNS]);
    const report = await importKayoinoba('own.csv');
    expect(report.issues).toEqual([]);
    expect(report.counts.resources).toEqual({ create: 0, update: 0, unchanged: rows.length - 1 });
    expect(report.counts.organizations?.create ?? 0).toBe(0);
    // The export did not change either.
    expect((await exportKayoinoba('own-again.csv')).equals(first)).toBe(true);
  });

  it('export → empty directory → import → export gives the same bytes; a re-import is all unchanged', async () => {
    const first = await exportKayoinoba('export1.csv');
    const rows = parse(first, { bom: true }) as string[][];
    const places = rows.length - 1;
    expect(places).toBeGreaterThan(20);
    // The file exercises what the layout cannot hold: 第n曜日, closures, fees, organizations.
    const col = (name: string) =>
      rows
        .slice(1)
        .map((r) => r[KAYOINOBA_COLUMNS.indexOf(name as (typeof KAYOINOBA_COLUMNS)[number])]!);
    expect(col('利用可能曜日特記事項').some((t) => /第\d/.test(t))).toBe(true);
    expect(col('利用可能曜日特記事項').some((t) => t.includes('祝日は休み'))).toBe(true);
    expect(col('法人の名称').filter(Boolean).length).toBeGreaterThan(5);
    const orgNames = new Set(col('法人の名称').filter(Boolean));

    const [resources, organizations] = [await all('resources'), await all('organizations')];
    await deleteInBatch(rt.su, { resources, organizations });
    expect(await all('resources')).toEqual([]);

    const report = await importKayoinoba('export1.csv');
    expect(report.issues).toEqual([]);
    expect(report.counts.resources).toEqual({ create: places, update: 0, unchanged: 0 });
    expect(report.counts.organizations).toEqual({ create: orgNames.size, update: 0, unchanged: 0 });

    const second = await exportKayoinoba('export2.csv');
    expect(second.toString('utf8')).toBe(first.toString('utf8'));
    expect(second.equals(first)).toBe(true);

    const before = { resources: await all('resources'), organizations: await all('organizations') };
    const again = await importKayoinoba('export1.csv');
    expect(again.counts.resources).toEqual({ create: 0, update: 0, unchanged: places });
    expect(again.applied).toEqual({});
    expect({
      resources: await all('resources'),
      organizations: await all('organizations'),
    }).toEqual(before);
  });
});
