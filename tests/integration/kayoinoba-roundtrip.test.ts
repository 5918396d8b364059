/**
 * The 通いの場 CSV (kayoinoba) round trip through a real server (issue #17): export the public
 * directory anonymously (export₁); loading it back into the same site changes nothing; as
 * superuser delete every resource and organization; `sasaeai import --places-format kayoinoba
 * --apply` export₁; export again (export₂): the same bytes. A second import plans nothing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/cli/commands/export';
import { importCommand } from '../../src/cli/commands/import';
import { KAYOINOBA_COLUMNS } from '../../src/lib/export/to-kayoinoba-csv';
import { startServer, type TestServer } from '../helpers/server';
import { signIn, type ApiClient, type ListBody } from './api';
import { runCli, runCliJson } from './run-cli';

type Counts = Record<string, { create: number; update: number; unchanged: number }>;
interface Report {
  counts: Counts;
  issues: Array<{ severity: string; message: string }>;
  applied: Record<string, number> | null;
}

let server: TestServer;
let su: ApiClient;
let dir: string;

async function exportKayoinoba(name: string): Promise<Buffer> {
  const path = join(dir, name);
  const run = await runCli(exportCommand, [
    '--format',
    'kayoinoba',
    '--url',
    server.url,
    '--out',
    path,
  ]);
  expect(run.code, run.out).toBe(0);
  return readFileSync(path);
}

async function importKayoinoba(name: string): Promise<Report> {
  const args = [
    '--places',
    join(dir, name),
    '--places-format',
    'kayoinoba',
    '--url',
    server.url,
    '--email',
    'admin@example.com',
    '--password',
    'sasaeai-demo',
    '--apply',
    '--json',
  ];
  const run = await runCliJson<Report>(importCommand, args);
  expect(run.code, run.out).toBe(0);
  return run.json;
}

async function all(collection: string): Promise<Array<Record<string, unknown> & { id: string }>> {
  const res = await su.get<ListBody<Record<string, unknown> & { id: string }>>(
    `/api/collections/${collection}/records?perPage=500&sort=id`,
  );
  expect(res.status).toBe(200);
  expect(res.body.items.length).toBeLessThan(500);
  return res.body.items;
}

beforeAll(async () => {
  server = await startServer();
  su = await signIn(server.url, server.superuser.email, server.superuser.password, '_superusers');
  dir = mkdtempSync(join(tmpdir(), 'sasaeai-kayoinoba-'));
}, 60_000);

afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

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
    const del = await su.post<Array<{ status: number }>>('/api/batch', {
      requests: [
        ...resources.map((r) => ({
          method: 'DELETE',
          url: `/api/collections/resources/records/${r.id}`,
        })),
        ...organizations.map((o) => ({
          method: 'DELETE',
          url: `/api/collections/organizations/records/${o.id}`,
        })),
      ],
    });
    expect(del.status, JSON.stringify(del.body).slice(0, 500)).toBe(200);
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
