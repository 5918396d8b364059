/**
 * pb_migrations/1732150001_unknown_stays_unknown.js on a database that holds data: a database
 * migrated only up to the migrations before it gets a demo place, an imported place whose
 * invented answers nobody touched, and an imported place whose "who may come" a person then set
 * through the API; after the migration the demo place keeps every value, the untouched imported
 * answers are unknown, and what the person set is kept.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase, servePrivately } from '../../scripts/lib/pocketbase-process';
import { TEST_SUPERUSER } from '../helpers/test-superuser';
import { signIn } from './api';

const MIGRATIONS = resolve(__dirname, '../../pb_migrations');
const dir = mkdtempSync(join(tmpdir(), 'sasaeai-migration-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Rec = Record<string, unknown> & { id: string };

describe('unknown stays unknown: the migration', () => {
  it('keeps demo and person-set values, turns untouched imported defaults into unknown, bools into yes/no', async () => {
    const older = join(dir, 'older-migrations');
    cpSync(MIGRATIONS, older, { recursive: true });
    for (const f of readdirSync(older)) if (f >= '1732150001') rmSync(join(older, f));
    const dataDir = join(dir, 'data');
    await createDatabase(dataDir, TEST_SUPERUSER, older);

    let pb = await servePrivately({ dataDir, migrationsDir: older });
    let ids: { demo: string; imported: string; edited: string; manual: string };
    try {
      const su = await signIn(pb.url, TEST_SUPERUSER.email, TEST_SUPERUSER.password, '_superusers');
      const area = await su.post<Rec>('/api/collections/areas/records', {
        kind: 'district',
        name: '中央',
      });
      expect(area.status).toBe(200);
      const base = {
        kind: 'gathering_place',
        district: area.body.id,
        status: 'active',
        is_public: true,
      };
      const make = async (name: string, extra: Record<string, unknown>) => {
        const r = await su.post<Rec>('/api/collections/resources/records', {
          ...base,
          name,
          ...extra,
        });
        expect(r.status, JSON.stringify(r.body)).toBe(200);
        return r.body.id;
      };
      ids = {
        demo: await make('デモのサロン', {
          source: 'demo',
          source_id: 'd1',
          eligibility: 'anyone',
          booking: 'drop_in',
          accepting_newcomers: false,
        }),
        imported: await make('中川長寿センター', {
          source: 'shelters',
          source_id: 's1',
          eligibility: 'anyone',
          booking: 'call_first',
          accepting_newcomers: true,
        }),
        edited: await make('新町公民館', {
          source: 'shelters',
          source_id: 's2',
          eligibility: 'anyone',
          booking: 'call_first',
          accepting_newcomers: true,
        }),
        manual: await make('手で登録した会', {
          eligibility: 'age_65_plus',
          booking: 'reservation',
          accepting_newcomers: true,
        }),
      };
      // A person sets "who may come" on one imported place (the change log records it).
      expect(
        (
          await su.patch(`/api/collections/resources/records/${ids.edited}`, {
            eligibility: 'age_65_plus',
          })
        ).status,
      ).toBe(200);
    } finally {
      await pb.stop();
    }

    pb = await servePrivately({ dataDir });
    try {
      const su = await signIn(pb.url, TEST_SUPERUSER.email, TEST_SUPERUSER.password, '_superusers');
      const get = async (id: string) =>
        (await su.get<Rec>(`/api/collections/resources/records/${id}`)).body;
      const pick = (r: Rec) => ({
        eligibility: r.eligibility,
        booking: r.booking,
        accepting_newcomers: r.accepting_newcomers,
      });
      expect(pick(await get(ids.demo))).toEqual({
        eligibility: 'anyone',
        booking: 'drop_in',
        accepting_newcomers: 'no',
      });
      expect(pick(await get(ids.imported))).toEqual({
        eligibility: '',
        booking: '',
        accepting_newcomers: '',
      });
      expect(pick(await get(ids.edited))).toEqual({
        eligibility: 'age_65_plus',
        booking: '',
        accepting_newcomers: '',
      });
      expect(pick(await get(ids.manual))).toEqual({
        eligibility: 'age_65_plus',
        booking: 'reservation',
        accepting_newcomers: 'yes',
      });
      expect((await get(ids.demo)).name_kana_generated).toBe(false);
    } finally {
      await pb.stop();
    }
  }, 120_000);
});
