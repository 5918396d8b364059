/**
 * The HTML names the current data version (pb/versioned_index.go, issue #13): index.html —
 * here the real src/app.html with its preload links — is served with each preloaded public
 * snapshot URL carrying `?v=` its current content version, and an ETag that changes with the
 * build and with every version; the snapshot at its current `v` is immutable, at an old or
 * missing `v` revalidated as before, and never holds what a guest may not read.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/repo-root';
import { startServer, type TestServer } from '../helpers/server';
import { signIn, type ApiClient } from './api';
import { expectNoPrivateData } from './expect-no-private-data';

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The documents src/app.html preloads. */
const PRELOADED = ['site', 'areas', 'resources'];

let server: TestServer;
let su: ApiClient;
let publicDir: string;

/** index.html as SvelteKit writes it from src/app.html (placeholders filled, links kept). */
function writeIndex(marker: string): void {
  const html = readFileSync(join(repoRoot, 'src/app.html'), 'utf8')
    .replaceAll('%sveltekit.assets%', '')
    .replace('%sveltekit.head%', `<meta name="build" content="${marker}" />`)
    .replace('%sveltekit.body%', '<p>shell</p>');
  writeFileSync(join(publicDir, 'index.html'), html);
}

/** The `v` each preloaded snapshot URL carries in the HTML served for `path`. */
async function namedVersions(path = '/'): Promise<{ res: Response; v: Map<string, string> }> {
  const res = await fetch(`${server.url}${path}`);
  expect(res.status).toBe(200);
  const html = await res.text();
  const v = new Map<string, string>();
  for (const m of html.matchAll(/<link\b[^>]*href="\/api\/public\/([a-z_]+)\?v=([0-9a-f]+)"/g))
    v.set(m[1]!, m[2]!);
  // No preload is left unversioned.
  expect(html).not.toMatch(/href="\/api\/public\/[a-z_]+"/);
  return { res, v };
}

/** A snapshot's current version, read from its plain URL's ETag. */
async function currentVersion(name: string): Promise<string> {
  const etag = (await fetch(`${server.url}/api/public/${name}`)).headers.get('etag')!;
  return etag.replace(/^W\//, '').replaceAll('"', '');
}

beforeAll(async () => {
  publicDir = mkdtempSync(join(tmpdir(), 'sasaeai-public-'));
  writeIndex('one');
  server = await startServer({ publicDir });
  su = await signIn(server.url, server.superuser.email, server.superuser.password, '_superusers');
});

afterAll(async () => {
  await server?.stop();
  if (publicDir) rmSync(publicDir, { recursive: true, force: true });
});

describe('index.html names the current snapshot versions', () => {
  it('each preloaded snapshot at its current version, on every SPA route, revalidated by ETag', async () => {
    const { res, v } = await namedVersions();
    expect([...v.keys()].sort()).toEqual([...PRELOADED].sort());
    for (const name of PRELOADED) expect(v.get(name)).toBe(await currentVersion(name));
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('vary')).toMatch(/Accept-Encoding/i);
    // A file time would answer If-Modified-Since with "not modified" after a data change.
    expect(res.headers.get('last-modified')).toBeNull();
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    expect((await fetch(`${server.url}/`, { headers: { 'If-None-Match': etag } })).status).toBe(
      304,
    );
    // An app route is the same shell, with the same versions.
    expect((await namedVersions('/directory')).v).toEqual(v);
  });

  it('brotli or gzip when accepted, each with its own ETag', async () => {
    const plain = await fetch(`${server.url}/`, { headers: { 'Accept-Encoding': 'identity' } });
    const gz = await fetch(`${server.url}/`, { headers: { 'Accept-Encoding': 'gzip' } });
    const br = await fetch(`${server.url}/`, { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(br.headers.get('content-encoding')).toBe('br');
    const tags = new Set([plain, gz, br].map((r) => r.headers.get('etag')));
    expect(tags.size).toBe(3);
    const text = await plain.text();
    expect(await gz.text()).toBe(text);
    expect(await br.text()).toBe(text);
  });

  it('a new build gives a new ETag', async () => {
    const before = (await namedVersions()).res.headers.get('etag')!;
    writeIndex('two');
    const after = await fetch(`${server.url}/`, { headers: { 'If-None-Match': before } });
    expect(after.status).toBe(200);
    expect(await after.text()).toContain('content="two"');
  });
});

describe('a snapshot at a version', () => {
  it('the current one is immutable and the same bytes as the plain URL', async () => {
    const { v } = await namedVersions();
    for (const name of PRELOADED) {
      const versioned = await fetch(`${server.url}/api/public/${name}?v=${v.get(name)}`);
      expect(versioned.status).toBe(200);
      expect(versioned.headers.get('cache-control')).toBe(IMMUTABLE);
      const plain = await fetch(`${server.url}/api/public/${name}`);
      expect(plain.headers.get('cache-control')).toBe('no-cache');
      expect(await versioned.text()).toBe(await plain.text());
    }
  });

  it('an unknown or empty version is revalidated as before', async () => {
    for (const q of ['?v=0123456789abcdef01234567', '?v=', '?other=1']) {
      const res = await fetch(`${server.url}/api/public/resources${q}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('never holds a contact, a private or inactive place, or a staff id', async () => {
    const { v } = await namedVersions();
    const text = (
      await Promise.all(
        PRELOADED.map(async (n) =>
          (await fetch(`${server.url}/api/public/${n}?v=${v.get(n)}`)).text(),
        ),
      )
    ).join('\n');
    await expectNoPrivateData(text, su);
  });
});

describe('after a write', () => {
  it('the HTML names the new version, its old ETag no longer matches, the old version is no longer immutable', async () => {
    const before = await namedVersions();
    const oldEtag = before.res.headers.get('etag')!;
    const oldV = before.v.get('resources')!;
    const places = (await (await fetch(`${server.url}/api/public/resources`)).json()) as {
      items: { id: string }[];
    };
    const id = places.items[0]!.id;
    expect(
      (await su.patch(`/api/collections/resources/records/${id}`, { name: '版の確認サロン' }))
        .status,
    ).toBe(200);

    // Asked at once (the rebuild is otherwise debounced): the HTML builds what it names.
    const again = await fetch(`${server.url}/`, { headers: { 'If-None-Match': oldEtag } });
    expect(again.status).toBe(200);
    const after = await namedVersions();
    const newV = after.v.get('resources')!;
    expect(newV).not.toBe(oldV);
    expect(after.v.get('areas')).toBe(before.v.get('areas'));
    expect(after.v.get('site')).toBe(before.v.get('site'));

    const current = await fetch(`${server.url}/api/public/resources?v=${newV}`);
    expect(current.headers.get('cache-control')).toBe(IMMUTABLE);
    expect(await current.text()).toContain('版の確認サロン');
    // The old name answers with the current bytes, never cached for good under it.
    const old = await fetch(`${server.url}/api/public/resources?v=${oldV}`);
    expect(old.headers.get('cache-control')).toBe('no-cache');
    expect(await old.text()).toContain('版の確認サロン');
  });
});
