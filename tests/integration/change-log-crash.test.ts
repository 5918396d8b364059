/**
 * The change log is written in the same transaction as the change (issue #15): with 20
 * concurrent writers (organisation creates and resource updates) the server is killed with
 * SIGKILL mid-way, restarted on the same data directory, and then every committed change has
 * its entry and every entry's change is committed. Run a few rounds on one directory.
 *
 * On the old hook (entry saved after the change, outside its transaction) a round left
 * changes without entries. Batch requests and the atomic import route are checked too: a
 * refused batch or import leaves no change and no entry.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { servePocketBase, type RunningPocketBase } from '../../scripts/lib/pocketbase-process';
import { TEST_SUPERUSER } from '../helpers/test-superuser';
import { signIn, type ApiClient, type ListBody } from './api';

type Rec = Record<string, unknown> & { id: string };

const WRITERS = 20;
const ROUNDS = 3;

let dataDir: string;
let pb: RunningPocketBase | null = null;

async function start(): Promise<ApiClient> {
  pb = await servePocketBase({ dataDir, host: '127.0.0.1', port: 'free', quiet: true });
  return await signIn(pb.url, TEST_SUPERUSER.email, TEST_SUPERUSER.password, '_superusers');
}

async function all(su: ApiClient, collection: string, filter: string): Promise<Rec[]> {
  const res = await su.get<ListBody<Rec>>(
    `/api/collections/${collection}/records?perPage=1000&skipTotal=1&filter=${encodeURIComponent(filter)}`,
  );
  expect(res.status).toBe(200);
  return res.body.items;
}

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'sasaeai-crash-'));
  cpSync(inject('demoTemplateDir'), dataDir, { recursive: true });
});

afterAll(async () => {
  await pb?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('batch requests and the import route', () => {
  it('a batch commits its changes with their entries, or neither when one request fails', async () => {
    const su = await start();
    const district = (await all(su, 'areas', 'kind = "district"'))[0]!.id;
    const batch = (names: string[], extra: unknown[] = []) =>
      su.post('/api/batch', {
        requests: [
          ...names.map((name) => ({
            method: 'POST',
            url: '/api/collections/organizations/records',
            body: { name, type: 'other', district },
          })),
          ...extra,
        ],
      });
    const failing = await batch(
      ['batch-a', 'batch-b'],
      [
        {
          method: 'POST',
          url: '/api/collections/organizations/records',
          body: { name: 'batch-c', type: 'no-such-type' },
        },
      ],
    );
    expect(failing.status).toBe(400);
    expect(await all(su, 'organizations', 'name ~ "batch-"')).toEqual([]);
    expect(await all(su, 'change_log', 'changes ~ "batch-"')).toEqual([]);

    expect((await batch(['batch-d', 'batch-e'])).status).toBe(200);
    const orgs = await all(su, 'organizations', 'name ~ "batch-"');
    const entries = await all(
      su,
      'change_log',
      'collection_name = "organizations" && changes ~ "batch-"',
    );
    expect(new Set(entries.map((e) => e.record_id))).toEqual(new Set(orgs.map((o) => o.id)));
    expect(orgs.length).toBe(2);
    await pb!.stop();
  });

  it('an import and its log entry commit together; a refused import leaves neither', async () => {
    const su = await start();
    const importOps = (ops: unknown[], importId: string) =>
      su.post('/api/sasaeai/import', { importId, ops });
    const org = (name: string) => ({
      collection: 'organizations',
      action: 'create',
      fields: { name, type: 'other' },
    });
    const refused = await importOps(
      [
        org('import-a'),
        {
          collection: 'organizations',
          action: 'create',
          fields: { name: 'import-b', type: 'no-such-type' },
        },
      ],
      'import-refused',
    );
    expect(refused.status).toBe(400);
    expect(await all(su, 'organizations', 'name ~ "import-"')).toEqual([]);
    expect(await all(su, 'change_log', 'record_id = "import-refused"')).toEqual([]);

    expect((await importOps([org('import-c')], 'import-ok')).status).toBe(200);
    expect((await all(su, 'organizations', 'name ~ "import-"')).length).toBe(1);
    const [entry] = await all(su, 'change_log', 'record_id = "import-ok"');
    expect(entry!.changes).toMatchObject({ counts: { 'organizations:create': 1 } });
    expect(String(entry!.actor_label)).not.toContain('@');
    await pb!.stop();
  });
});

describe('kill -9 under 20 concurrent writers', () => {
  it(`leaves every change with its entry and every entry with its change (${ROUNDS} rounds)`, async () => {
    let su = await start();
    const resources = await all(su, 'resources', 'id != ""');
    const district = (await all(su, 'areas', 'kind = "district"'))[0]!.id;
    let next = 0; // each resource is updated at most once, so its value tells whether it committed

    for (let round = 0; round < ROUNDS; round++) {
      const tag = `crash-${round}`;
      let stop = false;
      let acknowledged = 0;
      const writer = async (w: number): Promise<void> => {
        for (let i = 0; !stop; i++) {
          try {
            const res =
              i % 2 === 0
                ? await su.post('/api/collections/organizations/records', {
                    name: `${tag}-w${w}-${i}`,
                    type: 'other',
                    district,
                  })
                : await su.patch(
                    `/api/collections/resources/records/${resources[next++ % resources.length]!.id}`,
                    { status_reason: `${tag}-w${w}-${i}` },
                  );
            if (res.status === 200) acknowledged++;
          } catch {
            return; // the server is gone
          }
        }
      };
      const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
      // kill once a good number of writes are through, while the writers are still going
      const deadline = Date.now() + 60_000;
      while (acknowledged < 60 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      expect(acknowledged, 'writes acknowledged before the kill').toBeGreaterThanOrEqual(60);
      pb!.process.kill('SIGKILL');
      await new Promise((r) => pb!.process.once('exit', r));
      stop = true;
      await Promise.all(writers);

      su = await start();
      const orgs = await all(su, 'organizations', `name ~ "${tag}-"`);
      const orgEntries = await all(
        su,
        'change_log',
        `collection_name = "organizations" && action = "create" && changes ~ "${tag}-"`,
      );
      expect(new Set(orgEntries.map((e) => e.record_id))).toEqual(new Set(orgs.map((o) => o.id)));

      const changed = await all(su, 'resources', `status_reason ~ "${tag}-"`);
      const resEntries = await all(
        su,
        'change_log',
        `collection_name = "resources" && action = "update" && changes ~ "${tag}-"`,
      );
      expect(new Set(resEntries.map((e) => e.record_id))).toEqual(
        new Set(changed.map((r) => r.id)),
      );
      for (const entry of resEntries) {
        const after = (entry.changes as Record<string, [unknown, unknown]>).status_reason![1];
        expect(changed.find((r) => r.id === entry.record_id)!.status_reason).toBe(after);
      }
      expect(orgs.length + changed.length).toBeGreaterThanOrEqual(60);
    }
  }, 180_000);
});
