/**
 * `npm run bench:web` — how soon a resident on an old phone over a slow network sees
 * something, on a fresh copy of the demo city: Debian's Chromium (playwright-core) at
 * 390 × 844 px, CPU slowed 4× (CDP Emulation.setCPUThrottlingRate) and Chrome DevTools'
 * "Fast 3G" preset (CDP Network.emulateNetworkConditions: 562.5 ms latency per request —
 * DevTools' 150 ms × 3.75 —, 1.44 Mbit/s down = 180,000 B/s — 1.6 Mbit/s × 0.9 —,
 * 675 kbit/s up = 84,375 B/s). The machine needs a Japanese font, as the phone has
 * (`apt-get install -y fonts-noto-cjk`; the bench warns without one, and says which in its
 * header and JSON line): without it the pages' text is laid out as fallback boxes, at another
 * cost.
 *
 * For each route — the residents' list `/?town=…`, `/directory`, a place page — it measures
 * the time from navigation start to the first result in the page (the frame after it enters
 * the DOM), the bytes transferred by then and once the network is idle (the map included),
 * cold (new browser profile) and warm (the same profile again). Side by side in the same run
 * on the same build:
 * - `snapshots` (the app as built) and `api` (the same app told to read the records API's
 *   lists, `perPage=1000`, through `localStorage['sasaeai.reads'] = 'api'`), both with
 *   DevTools' Fast 3G and the service worker blocked (the HTTP cache only);
 * - `snapshots, HTTP/2`: the same as `snapshots` through an HTTPS proxy that speaks HTTP/2
 *   (scripts/lib/http2-proxy.ts), as the deployment serves the app behind Caddy: every request
 *   of a page on one connection at once, where PocketBase's own HTTP/1.1 gives the browser six
 *   connections per host. (DevTools' throttling delays requests, not connection set-up, on
 *   either protocol: the TLS handshake's round trip is not counted.)
 * - `snapshots, proxy` and `snapshots, proxy, worker`: the same Fast 3G made by a throttling
 *   proxy in front of the server (scripts/lib/throttle-proxy.ts), since DevTools' throttling
 *   does not reach a service worker's own requests; without and then with the worker, whose
 *   warm visit is a resident's repeat visit to the installed app. The kB columns count the
 *   page's own requests (a worker's install is not in them).
 * Then a resident's next step: a place tapped in the list 3 s after it showed, cold, over
 * HTTP/1.1 and HTTP/2, three times each.
 * Prints a table, then one JSON line.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchBrowser } from '../tests/browser/browser';
import { startBenchServer } from './lib/bench-server';
import { installFirstSeenProbe, pollFirstSeen } from './lib/first-seen';
import { hasJapaneseFont, NO_JAPANESE_FONT_WARNING } from './lib/japanese-font';
import { startHttp2Proxy } from './lib/http2-proxy';
import { startThrottleProxy } from './lib/throttle-proxy';

const FAST_3G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: 180_000,
  uploadThroughput: 84_375,
};
const CPU_SLOWDOWN = 4;
const VIEWPORT = { width: 390, height: 844 };
/** A phone's browser context (the service worker is each measurement's own choice). */
const PHONE_CONTEXT = {
  viewport: VIEWPORT,
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
  locale: 'ja-JP',
} as const;
const IDLE_TIMEOUT_MS = 45_000;
/** How long a resident reads the list before tapping a place (the tap measurement). */
const TAP_AFTER_MS = 3000;

interface Route {
  name: string;
  path: string;
  /** The first result on the page. */
  selector: string;
}

interface Measure {
  firstMs: number;
  kbAtFirst: number;
  kbIdle: number;
}

interface Row {
  mode: string;
  route: string;
  cold: Measure;
  warm: Measure;
}

/**
 * Opens `url` on a throttled page and waits for `selector`; the page is left open.
 * @param slowNetwork `devtools`: DevTools' Fast 3G on the page (`h2`: the same, the URL being
 *   the HTTP/2 proxy's); `proxy`: the URL is already behind the throttling proxy (the same
 *   Fast 3G), which also slows a service worker's requests
 * @param waitForWorker also wait, before closing, until the service worker is active (it
 *   installs after the page has loaded)
 */
async function visit(
  context: BrowserContext,
  url: string,
  selector: string,
  slowNetwork: 'devtools' | 'h2' | 'proxy' = 'devtools',
  waitForWorker = false,
): Promise<Measure> {
  const page: Page = await context.newPage();
  page.on('pageerror', (e) => console.error(`  page error: ${e.message}`));
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (slowNetwork !== 'proxy') await cdp.send('Network.emulateNetworkConditions', FAST_3G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  let bytes = 0;
  let inflight = 0;
  let lastActivity = performance.now();
  cdp.on('Network.requestWillBeSent', () => {
    inflight++;
    lastActivity = performance.now();
  });
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
    bytes += e.encodedDataLength;
    inflight--;
    lastActivity = performance.now();
  });
  cdp.on('Network.loadingFailed', () => {
    inflight--;
    lastActivity = performance.now();
  });
  await installFirstSeenProbe(cdp, selector);
  await page.goto(url, { waitUntil: 'commit' });
  const firstMs = await pollFirstSeen(cdp);
  const kbAtFirst = bytes / 1024;
  // Idle: nothing in flight and nothing new for 2 s (Playwright's own networkidle fires once,
  // possibly before the first result, and the map loads after it).
  const idleDeadline = performance.now() + IDLE_TIMEOUT_MS;
  while (
    performance.now() < idleDeadline &&
    (inflight > 0 || performance.now() - lastActivity < 2000)
  ) {
    await new Promise((r) => setTimeout(r, 250));
  }
  if (waitForWorker) {
    // The worker registers 3 s after load and installs the app over the same slow network.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined), undefined);
  }
  const kbIdle = bytes / 1024;
  await cdp.detach();
  await page.close();

  return { firstMs, kbAtFirst, kbIdle };
}

/**
 * Opens the list at `url` on a fresh throttled phone (no service worker), waits `readMs` after
 * the first result as a resident reading it, taps the first place and returns the time from
 * the tap to the place page's first result (ms).
 */
async function tapToPlace(browser: Browser, url: string, readMs: number): Promise<number> {
  const context = await browser.newContext({ ...PHONE_CONTEXT, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', FAST_3G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator('ol.results > li').first().waitFor({ timeout: 120_000 });
    await page.waitForTimeout(readMs);
    const t0 = performance.now();
    await page.locator('ol.results > li h3.name a').first().tap();
    await page.locator('.place-page p.kind').waitFor({ timeout: 120_000 });
    return performance.now() - t0;
  } finally {
    await context.close();
  }
}

/**
 * The read paths and networks measured, side by side. `api` is the baseline the issue names;
 * `snapshots, HTTP/2` is `snapshots` as deployed behind an HTTP/2 proxy; the proxy rows repeat `snapshots` with the slow network made by the proxy instead of
 * DevTools, without and then with the service worker (a resident's repeat visit to the
 * installed app), so the worker's effect is measured against its own baseline.
 */
const MODES = [
  { name: 'snapshots', reads: 'snapshots', net: 'devtools', worker: false },
  { name: 'api', reads: 'api', net: 'devtools', worker: false },
  { name: 'snapshots, HTTP/2', reads: 'snapshots', net: 'h2', worker: false },
  { name: 'snapshots, proxy', reads: 'snapshots', net: 'proxy', worker: false },
  { name: 'snapshots, proxy, worker', reads: 'snapshots', net: 'proxy', worker: true },
] as const;

const japaneseFont = hasJapaneseFont();
if (!japaneseFont) console.error(NO_JAPANESE_FONT_WARNING);
const server = await startBenchServer({ spa: true });
const proxy = await startThrottleProxy(server.url, {
  latencyMs: FAST_3G.latency,
  downloadBytesPerS: FAST_3G.downloadThroughput,
});
const h2 = await startHttp2Proxy(server.url);
// Trusted, not ignored: a page on an ignored certificate error is never cached (no warm visit).
const browser = await launchBrowser([`--ignore-certificate-errors-spki-list=${h2.spkiSha256}`]);
try {
  const areas = (await (await fetch(`${server.url}/api/public/areas`)).json()) as {
    items: { id: string; kind: string }[];
  };
  const places = (await (await fetch(`${server.url}/api/public/resources`)).json()) as {
    items: { id: string }[];
  };
  const townId = areas.items.find((a) => a.kind === 'town')!.id;
  const placeId = places.items[0]!.id;
  const routes: Route[] = [
    { name: 'list /?town=…', path: `/?town=${townId}`, selector: 'ol.results > li' },
    { name: '/directory', path: '/directory', selector: '.results ol.list > li' },
    { name: 'place page', path: `/places/${placeId}`, selector: '.place-page p.kind' },
  ];
  const rows: Row[] = [];
  for (const mode of MODES) {
    for (const route of routes) {
      const context = await browser.newContext({
        ...PHONE_CONTEXT,
        serviceWorkers: mode.worker ? 'allow' : 'block',
      });
      if (mode.reads === 'api')
        await context.addInitScript(() => localStorage.setItem('sasaeai.reads', 'api'));
      const origin = { proxy: proxy.url, h2: h2.url, devtools: server.url }[mode.net];
      const url = `${origin}${route.path}`;
      const cold = await visit(context, url, route.selector, mode.net, mode.worker);
      const warm = await visit(context, url, route.selector, mode.net);
      await context.close();
      rows.push({ mode: mode.name, route: route.name, cold, warm });
      console.error(
        `${mode.name} ${route.name}: cold ${cold.firstMs.toFixed(0)} ms, warm ${warm.firstMs.toFixed(0)} ms, ${cold.kbAtFirst.toFixed(0)} kB by then`,
      );
    }
  }
  console.log(
    `web bench: Chromium ${browser.version()}, ${VIEWPORT.width} px, CPU ${CPU_SLOWDOWN}× slower, Fast 3G (562.5 ms, 1.44 Mbit/s down), demo city, ${japaneseFont ? 'a Japanese font' : 'NO Japanese font'}`,
  );
  console.table(
    rows.map((r) => ({
      'read path': r.mode,
      route: r.route,
      'first result cold ms': r.cold.firstMs.toFixed(0),
      'first result warm ms': r.warm.firstMs.toFixed(0),
      'kB by first result (cold)': r.cold.kbAtFirst.toFixed(0),
      'kB when idle (cold)': r.cold.kbIdle.toFixed(0),
      'kB when idle (warm)': r.warm.kbIdle.toFixed(0),
    })),
  );
  // A resident's next step: a place tapped in the list, a few seconds after the list showed,
  // on a first visit (cold cache, no service worker; HTTP/1.1 and HTTP/2).
  const taps: Record<string, number[]> = {};
  for (const [net, origin] of [
    ['HTTP/1.1', server.url],
    ['HTTP/2', h2.url],
  ] as const) {
    taps[net] = [];
    for (let round = 0; round < 3; round++) {
      taps[net].push(await tapToPlace(browser, `${origin}${routes[0]!.path}`, TAP_AFTER_MS));
    }
  }
  console.log(
    `tap on a place in the list → its page, ${TAP_AFTER_MS / 1000} s after the list showed (cold, no worker), ms: ` +
      Object.entries(taps)
        .map(([net, ms]) => `${net} ${ms.map((x) => x.toFixed(0)).join(' / ')}`)
        .join('; '),
  );
  console.log(
    JSON.stringify({
      fast3g: FAST_3G,
      cpuSlowdown: CPU_SLOWDOWN,
      viewport: VIEWPORT,
      japaneseFont,
      rows,
      taps,
    }),
  );
} finally {
  await browser.close();
  await h2.stop();
  await proxy.stop();
  await server.stop();
}
