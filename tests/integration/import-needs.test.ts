/**
 * The needs-survey CSV import (issue #19) through the CLI and the import route, against a real
 * PocketBase holding the demo city: the dry run lists the planned rows and writes nothing,
 * --apply writes them (the importing admin stamped as author), a broken row is named with its
 * field and nothing is written, a Shift_JIS file reads the same, re-importing changes nothing,
 * the route refuses a bad count, and the demo's directory refuses the import.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommand } from '../../src/cli/commands/import';
import { encodeShiftJis } from '../../src/lib/import/__fixtures__/write-shapefile';
import type { ImportReport } from '../../src/lib/import/plan-import';
import { startServer, type TestServer } from '../helpers/server';
import { type ApiClient, type ListBody, signInSuperuser } from './api';
import { asDemo, asSuperuser, runCli, runCliJson } from './run-cli';

type Rec = Record<string, unknown> & { id: string };
type Report = ImportReport & { applied: Record<string, number> | null };

let server: TestServer;
let su: ApiClient;
let dir: string;
let districts: Rec[];
let goodCsv: string;

async function needs(): Promise<Rec[]> {
  const res = await su.get<ListBody<Rec>>(
    '/api/collections/needs/records?perPage=500&sort=id&skipTotal=1',
  );
  return res.body.items;
}

function file(name: string, content: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/**
 * `sasaeai import --needs FILE … --json` as the demo admin (`flags`: e.g. `--apply`), with
 * `content` written to `dir/name` first: the run and its report.
 */
const importNeeds = (name: string, content: Uint8Array | string, ...flags: string[]) =>
  runCliJson<Report>(importCommand, [
    ...asDemo(server),
    '--needs',
    file(name, content),
    ...flags,
    '--json',
  ]);

beforeAll(async () => {
  server = await startServer();
  su = await signInSuperuser(server);
  dir = mkdtempSync(join(tmpdir(), 'sasaeai-needs-'));
  districts = (
    await su.get<ListBody<Rec>>(
      '/api/collections/areas/records?perPage=3&sort=code&filter=' +
        encodeURIComponent('kind = "district"'),
    )
  ).body.items;
  const [a, b] = districts;
  goodCsv = [
    '地区,サービス種別,件数,単位,出典,調査日,メモ',
    `${String(a!.name)},shopping_help,12,世帯,アンケート,2026-03-01,坂の上の団地`,
    `${String(b!.code)},通院の付き添い,3,人,民生委員,2026/3/15,`,
    `${String(b!.name)},かいものしえん,,,住民の相談,2026/3/20,数は未確認`,
  ].join('\n');
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('needs survey import', () => {
  it('the dry run lists the planned rows and writes nothing', async () => {
    const before = await needs();
    // The demo city brings its own (demo) needs: the import works beside them.
    expect(before.length).toBeGreaterThan(0);
    const run = await importNeeds('needs.csv', goodCsv);
    expect(run.code).toBe(0);
    expect(run.json.counts.needs).toEqual({ create: 3, update: 0, unchanged: 0 });
    expect(
      run.json.needs.map((r) => [r.row, r.district, r.serviceType, r.count, r.action]),
    ).toEqual([
      [2, districts[0]!.name, '買い物支援（同行）', 12, 'create'],
      [3, districts[1]!.name, '通院の付き添い', 3, 'create'],
      [4, districts[1]!.name, '買い物支援（同行）', null, 'create'],
    ]);
    expect(run.json.applied).toBeNull();
    expect(await needs()).toEqual(before);
  });

  it('--apply writes them with the admin as author; importing again changes nothing', async () => {
    const before = await needs();
    const run = await runCli(importCommand, [
      ...asDemo(server),
      '--needs',
      file('needs.csv', goodCsv),
      '--apply',
      '--lang',
      'ja',
    ]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('ニーズ 2 行目：');
    const after = await needs();
    const added = after.filter((n) => !before.some((b) => b.id === n.id));
    expect(added).toHaveLength(3);
    const adminId = (
      await su.get<ListBody<Rec>>(
        '/api/collections/users/records?filter=' +
          encodeURIComponent('email = "admin@example.com"'),
      )
    ).body.items[0]!.id;
    const shopping = added.find((n) => n.count === 12)!;
    expect(shopping).toMatchObject({
      district: districts[0]!.id,
      count_unit: 'households',
      source: 'survey',
      note: '坂の上の団地',
    });
    expect(String(shopping.observed_on).slice(0, 10)).toBe('2026-03-01');
    expect(added.every((n) => n.created_by === adminId)).toBe(true);
    expect(added.find((n) => n.source === 'resident')).toMatchObject({
      count: null,
      count_unit: '',
    });

    const again = await importNeeds('needs.csv', goodCsv, '--apply');
    expect(again.json.counts.needs).toEqual({ create: 0, update: 0, unchanged: 3 });
    expect(await needs()).toEqual(after);

    // A changed count updates the same record, not a second one.
    const changed = goodCsv.replace(',12,世帯,', ',10,世帯,');
    const update = await importNeeds('needs-changed.csv', changed, '--apply');
    expect(update.json.counts.needs).toEqual({ create: 0, update: 1, unchanged: 2 });
    const updated = await needs();
    expect(updated).toHaveLength(after.length);
    expect(updated.find((n) => n.id === shopping.id)!.count).toBe(10);
  });

  it('a broken row is named with its field and nothing is written', async () => {
    const before = await needs();
    const broken = `${goodCsv.replace('2026-03-01', '2026-03-02')}\n${String(districts[0]!.name)},shopping_help,-1,世帯,アンケート,2026-03-03,\n${String(districts[0]!.name)}x,shopping_help,1,世帯,アンケート,2026-03-04,電話 090-1234-5678`;
    const run = await runCli(
      importCommand,
      [...asDemo(server), '--needs', file('broken.csv', broken), '--apply'],
      { errorsAsOutput: true },
    );
    expect(run.code).toBe(1);
    expect(run.out).toContain(
      'ERROR broken.csv, row 5, field 件数: count "-1" is not a whole number',
    );
    expect(run.out).toMatch(
      /ERROR broken\.csv, row 6, field 地区: no district ".+x"; did you mean/,
    );
    expect(run.out).toContain('ERROR broken.csv, row 6, field メモ: the note holds a phone number');
    expect(run.out).toContain('The report has errors: nothing was written.');
    expect(await needs()).toEqual(before);
  });

  it('reads a Shift_JIS file as the same rows', async () => {
    const run = await importNeeds('needs-sjis.csv', encodeShiftJis(goodCsv));
    expect(run.json.issues).toEqual([]);
    // The same rows as the UTF-8 file: the one whose count the previous test changed to 10 is
    // an update back to 12, the others are unchanged.
    expect(run.json.counts.needs).toEqual({ create: 0, update: 1, unchanged: 2 });
    expect(run.json.needs.map((r) => r.district)).toEqual([
      districts[0]!.name,
      districts[1]!.name,
      districts[1]!.name,
    ]);
  });

  it('the import route refuses a need with a fractional count, writing nothing', async () => {
    const before = await needs();
    const post = await su.post<{ message: string }>('/api/sasaeai/import', {
      ops: [
        {
          collection: 'needs',
          action: 'create',
          fields: {
            district: districts[0]!.id,
            service_type: (
              await su.get<ListBody<Rec>>('/api/collections/service_types/records?perPage=1')
            ).body.items[0]!.id,
            count: 1.5,
            count_unit: 'people',
            source: 'survey',
            observed_on: '2026-01-01',
          },
        },
      ],
    });
    expect(post.status).toBe(400);
    expect(post.body.message).toContain('count');
    // A client that skips the CLI cannot store a phone number in a note either.
    const typeId = (await su.get<ListBody<Rec>>('/api/collections/service_types/records?perPage=1'))
      .body.items[0]!.id;
    const phone = await su.post<{ message: string }>('/api/sasaeai/import', {
      ops: [
        {
          collection: 'needs',
          action: 'create',
          fields: {
            district: districts[0]!.id,
            service_type: typeId,
            count: null,
            count_unit: '',
            source: 'survey',
            observed_on: '2026-01-01',
            note: '連絡は 090-1234-5678 まで',
          },
        },
      ],
    });
    expect(phone.status).toBe(400);
    expect(phone.body.message).toContain('note');
    expect(await needs()).toEqual(before);
  });
});

describe('the demo city refuses a needs import', () => {
  let demo: TestServer;
  beforeAll(async () => {
    demo = await startServer({ markedDemo: true });
  }, 60_000);
  afterAll(async () => {
    await demo?.stop();
  });

  it('the CLI prints the refusal before reading the file', async () => {
    const run = await runCli(
      importCommand,
      [...asSuperuser(demo), '--needs', join(dir, 'no-such-file.csv'), '--apply'],
      { errorsAsOutput: true },
    );
    expect(run.code).toBe(-1);
    expect(run.out).toContain("This is the demo city's data directory");
  });
});
