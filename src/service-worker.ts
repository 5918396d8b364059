/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * The offline app: a resident who opened the town list and a few places on their phone
 * finds them again with no network.
 *
 * - The app's files (every built file, the static files) are cached at install, in a cache
 *   named after this build, and served from there first: hashed files never change. A new
 *   build installs a new worker that replaces the whole cache.
 * - index.html (every page's shell, carrying the public snapshots the residents' pages start
 *   from, pb/index_with_data.go; the directory's pages have their own, which also carries the
 *   directory's documents, kept at install when a directory page registered the worker, or
 *   when one is first opened online) is served from the cache at once and revalidated behind
 *   it (stale-while-revalidate): a repeat visit on a slow phone network shows the last visit's
 *   list without waiting a round trip. When the server's shell differs (new data or a new
 *   build), the new one replaces the cached copy and the page is told (`SHELL_CHANGED`), and
 *   reads its data again and shows it in place (src/lib/offline/follow-shell-changes.ts). The
 *   first visit, with nothing cached, waits for the network; with no network the last shell,
 *   with its data, is served.
 * - The public snapshots (`/api/public/…`, pb/public_snapshots.go) go to the network first,
 *   and each answer replaces the cached copy (the browser revalidates with the ETag, so an
 *   unchanged snapshot costs a 304); with no network the last copy is served. The snapshots
 *   the residents' pages read are cached at install, so the page that registered the worker
 *   works offline at once; a place page's own document is cached when it is opened.
 * - Everything else (the records API, sign-in, the admin UI) is never cached: staff data
 *   stays on the server.
 */
import { build, files, version } from '$service-worker';
import { SHELL_CHANGED } from '$lib/offline/follow-shell-changes';
import { HOME_SHELL, shellForPath } from '$lib/offline/shell-for-path';

const sw = self as unknown as ServiceWorkerGlobalScope;

const SHELL_CACHE = `shell-${version}`;
const DATA_CACHE = 'public-snapshots';
/** The snapshots the residents' list, map and directory read. */
const PUBLIC_DOCS = [
  'site',
  'areas',
  'resources',
  'boundaries',
  'service_types',
  'organizations',
].map((n) => `/api/public/${n}`);
const SHELL = HOME_SHELL;
// No `/_app/env.js`: nothing reads build-time public variables any more (the basemap and the
// walking distance are site settings in the database), so SvelteKit emits no such file, and
// one missing file would make `addAll` fail the whole install.
const SHELL_FILES = new Set([SHELL, ...build, ...files]);

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const shell = await caches.open(SHELL_CACHE);
      // The shell of each page open now too (the directory's, when it registered the worker),
      // so the next visit to it is served from here.
      const open = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const shells = open.map((c) => shellForPath(new URL(c.url).pathname));
      await shell.addAll([...new Set([...SHELL_FILES, ...shells])]);
      // Data is a bonus at install: a failure here (a server with no city yet) must not
      // stop the shell from installing.
      const data = await caches.open(DATA_CACHE);
      await Promise.all(PUBLIC_DOCS.map((u) => data.add(u).catch(() => undefined)));
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key !== SHELL_CACHE && key !== DATA_CACHE) await caches.delete(key);
      }
      await sw.clients.claim();
    })(),
  );
});

/** Network first; the answer replaces the cached copy; the cached copy when offline. */
async function networkFirst(request: Request): Promise<Response> {
  const cache = await caches.open(DATA_CACHE);
  // Kept by URL alone: the page's fetch and the HTML's preload of the same document differ in
  // mode and headers (and the server varies on Origin), but they are the same bytes.
  const key = request.url;
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    else if (response.status === 404) await cache.delete(key, { ignoreVary: true });
    return response;
  } catch (err) {
    const cached = await cache.match(key, { ignoreVary: true });
    if (cached) return cached;
    throw err;
  }
}

/**
 * Posts `message` to the page a navigation is creating, once it exists (the worker answers the
 * navigation before the page's client is created; a changed shell can be known before or
 * after that).
 */
async function tellWhenReady(clientId: string, message: unknown): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const client = clientId ? await sw.clients.get(clientId) : undefined;
    if (client) {
      client.postMessage(message);
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function shellFirst(event: FetchEvent, url: URL): Promise<Response> {
  const request = event.request;
  const cache = await caches.open(SHELL_CACHE);
  if (request.mode !== 'navigate') return (await cache.match(url.pathname)) ?? fetch(request);
  // Every page of the single-page app is the same shell, with the home page's documents or, on
  // the directory's pages, also the directory's (shell-for-path.ts). Asked of the network every
  // time (the browser revalidates it with its ETag: a 304 when nothing changed), kept when it
  // answers.
  const key = shellForPath(url.pathname);
  const cached = await cache.match(key);
  const fresh = fetch(key).then(async (response) => {
    if (response.ok) await cache.put(key, response.clone());
    return response;
  });
  if (!cached) {
    try {
      const response = await fresh;
      return response.ok ? response : ((await cache.match(SHELL)) ?? response);
    } catch (err) {
      // Offline, and this page's own shell never kept: the home page's serves every page (the
      // directory then reads its documents from the data cache).
      const home = await cache.match(SHELL);
      if (home) return home;
      throw err;
    }
  }
  event.waitUntil(
    fresh
      .then(async (response) => {
        // The ETag covers the build and every snapshot the shell carries (and the encoding,
        // which is the same for the same browser).
        if (response.ok && response.headers.get('ETag') !== cached.headers.get('ETag'))
          await tellWhenReady(event.resultingClientId, { type: SHELL_CHANGED });
      })
      .catch(() => undefined), // offline: the cached shell is all there is
  );
  return cached;
}

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin) return;
  if (url.pathname.startsWith('/api/public/')) {
    event.respondWith(networkFirst(request));
  } else if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/_/')) {
    return; // the records API and the admin UI: never from a cache
  } else if (url.pathname.startsWith('/embed/')) {
    // Embedded views live in other sites' frames: their response must carry its own
    // frame-ancestors policy, not the cached shell's (which allows this site only).
    return;
  } else if (request.mode === 'navigate' || SHELL_FILES.has(url.pathname)) {
    event.respondWith(shellFirst(event, url));
  }
});
