/**
 * A real city in production (issue #11), as an operator runs it: `sasaeai init` makes the
 * city's data directory, `npm start`'s own script serves it, its admin signs in through the
 * users collection (as /login does) and imports towns, districts and places; no demo record
 * and no demo account is there. Bad inputs to `init` name what is wrong and write nothing.
 * (A demo data directory refusing imports: demo-data-dir-refuses-import.test.ts.)
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MARKER_FILE, DEMO_SUPERUSER } from '../../scripts/lib/demo-data';
import { ensureSpa } from '../../scripts/lib/spa-build';
import { SERVER_LOCK_FILE } from '../../scripts/lib/server-lock';
import { importCommand } from '../../src/cli/commands/import';
import { initCommand } from '../../src/cli/commands/init';
import { DEMO_PASSWORD } from '../../src/lib/demo-city/generate-demo-users';
import { sampleTownsZip } from '../../src/lib/import/__fixtures__/write-shapefile';
import { runStartScript, type StartedScript } from '../helpers/start-script';
import { anonymous, countRecords as count, signIn, type ListBody } from './api';
import { runCli, runCliJson } from './run-cli';

const ADMIN = { email: 'chiiki@city.takasaki.example.jp', password: 'takasaki-admin-2026' };

let root: string;
let cityDir: string;
let city: StartedScript | undefined;
let savedPassword: string | undefined;

beforeAll(() => {
  ensureSpa(() => {});
  root = mkdtempSync(join(tmpdir(), 'sasaeai-realcity-'));
  cityDir = join(root, 'takasaki');
  savedPassword = process.env.SASAEAI_ADMIN_PASSWORD;
}, 600_000);

afterAll(async () => {
  await city?.stop();
  if (savedPassword === undefined) delete process.env.SASAEAI_ADMIN_PASSWORD;
  else process.env.SASAEAI_ADMIN_PASSWORD = savedPassword;
  rmSync(root, { recursive: true, force: true });
});

/** What `root` holds besides the directories a test expects (init's hidden staging must not stay). */
function leftovers(expected: string[]): string[] {
  return readdirSync(root).filter((n) => !expected.includes(n));
}

describe('sasaeai init → npm start → sign in → import', () => {
  it('makes a real city that npm start serves as it is, with no demo record or account, and its admin imports there', async () => {
    process.env.SASAEAI_ADMIN_PASSWORD = ADMIN.password;
    const init = await runCliJson<{
      city: { code: string; code6: string };
      backups: { cron: string; keep: number };
    }>(initCommand, [
      '--data-dir',
      cityDir,
      '--city-name',
      '高崎市',
      '--city-code',
      '102024',
      '--city-name-kana',
      'たかさきし',
      '--admin-email',
      ADMIN.email,
      '--behind-proxy',
      '--json',
    ]);
    expect(init.code).toBe(0);
    expect(init.json.city).toEqual(expect.objectContaining({ code: '10202', code6: '102024' }));
    expect(existsSync(join(cityDir, 'data.db'))).toBe(true);
    expect(existsSync(join(cityDir, DEMO_MARKER_FILE))).toBe(false);
    expect(leftovers(['takasaki'])).toEqual([]);

    city = await runStartScript(cityDir);
    expect(city.output()).not.toContain('Demo city loaded');
    expect(existsSync(join(cityDir, SERVER_LOCK_FILE))).toBe(true);

    // The app's sign-in (/login uses the users collection) takes the city's admin…
    const admin = await signIn(city.url, ADMIN.email, ADMIN.password);
    expect(admin.record).toMatchObject({ role: 'admin', verified: true, email: ADMIN.email });
    // …and the admin UI takes the same e-mail and password as its only superuser.
    const su = await signIn(city.url, ADMIN.email, ADMIN.password, '_superusers');
    expect(await count(su, '_superusers')).toBe(1);
    const settings = await su.get<{
      backups: { cron: string; cronMaxKeep: number };
      trustedProxy: { headers: string[]; useLeftmostIP: boolean };
    }>('/api/settings');
    expect(settings.body.backups).toMatchObject({ cron: '0 18 * * *', cronMaxKeep: 7 }); // 03:00 JST in UTC
    expect(settings.body.trustedProxy).toEqual({
      headers: ['X-Forwarded-For'],
      useLeftmostIP: false,
    });

    // The empty city works before any import: its site and city row, nothing else.
    const visitor = anonymous(city.url);
    const site = await visitor.get<ListBody>('/api/collections/site/records');
    expect(site.body.items).toEqual([
      expect.objectContaining({
        city_name: '高崎市',
        city_name_kana: 'たかさきし',
        fictional: false,
      }),
    ]);
    expect(await count(visitor, 'areas')).toBe(1);

    // The admin imports towns and districts (naming the city, as the README does), then places.
    const files = join(root, 'files');
    rmSync(files, { recursive: true, force: true });
    mkdirSync(files);
    writeFileSync(join(files, 'h27ka10202.zip'), sampleTownsZip());
    writeFileSync(
      join(files, 'districts.csv'),
      'town_name,district\n八島町,高崎中央\n旭町,高崎中央\n東町,高崎東\n',
    );
    writeFileSync(
      join(files, 'places.csv'),
      '\uFEFFID,名称,住所,緯度,経度\nrc-001,八島町ふれあいサロン,高崎市八島町1,36.325,139.005\nrc-002,東町いきいき茶の間,高崎市東町2,36.325,139.025\n',
    );
    const signInArgs = ['--url', city.url, '--email', ADMIN.email, '--password', ADMIN.password];
    const areasRun = await runCliJson(importCommand, [
      ...signInArgs,
      '--city-name',
      '高崎市',
      '--city-code',
      '10202',
      '--towns',
      join(files, 'h27ka10202.zip'),
      '--districts',
      join(files, 'districts.csv'),
      '--apply',
      '--json',
    ]);
    expect(areasRun.code, areasRun.out).toBe(0);
    const placesRun = await runCliJson(importCommand, [
      ...signInArgs,
      '--places',
      join(files, 'places.csv'),
      '--apply',
      '--json',
    ]);
    expect(placesRun.code, placesRun.out).toBe(0);

    // One city (init's row, taken over by the import), two districts, three towns, two places.
    expect(await count(visitor, 'areas', 'kind = "city"')).toBe(1);
    expect(await count(visitor, 'areas', 'kind = "district"')).toBe(2);
    expect(await count(visitor, 'areas', 'kind = "town"')).toBe(3);
    expect(await count(su, 'resources')).toBe(2);
    const cityRow = await visitor.get<ListBody>(
      '/api/collections/areas/records?filter=' + encodeURIComponent('kind = "city"'),
    );
    expect(cityRow.body.items[0]).toMatchObject({
      code: '10202',
      name: '高崎市',
      population: 1020,
    });

    // No demo record: nothing fictional, none of the demo city's collections filled.
    const siteAfter = await visitor.get<ListBody>('/api/collections/site/records');
    expect(siteAfter.body.items).toEqual([
      expect.objectContaining({ city_name: '高崎市', fictional: false }),
    ]);
    for (const c of [
      'councils',
      'council_meetings',
      'support_events',
      'resource_contacts',
      'population_cells',
      'layers',
      'organizations',
      'suggestions',
      'shortlists',
    ]) {
      expect(await count(su, c), c).toBe(0);
    }
    expect(await count(su, 'users')).toBe(1);
    // No demo account: the README's published passwords open nothing.
    await expect(signIn(city.url, 'admin@example.com', DEMO_PASSWORD)).rejects.toThrow(
      /sign-in as admin@example.com failed: 400/,
    );
    await expect(
      signIn(city.url, DEMO_SUPERUSER.email, DEMO_SUPERUSER.password, '_superusers'),
    ).rejects.toThrow(/failed: 400/);
    expect(await count(su, 'users', 'email ~ "@example.com"')).toBe(0);
    // …and cannot be made here, by the app admin or the superuser (pb_hooks/demo-accounts.pb.js).
    const demoUser = {
      email: 'admin@example.com',
      password: DEMO_PASSWORD,
      passwordConfirm: DEMO_PASSWORD,
      role: 'admin',
      verified: true,
    };
    expect((await admin.post('/api/collections/users/records', demoUser)).status).toBe(400);
    expect((await su.post('/api/collections/users/records', demoUser)).status).toBe(400);
    const demoSu = {
      email: DEMO_SUPERUSER.email,
      password: DEMO_SUPERUSER.password,
      passwordConfirm: DEMO_SUPERUSER.password,
    };
    expect((await su.post('/api/collections/_superusers/records', demoSu)).status).toBe(400);
    const other = await su.post<{ id: string }>('/api/collections/users/records', {
      email: 'coordinator@city.takasaki.example.jp',
      password: 'coordinator-pw-123',
      passwordConfirm: 'coordinator-pw-123',
      role: 'care_manager',
    }); // a coordinator would need a district (pb_hooks/accounts.pb.js); none are loaded yet
    expect(other.status).toBe(200);
    expect(
      (
        await su.patch(`/api/collections/users/records/${other.body.id}`, {
          email: 'coordinator@example.com',
        })
      ).status,
    ).toBe(400);
    expect(await count(su, 'users', 'email ~ "@example.com"')).toBe(0);
  });

  it('counts sign-in attempts per visitor behind the proxy (--behind-proxy trusts X-Forwarded-For)', async () => {
    const attempt = async (ip: string) =>
      (
        await fetch(`${city!.url}/api/collections/users/auth-with-password`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': ip },
          body: JSON.stringify({ identity: ADMIN.email, password: 'wrong-password' }),
        })
      ).status;
    // One visitor guessing passwords reaches the limit (30 a minute)…
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push(await attempt('203.0.113.7'));
    expect(statuses.slice(0, 30).every((s) => s === 400)).toBe(true);
    expect(statuses[30]).toBe(429);
    // …while another resident, through the same proxy (the same TCP peer), still may sign in.
    expect(await attempt('198.51.100.23')).toBe(400);
  });

  it('refuses bad inputs, naming each, and writes nothing', async () => {
    const fresh = join(root, 'other-city');
    const base = [
      '--data-dir',
      fresh,
      '--city-name',
      '高崎市',
      '--admin-email',
      'a@city.example.jp',
    ];
    /** init's arguments for `dir`: 高崎市 (10202) and its admin, or the name or address given. */
    const cityIn = (dir: string, over: { cityName?: string; adminEmail?: string } = {}) => [
      '--data-dir',
      dir,
      '--city-name',
      over.cityName ?? '高崎市',
      '--city-code',
      '10202',
      '--admin-email',
      over.adminEmail ?? 'a@city.example.jp',
    ];
    const run = async (args: string[], password = 'a-good-long-password') => {
      process.env.SASAEAI_ADMIN_PASSWORD = password;
      return await runCli(initCommand, args, { errorsAsOutput: true });
    };
    const cases: Array<[string[], string | undefined, RegExp]> = [
      [
        [...base, '--city-code', '102025'],
        undefined,
        /--city-code "102025": its check digit \(the 6th digit\) is 5, but for 10202 it must be 4/,
      ],
      [
        [...base, '--city-code', '48202'],
        undefined,
        /--city-code "48202": its first two digits "48" are not a prefecture/,
      ],
      [
        [...base, '--city-code', '1020'],
        undefined,
        /--city-code "1020" is not a 全国地方公共団体コード/,
      ],
      [
        [...base, '--city-code', '10202'],
        'short-pw',
        /admin password .* has 8 characters; it needs at least 10/,
      ],
      [cityIn(fresh, { cityName: 'Takasaki' }), undefined, /--city-name "Takasaki" must be/],
      [
        cityIn(fresh, { adminEmail: 'not-an-address' }),
        undefined,
        /--admin-email "not-an-address" is not an e-mail address/,
      ],
      // The city made above: in use by its running server, and holding data.
      [
        cityIn(cityDir),
        undefined,
        new RegExp(`--data-dir ${cityDir} is in use: npm start \\(pid \\d+\\) serves it`),
      ],
    ];
    for (const [args, password, message] of cases) {
      const res = await run(args, password);
      expect(res.code, args.join(' ')).toBe(-1);
      expect(res.out).toMatch(message);
      expect(existsSync(fresh)).toBe(false);
    }

    // A directory holding anything (here one file) is refused and left exactly as it was.
    const used = join(root, 'used');
    mkdirSync(used);
    writeFileSync(join(used, 'notes.txt'), 'keep me');
    const held = await run(cityIn(used));
    expect(held.out).toMatch(/--data-dir .*used already holds data \(notes\.txt\)/);
    expect(readdirSync(used)).toEqual(['notes.txt']);

    // A failure half-way (PocketBase refuses the backup schedule at the last step) leaves no
    // directory and no hidden staging directory behind.
    const failed = await run([...base, '--city-code', '10202', '--backup-cron', '99 99 * * *']);
    expect(failed.code).toBe(-1);
    expect(failed.out).toMatch(
      /init failed, nothing was written to .*other-city: saving the settings/,
    );
    expect(existsSync(fresh)).toBe(false);
    expect(leftovers(['takasaki', 'files', 'used'])).toEqual([]);
    // The running city is untouched by all of this.
    expect(
      (await anonymous(city!.url).get<ListBody>('/api/collections/site/records')).body.items,
    ).toHaveLength(1);
  });

  it('stops cleanly on SIGTERM: PocketBase gone, lock file removed', async () => {
    const code = await city!.stop();
    expect(code).toBe(0);
    expect(existsSync(join(cityDir, SERVER_LOCK_FILE))).toBe(false);
    await expect(fetch(`${city!.url}/api/health`)).rejects.toThrow();
    city = undefined;
  });
});
