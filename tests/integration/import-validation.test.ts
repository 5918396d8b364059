/**
 * One validator for every way in (issue #12): the atomic import route checks what it is given
 * (the CLI can be bypassed) and the CLI refuses a bad time or leaves out a bad phone, naming
 * file, row and field. A rejected import stores nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommand } from '../../src/cli/commands/import';
import { startServer, type TestServer } from '../helpers/server';
import { type ApiClient, type ListBody, signInSuperuser } from './api';
import { asSuperuser, runCliJson } from './run-cli';

let server: TestServer;
let su: ApiClient;
let dir: string;
let district: { id: string };
let town: { point: { lon: number; lat: number } };
type Rec = Record<string, unknown> & { id: string };

beforeAll(async () => {
  server = await startServer();
  su = await signInSuperuser(server);
  dir = mkdtempSync(join(tmpdir(), 'sasaeai-import-validation-'));
  district = (
    await su.get<ListBody<Rec>>('/api/collections/areas/records?filter=(kind="district")&perPage=1')
  ).body.items[0]!;
  town = (
    await su.get<ListBody<Rec>>(
      `/api/collections/areas/records?filter=(kind="town"%26%26parent="${district.id}")&perPage=1`,
    )
  ).body.items[0] as never;
}, 60_000);

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const count = async (filter: string) =>
  (
    await su.get<ListBody<Rec>>(
      `/api/collections/resources/records?filter=${encodeURIComponent(filter)}&perPage=1`,
    )
  ).body.totalItems;

describe('the import route checks what it stores', () => {
  const op = (fields: Record<string, unknown>) => ({
    collection: 'resources',
    action: 'create',
    id: 'valid0000000001',
    fields: {
      kind: 'gathering_place',
      name: '検証サロン',
      district: district.id,
      status: 'active',
      is_public: true,
      ...fields,
    },
  });

  it('refuses a phone "abc-defg" and names the op and field; nothing is stored', async () => {
    const ok = op({ public_phone: '027-321-1234' });
    const bad = { ...op({ public_phone: 'abc-defg' }), id: 'valid0000000002' };
    const res = await su.post<{ message: string; failed: { index: number } }>(
      '/api/sasaeai/import',
      { ops: [ok, bad] },
    );
    expect(res.status).toBe(400);
    expect(res.body.failed.index).toBe(1);
    expect(res.body.message).toMatch(/public_phone/);
    expect(await count('name = "検証サロン"')).toBe(0);
  });

  it('refuses a schedule 25:00–09:00', async () => {
    const schedule = {
      rules: [{ type: 'weekly', weekdays: ['mon'], start: '25:00', end: '09:00' }],
      closedOnPublicHolidays: false,
      closedPeriods: [],
      closedDates: [],
      note: '',
    };
    const res = await su.post<{ message: string }>('/api/sasaeai/import', {
      ops: [op({ schedule })],
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/schedule/);
    expect(await count('name = "検証サロン"')).toBe(0);
  });

  it('still stores a valid record', async () => {
    const res = await su.post('/api/sasaeai/import', {
      ops: [op({ public_phone: '027-321-1234', website: 'https://example.jp/' })],
    });
    expect(res.status).toBe(200);
    expect(await count('name = "検証サロン"')).toBe(1);
  });
});

describe('the CLI applies the same rules to a file', () => {
  const places = (rows: string) => {
    const path = join(dir, 'salons.csv');
    writeFileSync(path, 'ID,名称,住所,緯度,経度,電話番号,利用可能曜日,開始時間,終了時間\n' + rows);
    return path;
  };
  const run = async (path: string) =>
    runCliJson<{ ok: boolean; issues: Array<Record<string, unknown>> }>(importCommand, [
      '--places',
      path,
      '--no-readings',
      '--apply',
      '--json',
      ...asSuperuser(server),
    ]);

  it('refuses a time 25:00 naming file, row and field, and writes nothing', async () => {
    const { lon, lat } = town.point;
    const r = await run(places(`t1,夜更かしサロン,,${lat},${lon},,月,25:00,09:00\n`));
    expect(r.code).toBe(1);
    expect(r.json.ok).toBe(false);
    expect(r.json.issues).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        file: 'salons.csv',
        row: 2,
        field: '開始時間',
        code: 'timeInvalid',
      }),
    );
    expect(await count('name = "夜更かしサロン"')).toBe(0);
  });

  it('imports a place with a phone "abc-defg" without the phone, with a warning naming the row', async () => {
    const { lon, lat } = town.point;
    const r = await run(places(`t2,電話なしサロン,,${lat},${lon},abc-defg,月,10:00,12:00\n`));
    expect(r.code).toBe(0);
    expect(r.json.issues).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        file: 'salons.csv',
        row: 2,
        field: '電話番号',
        code: 'phoneInvalid',
      }),
    );
    const stored = (
      await su.get<ListBody<Rec>>(
        `/api/collections/resources/records?filter=${encodeURIComponent('name = "電話なしサロン"')}`,
      )
    ).body.items;
    expect(stored.map((s) => s.public_phone)).toEqual(['']);
  });
});
