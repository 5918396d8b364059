import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startThrottleProxy, type ThrottleProxy } from './throttle-proxy';

// Lower bounds only: a throttle can be slower on a busy machine, never faster.
const LATENCY_MS = 200;
const BYTES_PER_S = 100_000;
const BODY = 20_000; // 200 ms of the pipe

let origin: Server;
let proxy: ThrottleProxy;

beforeAll(async () => {
  origin = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'x-path': req.url ?? '' });
    res.end(Buffer.alloc(BODY, 7));
  });
  await new Promise<void>((r) => origin.listen(0, '127.0.0.1', r));
  const { port } = origin.address() as AddressInfo;
  proxy = await startThrottleProxy(`http://127.0.0.1:${port}`, {
    latencyMs: LATENCY_MS,
    downloadBytesPerS: BYTES_PER_S,
  });
});

afterAll(async () => {
  await proxy.stop();
  await new Promise((r) => origin.close(r));
});

describe('startThrottleProxy', () => {
  it('passes the response through, headers and bytes, after the latency and at the bandwidth', async () => {
    const t0 = performance.now();
    const res = await fetch(`${proxy.url}/a?b=1`);
    const headersMs = performance.now() - t0;
    const body = new Uint8Array(await res.arrayBuffer());
    const totalMs = performance.now() - t0;
    expect(res.status).toBe(200);
    expect(res.headers.get('x-path')).toBe('/a?b=1');
    expect(body.length).toBe(BODY);
    expect(body.every((b) => b === 7)).toBe(true);
    expect(headersMs).toBeGreaterThanOrEqual(LATENCY_MS - 5);
    expect(totalMs).toBeGreaterThanOrEqual(LATENCY_MS + (BODY / BYTES_PER_S) * 1000 - 10);
  });

  it('parallel responses share the one pipe', async () => {
    const t0 = performance.now();
    await Promise.all(
      [1, 2, 3].map(async (i) => (await fetch(`${proxy.url}/p${i}`)).arrayBuffer()),
    );
    // Three bodies through one pipe: three times as long as one, after one latency.
    expect(performance.now() - t0).toBeGreaterThanOrEqual(
      LATENCY_MS + ((3 * BODY) / BYTES_PER_S) * 1000 - 10,
    );
  });
});
