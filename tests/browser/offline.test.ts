/**
 * The installable, offline app in a real browser: a resident loads their town's list and
 * opens a place; with the network gone, both reload from the service worker's cache; back
 * online, a place renamed on the server meanwhile shows its new name (the shell names the new
 * snapshots), and offline again the new name stays. The first list needs no data request: the
 * HTML carries the snapshots, and a warm visit's one revalidation of it also revalidates the
 * data (issue #13).
 * Also: the manifest and its icons are served.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server';
import { signIn } from '../integration/api';
import { collectErrors, launchBrowser, newContext, PHONE } from './browser';

let server: TestServer;
let browser: Browser;

async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(new URL(path, server.url), init);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Renames a place on the server, as staff would. */
async function renamePlace(id: string, name: string): Promise<void> {
  const { email, password } = server.superuser;
  const su = await signIn(server.url, email, password, '_superusers');
  const res = await su.patch(`/api/collections/resources/records/${id}`, { name });
  if (res.status !== 200) throw new Error(`renaming ${id}: HTTP ${res.status}`);
}

/** The first town (by code): its list is the residents' first page. */
async function firstTownId(): Promise<string> {
  const towns = await api<{ items: { id: string }[] }>(
    `/api/collections/areas/records?filter=${encodeURIComponent('kind="town"')}&perPage=1&sort=code`,
  );
  return towns.items[0]!.id;
}

/** The directory's first result. */
const DIRECTORY_FIRST = '.results ol.list > li';

/** The requests among `asked` (paths) for the directory's own documents. */
const directoryDocs = (asked: string[]): string[] =>
  asked.filter((p) => p === '/api/public/service_types' || p === '/api/public/organizations');

/**
 * A phone on the first town's list (or on `path`, showing `first`), once the service worker
 * (registered after the first data) has taken the page over; `errors` collects its errors.
 */
async function phoneWithWorker(
  path?: string,
  first = 'ol.results > li',
): Promise<{
  context: BrowserContext;
  page: Page;
  errors: string[];
  townId: string;
}> {
  const townId = await firstTownId();
  const { context } = await newContext(browser, server.url, { viewport: PHONE, touch: true });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${server.url}${path ?? `/?town=${townId}`}`);
  await page.locator(first).first().waitFor();
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, {
    timeout: 30_000,
  });
  return { context, page, errors, townId };
}

/** The page errors other than the failed requests an offline page makes by design. */
const notOffline = (errors: string[]): string[] =>
  errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(e));

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('offline', () => {
  it('serves a manifest with a Japanese name and PNG icons', async () => {
    const res = await fetch(`${server.url}/manifest.webmanifest`);
    expect(res.headers.get('content-type')).toBe('application/manifest+json');
    const manifest = (await res.json()) as {
      name: string;
      icons: { src: string; sizes: string; type: string }[];
      start_url: string;
    };
    expect(manifest.name).toBe('支えあいマップ');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );
    for (const icon of manifest.icons) {
      const png = Buffer.from(await (await fetch(new URL(icon.src, server.url))).arrayBuffer());
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      const [w, h] = icon.sizes.split('x').map(Number);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([w, h]);
    }
  });

  it('the town list and an opened place work with no network; a changed snapshot replaces the cached one', async () => {
    const { context, page, errors, townId } = await phoneWithWorker();
    const first = page.locator('ol.results > li').first();
    const placeId = (await first.getAttribute('data-resource-id'))!;
    const placeName = (await first.locator('h3.name a').innerText()).trim();
    await first.locator('h3.name a').click();
    await page.waitForURL(`**/places/${placeId}**`);
    await page
      .locator('h1')
      .filter({ hasText: placeName.split('\n')[0]! })
      .waitFor();

    await context.setOffline(true);
    await page.goto(`${server.url}/?town=${townId}`);
    await expect
      .poll(() => page.locator('ol.results > li').first().getAttribute('data-resource-id'), {
        timeout: 20_000,
      })
      .toBe(placeId);
    await page.goto(`${server.url}/places/${placeId}?town=${townId}`);
    await expect
      .poll(() => page.locator('h1').innerText(), { timeout: 20_000 })
      .toContain(placeName.split('\n')[0]!);

    // Back online, the place is renamed on the server: the next visit shows the new name.
    await context.setOffline(false);
    await renamePlace(placeId, 'オフライン確認サロン');
    await page.goto(`${server.url}/?town=${townId}`);
    await expect
      .poll(() => page.locator(`li[data-resource-id="${placeId}"] h3.name`).innerText(), {
        timeout: 20_000,
      })
      .toContain('オフライン確認サロン');
    await page.goto(`${server.url}/places/${placeId}?town=${townId}`);
    await expect
      .poll(() => page.locator('h1').innerText(), { timeout: 20_000 })
      .toContain('オフライン確認サロン');
    // Offline again: the last shell names the new version, which the worker kept.
    await context.setOffline(true);
    await page.goto(`${server.url}/?town=${townId}`);
    await expect
      .poll(() => page.locator(`li[data-resource-id="${placeId}"] h3.name`).innerText(), {
        timeout: 20_000,
      })
      .toContain('オフライン確認サロン');
    await context.setOffline(false);
    // Offline page loads fail their network requests by design; nothing else may go wrong.
    expect(notOffline(errors)).toEqual([]);
    await context.close();
  }, 120_000);
});

describe('the directory with the worker', () => {
  it('opened once, comes back with its own documents in the shell the worker kept, online and offline', async () => {
    const { context, page, errors } = await phoneWithWorker();
    // The first visit asks the network for the directory's shell; the worker keeps it.
    await page.goto(`${server.url}/directory`);
    await page.locator(DIRECTORY_FIRST).first().waitFor();

    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/directory`);
    await page.locator(DIRECTORY_FIRST).first().waitFor();
    expect(directoryDocs(asked)).toEqual([]);
    // A shortlist page is served the same shell.
    await page.goto(`${server.url}/shortlists`);
    await page.locator('h1').first().waitFor();
    expect(directoryDocs(asked)).toEqual([]);

    await context.setOffline(true);
    await page.goto(`${server.url}/directory`);
    await expect
      .poll(() => page.locator(DIRECTORY_FIRST).count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await context.setOffline(false);
    expect(notOffline(errors)).toEqual([]);
    await context.close();
  }, 120_000);
});

describe('the directory with the worker, registered there', () => {
  it('keeps the directory’s shell from the install on: offline, its documents come with it', async () => {
    // The directory is the first page: the worker registers and installs from there.
    const { context, page } = await phoneWithWorker('/directory', DIRECTORY_FIRST);
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await context.setOffline(true);
    await page.goto(`${server.url}/directory`);
    await expect
      .poll(() => page.locator(DIRECTORY_FIRST).count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    expect(directoryDocs(asked)).toEqual([]);
    await context.setOffline(false);
    await context.close();
  }, 60_000);
});

describe('the next page', () => {
  it('a place tapped in the list needs no more code from the network: it was fetched while the list was read', async () => {
    const townId = await firstTownId();
    // No service worker: the page's own preloading, not the worker's install, is what is tested.
    const context = await browser.newContext({ viewport: PHONE, serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors = collectErrors(page);
    const code: string[] = [];
    page.on('requestfinished', (r) => {
      if (new URL(r.url()).pathname.startsWith('/_app/immutable/')) code.push(r.url());
    });
    await page.goto(`${server.url}/?town=${townId}`);
    const first = page.locator('ol.results > li').first();
    await first.waitFor();
    const name = (await first.locator('h3.name a').innerText()).split('\n')[0]!.trim();
    // Once the code the page fetches after its list has come (nothing new for a second), the
    // network goes away: the place's data is already in the page.
    await expect
      .poll(
        async () => {
          const before = code.length;
          await page.waitForTimeout(1000);
          return code.length === before;
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    await context.setOffline(true);
    await first.locator('h3.name a').click();
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 10_000 }).toContain(name);
    expect(await page.locator('.place-page p.kind').isVisible()).toBe(true);
    await context.setOffline(false);
    expect(notOffline(errors)).toEqual([]);
    await context.close();
  }, 60_000);
});

describe('the data the HTML carries', () => {
  it("the first list (and the directory's first results) asks for no snapshot, cold or warm; a warm visit revalidates the HTML (304); a change comes with the next HTML", async () => {
    const townId = await firstTownId();
    // No route handler (it would turn the HTTP cache off) and no service worker: the
    // browser's own cache, as the bench measures it.
    const context = await browser.newContext({ viewport: PHONE, serviceWorkers: 'block' });
    type Seen = { url: string; status: number };
    /** The responses a visit got before its first list, with the status on the wire. */
    const visit = async (path = `/?town=${townId}`, first = 'ol.results > li'): Promise<Seen[]> => {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const seen = new Map<string, Seen>();
      // responseReceived reports a revalidated cache entry as the cached 200; the wire's
      // status (304) is in the extra info.
      const wire = new Map<string, number>();
      let listed = false;
      cdp.on('Network.responseReceived', (e) => {
        if (!listed) seen.set(e.requestId, { url: e.response.url, status: e.response.status });
      });
      cdp.on('Network.responseReceivedExtraInfo', (e) => wire.set(e.requestId, e.statusCode));
      await cdp.send('Network.enable');
      await page.goto(`${server.url}${path}`);
      await page.locator(first).first().waitFor();
      listed = true;
      await page.close();
      return [...seen].map(([id, r]) => ({ ...r, status: wire.get(id) ?? r.status }));
    };
    // The list's own data comes with the HTML. The map's documents (its boundaries and
    // credits, asked for when the map mounts, which may be before the list shows) are the map's.
    const MAP_DOCS = ['boundaries', 'data_sources', 'layers'].map((n) => `/api/public/${n}`);
    const data = (seen: Seen[]): string[] =>
      seen
        .map((r) => new URL(r.url).pathname)
        .filter((p) => p.startsWith('/api/public/') && !MAP_DOCS.includes(p));
    const shell = (seen: Seen[]): Seen | undefined =>
      seen.find((r) => new URL(r.url).pathname === '/');

    const cold = await visit();
    expect(data(cold)).toEqual([]);
    expect(shell(cold)?.status).toBe(200);
    const warm = await visit();
    expect(data(warm)).toEqual([]);
    expect(shell(warm)?.status).toBe(304);
    // The directory's first results too: its HTML also carries the taxonomy and organisations.
    expect(data(await visit('/directory', DIRECTORY_FIRST))).toEqual([]);

    // A change: the next visit's HTML is new (200), and carries the new name.
    const page = await context.newPage();
    await page.goto(`${server.url}/?town=${townId}`);
    const first = page.locator('ol.results > li').first();
    const placeId = (await first.getAttribute('data-resource-id'))!;
    await page.close();
    await renamePlace(placeId, '版が変わったサロン');
    const changed = await visit();
    expect(shell(changed)?.status).toBe(200);
    expect(data(changed)).toEqual([]);
    const check = await context.newPage();
    await check.goto(`${server.url}/?town=${townId}`);
    await expect
      .poll(() => check.locator(`li[data-resource-id="${placeId}"] h3.name`).innerText())
      .toContain('版が変わったサロン');
    await context.close();
  }, 120_000);
});

describe('static files', () => {
  it('are precompressed, hashed files immutable, the rest revalidated by ETag, a missing chunk a 404', async () => {
    // The HTML is rendered per data version (pb/index_with_data.go) and compressed once per
    // rendering; the scripts are the build's precompressed files.
    const html = await fetch(`${server.url}/`, { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(html.headers.get('content-encoding')).toBe('br');
    expect(html.headers.get('cache-control')).toBe('no-cache');
    expect(html.headers.get('vary')).toMatch(/Accept-Encoding/i);
    const page = await html.text();
    // The largest script the page names (small ones get no compressed variant).
    const scripts = [...new Set(page.match(/\/_app\/immutable\/[^"']+\.js/g))];
    const sizes = await Promise.all(
      scripts.map(
        async (s) =>
          (
            await (
              await fetch(`${server.url}${s}`, { headers: { 'Accept-Encoding': 'identity' } })
            ).arrayBuffer()
          ).byteLength,
      ),
    );
    const asset = scripts[sizes.indexOf(Math.max(...sizes))]!;
    expect(Math.max(...sizes)).toBeGreaterThan(1024);
    const js = await fetch(`${server.url}${asset}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(js.status).toBe(200);
    expect(js.headers.get('content-encoding')).toBe('gzip');
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const plain = await fetch(`${server.url}${asset}`, {
      headers: { 'Accept-Encoding': 'identity' },
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const etag = html.headers.get('etag')!;
    const again = await fetch(`${server.url}/`, {
      headers: { 'Accept-Encoding': 'br, gzip', 'If-None-Match': etag },
    });
    expect(again.status).toBe(304);
    // An app route is the shell, revalidated like it.
    const route = await fetch(`${server.url}/directory`);
    expect(route.status).toBe(200);
    expect(route.headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${server.url}/_app/immutable/chunks/no-such-chunk.js`)).status).toBe(404);
  });
});
