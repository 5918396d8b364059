/**
 * `npm run profile:web` — where the time to the residents' first list goes (issue #13): one
 * cold and one warm load of `/?town=…` on a fresh copy of the demo city, under the same
 * conditions as `npm run bench:web` (Chromium 390 px, CPU 4× slower, DevTools' Fast 3G), with
 * the CDP Profiler recording. Prints, for each load:
 *
 * - the network waterfall: each request's start, first byte and end (ms from the navigation),
 *   bytes on the wire and priority — which requests the first list waited for, in what order;
 * - the main thread's JavaScript before the first list: self time per script and the functions
 *   with the most inclusive time (our code's names survive only in an unminified build:
 *   `PROFILE_UNMINIFIED=1` builds one into pb_public/ first; the next `npm start` or test run
 *   rebuilds the real one, since the build stamp no longer matches).
 *
 * `--directory` profiles `/directory`'s first result instead. `--save DIR` also writes each
 * load's `.cpuprofile` (opens in Chrome DevTools). One run,
 * never in a loop: on a shared machine the absolute times are inflated, the proportions hold.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { launchBrowser } from '../tests/browser/browser';
import { startBenchServer } from './lib/bench-server';
import { installFirstSeenProbe, pollFirstSeen } from './lib/first-seen';
import { hasJapaneseFont, NO_JAPANESE_FONT_WARNING } from './lib/japanese-font';
import { preloadHomeNode } from './lib/home-route-chunk';
import { repoRoot } from './lib/repo-root';
import { PUBLIC_DIR } from './lib/spa-build';

const FAST_3G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: 180_000,
  uploadThroughput: 84_375,
};

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}
interface Request {
  url: string;
  type: string;
  priority: string;
  startS: number;
  responseS?: number;
  endS?: number;
  bytes?: number;
  status?: number;
}

/** `--directory`: profile `/directory`'s first result instead of the town list. */
const directory = process.argv.includes('--directory');
const FIRST = directory ? '.results ol.list > li' : 'ol.results > li';
const saveAt = process.argv.indexOf('--save');
const saveDir = saveAt > 0 ? process.argv[saveAt + 1] : undefined;

if (process.env.PROFILE_UNMINIFIED) {
  rmSync(join(PUBLIC_DIR, '.build-stamp'), { force: true });
  execFileSync(
    process.execPath,
    [
      join(repoRoot, 'node_modules/vite/bin/vite.js'),
      'build',
      '--logLevel',
      'error',
      '--minify',
      'false',
    ],
    { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  preloadHomeNode(PUBLIC_DIR, join(repoRoot, '.svelte-kit'));
}

/** The script's short name: a hashed chunk's file name, or the native category. */
function scriptName(url: string, base: string, fn: string): string {
  if (!url) return `(${fn || 'native'})`;
  return url.replace(base, '').replace(/^.*\/_app\/immutable\//, '');
}

function printCpu(profile: CpuProfile, untilUs: number, base: string): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i]!;
    if (t > untilUs) break;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = byId.get(profile.samples[i]!)!.callFrame;
    const leafName = scriptName(leaf.url, base, leaf.functionName);
    self.set(leafName, (self.get(leafName) ?? 0) + ms);
    const seen = new Set<string>();
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const cf = byId.get(id)!.callFrame;
      if (!cf.url) continue;
      const key = `${cf.functionName || '(anonymous)'} ${scriptName(cf.url, base, '')}:${cf.lineNumber}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
    }
  }
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log('  main thread before the first list, self ms by script:');
  for (const [k, v] of top(self, 12)) console.log(`  ${v.toFixed(0).padStart(7)}  ${k}`);
  console.log('  functions by inclusive ms:');
  for (const [k, v] of top(inclusive, 40)) console.log(`  ${v.toFixed(0).padStart(7)}  ${k}`);
}

async function load(
  cdp: CDPSession,
  open: () => Promise<number>,
): Promise<{ firstMs: number; requests: Request[]; profile: CpuProfile }> {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', FAST_3G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const requests = new Map<string, Request>();
  cdp.on('Network.requestWillBeSent', (e) => {
    requests.set(e.requestId, {
      url: e.request.url,
      type: e.type ?? '',
      priority: e.request.initialPriority,
      startS: e.timestamp,
    });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { responseS: e.timestamp, status: e.response.status });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { endS: e.timestamp, bytes: e.encodedDataLength });
  });
  await cdp.send('Profiler.start');
  const firstMs = await open();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  return { firstMs, requests: [...requests.values()], profile };
}

if (!hasJapaneseFont()) console.error(NO_JAPANESE_FONT_WARNING);
// An unminified build was just made (and its stamp removed): not rebuilt over.
const server = await startBenchServer({ spa: !process.env.PROFILE_UNMINIFIED });
const browser = await launchBrowser();
try {
  const areas = (await (await fetch(`${server.url}/api/public/areas`)).json()) as {
    items: { id: string; kind: string }[];
  };
  const url = directory
    ? `${server.url}/directory`
    : `${server.url}/?town=${areas.items.find((a) => a.kind === 'town')!.id}`;
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    locale: 'ja-JP',
    serviceWorkers: 'block',
  });
  if (saveDir) mkdirSync(saveDir, { recursive: true });
  console.log(`profile: ${url}, Chromium ${browser.version()}, CPU 4× slower, Fast 3G`);
  for (const pass of ['cold', 'warm']) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await installFirstSeenProbe(cdp, FIRST);
    const { firstMs, requests, profile } = await load(cdp, async () => {
      await page.goto(url, { waitUntil: 'commit' });
      return pollFirstSeen(cdp);
    });
    const doc = requests.find((r) => r.type === 'Document')!;
    const ms = (s: number | undefined) =>
      s === undefined ? '     -' : String(Math.round((s - doc.startS) * 1000)).padStart(6);
    console.log(`\n${pass}: first list after ${firstMs.toFixed(0)} ms`);
    console.log('   start  first    end    bytes  prio  request');
    let bytes = 0;
    for (const r of requests.sort((a, b) => a.startS - b.startS)) {
      bytes += r.bytes ?? 0;
      const path = r.url.replace(server.url, '').slice(0, 80);
      console.log(
        `  ${ms(r.startS)} ${ms(r.responseS)} ${ms(r.endS)} ${String(r.bytes ?? '').padStart(8)}  ${r.priority.slice(0, 4).padEnd(4)}  ${path}`,
      );
    }
    console.log(`  ${(bytes / 1024).toFixed(0)} kB on the wire by the first list and just after`);
    // The profile's clock is the network events' (monotonic, µs); the first list's is the page's.
    printCpu(profile, doc.startS * 1e6 + firstMs * 1000, server.url);
    if (saveDir) writeFileSync(join(saveDir, `${pass}.cpuprofile`), JSON.stringify(profile));
    await cdp.detach();
    await page.close();
  }
  await context.close();
} finally {
  await browser.close();
  await server.stop();
}
