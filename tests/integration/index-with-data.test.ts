/**
 * The HTML carries the current public data (pb/index_with_data.go, issue #13): index.html —
 * here the real src/app.html with its preload links — is served with each preloaded public
 * snapshot inlined (the same bytes as its own URL, which is then not preloaded), and an ETag
 * that changes with the build and with every snapshot; it never holds what a guest may not
 * read.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/repo-root';
import { startServer, type TestServer } from '../helpers/server';
import { type ApiClient, signInSuperuser } from './api';
import { expectNoPrivateData } from './expect-no-private-data';

/** The documents src/app.html preloads for every page. */
const PRELOADED = ['site', 'areas', 'resources'];
/** The documents it preloads for the directory and the shortlists only (data-routes). */
const DIRECTORY_ONLY = ['service_types', 'organizations'];

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

interface Carried {
  res: Response;
  html: string;
  /** Each inlined snapshot's version (its data-version). */
  v: Map<string, string>;
  /** Each inlined snapshot's text. */
  text: Map<string, string>;
}

/** The snapshots the HTML served for `path` carries. */
async function carried(path = '/'): Promise<Carried> {
  const res = await fetch(`${server.url}${path}`);
  expect(res.status).toBe(200);
  const html = await res.text();
  const v = new Map<string, string>();
  const text = new Map<string, string>();
  for (const m of html.matchAll(
    /<script type="application\/json" id="sasaeai-public-([a-z_]+)" data-version="([0-9a-f]+)">([^<]*)<\/script>/g,
  )) {
    v.set(m[1]!, m[2]!);
    text.set(m[1]!, m[3]!);
  }
  // No preload of a snapshot is left: the data came with the HTML.
  expect(html).not.toMatch(/href="\/api\/public\//);
  return { res, html, v, text };
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
  su = await signInSuperuser(server);
});

afterAll(async () => {
  await server?.stop();
  if (publicDir) rmSync(publicDir, { recursive: true, force: true });
});

describe('index.html carries the current snapshots', () => {
  it('each preloaded snapshot, the same bytes as its own URL, on every SPA route, revalidated by ETag', async () => {
    const { res, html, v, text } = await carried();
    expect([...v.keys()].sort()).toEqual([...PRELOADED].sort());
    for (const name of PRELOADED) {
      expect(v.get(name)).toBe(await currentVersion(name));
      expect(text.get(name)).toBe(await (await fetch(`${server.url}/api/public/${name}`)).text());
    }
    // In the body, after the page: the head (and its script preloads) arrives first.
    expect(html.indexOf('sasaeai-public-')).toBeGreaterThan(html.indexOf('<p>shell</p>'));
    expect(html.indexOf('sasaeai-public-')).toBeLessThan(html.indexOf('</body>'));
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
    // Another app route is the same shell, with the same data.
    expect((await carried('/map')).v).toEqual(v);
    expect((await carried('/places/any')).v).toEqual(v);
  });

  it("the directory's own documents on the directory and shortlist pages only, each its own ETag", async () => {
    const home = await carried('/');
    // Neither carried nor preloaded on the residents' pages (carried() checks no link is left).
    expect([...home.v.keys()].sort()).toEqual([...PRELOADED].sort());
    for (const path of ['/directory', '/directory/', '/shortlists', '/shortlists/abc/print']) {
      const page = await carried(path);
      expect([...page.v.keys()].sort(), path).toEqual([...PRELOADED, ...DIRECTORY_ONLY].sort());
      for (const name of DIRECTORY_ONLY) {
        expect(page.v.get(name)).toBe(await currentVersion(name));
        expect(page.text.get(name)).toBe(
          await (await fetch(`${server.url}/api/public/${name}`)).text(),
        );
      }
      expect(page.res.headers.get('etag')).not.toBe(home.res.headers.get('etag'));
    }
    // A path that only starts with the same letters is another page.
    expect([...(await carried('/directoryx')).v.keys()].sort()).toEqual([...PRELOADED].sort());
    const dir = await carried('/directory');
    const tag = dir.res.headers.get('etag')!;
    expect(
      (await fetch(`${server.url}/directory`, { headers: { 'If-None-Match': tag } })).status,
    ).toBe(304);
    await expectNoPrivateData([...dir.text.values()].join('\n'), su);
  });

  it('a name in the data cannot close the script element', async () => {
    const places = (await (await fetch(`${server.url}/api/public/resources`)).json()) as {
      items: { id: string }[];
    };
    const id = places.items[1]!.id;
    const name = '</script><script>alert(1)</script>サロン';
    expect((await su.patch(`/api/collections/resources/records/${id}`, { name })).status).toBe(200);
    const { html, text } = await carried();
    expect(html).not.toContain('</script><script>alert(1)');
    const doc = JSON.parse(text.get('resources')!) as { items: { id: string; name: string }[] };
    expect(doc.items.find((r) => r.id === id)?.name).toBe(name);
  });

  it('never holds a contact, a private or inactive place, or a staff id', async () => {
    const { text } = await carried();
    await expectNoPrivateData([...text.values()].join('\n'), su);
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
    const before = (await carried()).res.headers.get('etag')!;
    writeIndex('two');
    const after = await fetch(`${server.url}/`, { headers: { 'If-None-Match': before } });
    expect(after.status).toBe(200);
    expect(await after.text()).toContain('content="two"');
  });
});

describe('after a write', () => {
  it('the HTML carries the new data and its old ETag no longer matches', async () => {
    const before = await carried();
    const oldEtag = before.res.headers.get('etag')!;
    const places = (await (await fetch(`${server.url}/api/public/resources`)).json()) as {
      items: { id: string }[];
    };
    const id = places.items[0]!.id;
    expect(
      (await su.patch(`/api/collections/resources/records/${id}`, { name: '版の確認サロン' }))
        .status,
    ).toBe(200);

    // Asked at once (the rebuild is otherwise debounced): the HTML builds what it carries.
    const again = await fetch(`${server.url}/`, { headers: { 'If-None-Match': oldEtag } });
    expect(again.status).toBe(200);
    const after = await carried();
    expect(after.v.get('resources')).not.toBe(before.v.get('resources'));
    expect(after.text.get('resources')).toContain('版の確認サロン');
    expect(after.v.get('areas')).toBe(before.v.get('areas'));
    expect(after.v.get('site')).toBe(before.v.get('site'));
  });
});
