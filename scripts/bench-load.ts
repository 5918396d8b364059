/**
 * `npm run bench:load` — the public read path under a crowd: the data requests a resident's
 * page makes, from 50, 100 and 200 concurrent clients, against the records API's
 * `perPage=1000` list in the same run, on a fresh copy of the demo city.
 *
 * Scenarios (each client sends one request after another, gzip accepted, bodies read and
 * counted, not decoded):
 * - `home page`: what the residents' home page asks of the server now: its HTML (`/?town=…`,
 *   which carries the site, areas and resources snapshots, pb/index_with_data.go), the
 *   map's boundaries and its credits (the data sources' and layers' snapshots);
 * - `snapshots`: the public documents one by one (site, areas, resources, boundaries from
 *   /api/public/…), as pages other than the first read them;
 * - `list`: `resources?perPage=1000`, the list every public page used to download;
 * - `api page`: the requests the home page used to make (site, city, districts, towns,
 *   resources through the records API).
 *
 * The per-IP rate limiter (600 requests / 10 s) is not what is measured: requests leave from
 * 250 loopback addresses (127.0.0.2–127.0.0.251) in turn, one keep-alive agent each. Bounded:
 * each level runs for LOAD_SECONDS (default 10) after a 1 s warm-up and stops by itself;
 * requests/s and latencies are of the requests that finished within that window (those still
 * running then are awaited, not counted);
 * nothing leaves this machine. The load generator shares the CPU with the server, so the
 * numbers are a floor. Prints a table, then one JSON line.
 */
import { Agent, request } from 'node:http';
import { startBenchServer } from './lib/bench-server';
import { errorMessage } from '../src/lib/domain/error-message';

const LEVELS = [50, 100, 200];
const SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
const ADDRESSES = Array.from({ length: 250 }, (_, k) => `127.0.0.${k + 2}`);

interface LevelResult {
  scenario: string;
  clients: number;
  requests: number;
  errors: number;
  errorSamples: string[];
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  kbPerRequest: number;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const agents = ADDRESSES.map((localAddress) => new Agent({ keepAlive: true, localAddress }));

function get(base: URL, path: string, agent: Agent): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: base.hostname,
        port: base.port,
        path,
        method: 'GET',
        agent,
        headers: { 'Accept-Encoding': 'gzip' },
      },
      (res) => {
        let bytes = 0;
        res.on('data', (c: Buffer) => (bytes += c.length));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
        res.on('error', reject);
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error('timeout after 30 s')));
    req.on('error', reject);
    req.end();
  });
}

async function runLevel(
  base: URL,
  scenario: string,
  paths: string[],
  clients: number,
): Promise<LevelResult> {
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  const errorSamples: string[] = [];
  let next = 0;
  const warmEnd = performance.now() + 1000;
  const end = warmEnd + SECONDS * 1000;
  const client = async (id: number): Promise<void> => {
    for (let k = id; performance.now() < end; k++) {
      const agent = agents[next++ % agents.length]!;
      const path = paths[k % paths.length]!;
      const t0 = performance.now();
      try {
        const res = await get(base, path, agent);
        // Throughput: the requests that finished within the window (a slow request started
        // during the warm-up still counts when it ends inside it).
        const t1 = performance.now();
        if (t1 < warmEnd || t1 > end) continue;
        latencies.push(performance.now() - t0);
        bytes += res.bytes;
        if (res.status !== 200) {
          errors++;
          if (errorSamples.length < 3) errorSamples.push(`${res.status} ${path}`);
        }
      } catch (err) {
        const t1 = performance.now();
        if (t1 < warmEnd || t1 > end) continue;
        errors++;
        if (errorSamples.length < 3) errorSamples.push(`${errorMessage(err)} ${path}`);
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, id) => client(id)));
  const sorted = Float64Array.from(latencies).sort();
  return {
    scenario,
    clients,
    requests: latencies.length,
    errors,
    errorSamples,
    rps: latencies.length / SECONDS,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    kbPerRequest: latencies.length ? bytes / latencies.length / 1024 : 0,
  };
}

const server = await startBenchServer({ spa: true });
try {
  const base = new URL(server.url);
  const townId = (
    (await (await fetch(`${server.url}/api/public/areas`)).json()) as {
      items: { id: string; kind: string }[];
    }
  ).items.find((a) => a.kind === 'town')!.id;
  const areaFields =
    'id,kind,code,name,name_kana,parent,point,population,population_unknown,population_65,population_75,population_year,support_center';
  const areasOf = (kind: string): string =>
    `/api/collections/areas/records?page=1&perPage=1000&sort=code%2Cname&fields=${encodeURIComponent(areaFields)}&filter=${encodeURIComponent(`kind = "${kind}"`)}&skipTotal=1`;
  const list =
    '/api/collections/resources/records?page=1&perPage=1000&sort=name_kana%2Cname&skipTotal=1';
  const scenarios: [string, string[]][] = [
    [
      'home page',
      [
        `/?town=${townId}`,
        '/api/public/boundaries',
        '/api/public/data_sources',
        '/api/public/layers',
      ],
    ],
    [
      'snapshots',
      ['/api/public/site', '/api/public/areas', '/api/public/resources', '/api/public/boundaries'],
    ],
    ['list', [list]],
    [
      'api page',
      [
        '/api/collections/site/records?page=1&perPage=1',
        areasOf('city'),
        areasOf('district'),
        areasOf('town'),
        list,
      ],
    ],
  ];
  const results: LevelResult[] = [];
  for (const [name, paths] of scenarios) {
    for (const clients of LEVELS) {
      const r = await runLevel(base, name, paths, clients);
      results.push(r);
      console.error(
        `${name} × ${clients}: ${r.rps.toFixed(0)} req/s, p95 ${r.p95.toFixed(0)} ms, ${r.errors} errors`,
      );
    }
  }
  console.log(
    `load bench: ${SECONDS} s per level, node ${process.version}, server ${server.url} (demo city)`,
  );
  console.table(
    results.map((r) => ({
      scenario: r.scenario,
      clients: r.clients,
      'req/s': r.rps.toFixed(0),
      'p50 ms': r.p50.toFixed(1),
      'p95 ms': r.p95.toFixed(1),
      'p99 ms': r.p99.toFixed(1),
      errors: r.errors,
      'kB/req': r.kbPerRequest.toFixed(1),
    })),
  );
  const at = (s: string, c: number): LevelResult =>
    results.find((r) => r.scenario === s && r.clients === c)!;
  const ratioTo = (scenario: string): Record<number, number | null> =>
    Object.fromEntries(
      LEVELS.map((c) => [
        c,
        at('list', c).rps > 0 ? Number((at(scenario, c).rps / at('list', c).rps).toFixed(1)) : null,
      ]),
    );
  const ratio = ratioTo('snapshots');
  const homeRatio = ratioTo('home page');
  for (const [name, r] of [
    ['home page', homeRatio],
    ['snapshots', ratio],
  ] as const)
    console.log(
      `${name} vs list path, requests/s: ${LEVELS.map((c) => `${c} clients ${r[c] ?? '∞ (no list request finished)'}×`).join(', ')}`,
    );
  for (const r of results)
    if (r.errorSamples.length)
      console.log(`${r.scenario} × ${r.clients} errors, e.g.: ${r.errorSamples.join('; ')}`);
  console.log(
    JSON.stringify({
      seconds: SECONDS,
      results: results.map(({ errorSamples: _, ...r }) => r),
      snapshotsVsListRps: ratio,
      homePageVsListRps: homeRatio,
    }),
  );
} finally {
  for (const a of agents) a.destroy();
  await server.stop();
}
