/**
 * Helpers' personal data stays where it belongs (issue #19 item 4): the change log says who
 * created, changed or deleted a helper and which fields, never their values; no export, open-data
 * file or public snapshot holds a helper; and a helper deleted on request leaves no name, phone
 * number or e-mail address anywhere: not in the API, not in the change log, not in the bytes of
 * the database files (SQLite's secure_delete, pb/secure_delete.go).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/cli/commands/export';
import { startServer, type TestServer } from '../helpers/server';
import {
  type ApiClient,
  type ListBody,
  PUBLIC_SNAPSHOTS,
  signInSuperuser,
  signInDemo,
} from './api';
import { runCliJson } from './run-cli';

type Rec = Record<string, unknown> & { id: string };
const BASE = '/api/collections/helpers/records';

// Values that appear nowhere else in the demo city, so finding one means a leak.
const NAME = '秘密野 太郎丸';
const RENAMED = '秘密野 次郎丸';
const PHONE = '080-9876-5432';
const EMAIL = 'himitsu.taromaru@example.jp';
const POSTAL = 'さくら野市秘密町9-9-9';
const NOTE = '庭木の手入れが得意な秘密のメモ';
const SECRETS = [NAME, RENAMED, PHONE, EMAIL, POSTAL, NOTE];

let server: TestServer;
let su: ApiClient;
let coord: ApiClient;
let helperId: string;
let dir: string;

function leaks(text: string): string[] {
  return SECRETS.filter((s) => text.includes(s));
}

async function logFor(id: string): Promise<Rec[]> {
  const filter = encodeURIComponent(`collection_name = "helpers" && record_id = "${id}"`);
  const res = await su.get<ListBody<Rec>>(
    `/api/collections/change_log/records?perPage=100&sort=created&filter=${filter}`,
  );
  expect(res.status).toBe(200);
  return res.body.items;
}

beforeAll(async () => {
  server = await startServer();
  su = await signInSuperuser(server);
  coord = await signInDemo(server.url, 'coordinator@example.com');
  dir = mkdtempSync(join(tmpdir(), 'sasaeai-helpers-'));
  const types = (await su.get<ListBody<Rec>>('/api/collections/service_types/records')).body.items;
  const res = await coord.post<Rec>(BASE, {
    name: NAME,
    phone: PHONE,
    email: EMAIL,
    postal_address: POSTAL,
    service_types: [types[0]!.id],
    districts: [(coord.record.districts as string[])[0]],
    weekdays: ['mon'],
    consent_on: '2026-01-10',
    consent_purpose: '地域の支え合い活動の紹介のため',
    note: NOTE,
    status: 'active',
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  helperId = res.body.id;
  expect((await coord.patch(`${BASE}/${helperId}`, { name: RENAMED })).status).toBe(200);
});

afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the change log of a helper', () => {
  it('says who created and changed which fields, with no value of any', async () => {
    const entries = await logFor(helperId);
    expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
    expect(entries.every((e) => e.actor === coord.record.id)).toBe(true);
    const update = entries[1]!.changes as Record<string, unknown>;
    expect(Object.keys(update)).toEqual(['name']);
    expect(update.name).toEqual([{ withheld: true }, { withheld: true }]);
    expect(Object.keys(entries[0]!.changes as object)).toEqual(
      expect.arrayContaining(['name', 'phone', 'email', 'postal_address', 'note']),
    );
    expect(leaks(JSON.stringify(entries))).toEqual([]);
  });
});

describe('public outputs', () => {
  it('no open-data export holds a helper', async () => {
    for (const [name, args] of [
      ['hsds', ['--format', 'hsds']],
      ['csv', ['--format', 'csv']],
      ['kayoinoba', ['--format', 'kayoinoba']],
      ['events', ['--format', 'events']],
      ['places', ['--format', 'geojson', '--layer', 'places']],
      ['districts', ['--format', 'geojson', '--layer', 'districts']],
    ] as const) {
      const out = join(dir, `${name}.out`);
      const { code } = await runCliJson(exportCommand, [
        ...args,
        '--url',
        server.url,
        '--out',
        out,
        '--json',
      ]);
      expect(code).toBe(0);
      expect(leaks(readFileSync(out, 'utf8')), name).toEqual([]);
    }
  }, 120_000);

  it('no public snapshot holds a helper', async () => {
    for (const name of PUBLIC_SNAPSHOTS) {
      const res = await fetch(`${server.url}/api/public/${name}`);
      expect(res.status, name).toBe(200);
      expect(leaks(await res.text()), name).toEqual([]);
    }
  });
});

describe('delete on request', () => {
  it('leaves no personal field in the API, the change log or the database files', async () => {
    expect((await coord.del(`${BASE}/${helperId}`)).status).toBe(204);
    expect((await su.get(`${BASE}/${helperId}`)).status).toBe(404);
    const entries = await logFor(helperId);
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
    expect(leaks(JSON.stringify(entries))).toEqual([]);
    // Restarting closes the database, which checkpoints the write-ahead log into data.db.
    await server.restart();
    for (const file of ['data.db', 'auxiliary.db']) {
      const bytes = readFileSync(join(server.dataDir, file));
      for (const secret of SECRETS)
        expect(bytes.includes(Buffer.from(secret, 'utf8')), `${secret} in ${file}`).toBe(false);
    }
  });
});
