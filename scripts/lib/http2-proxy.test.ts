import { createServer, type Server } from 'node:http';
import { connect } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttp2Proxy, type Http2Proxy } from './http2-proxy';

let origin: Server;
let proxy: Http2Proxy;
/** What the origin received, per path. */
const seen = new Map<string, { method: string; headers: Record<string, unknown>; body: string }>();

beforeAll(async () => {
  origin = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.set(req.url ?? '', { method: req.method ?? '', headers: { ...req.headers }, body });
      // A compressed body stays as it is; a hop-by-hop header does not cross into HTTP/2.
      res.writeHead(req.url === '/missing' ? 404 : 200, {
        'content-type': 'text/plain',
        'content-encoding': 'br',
        etag: '"v1"',
        connection: 'keep-alive',
        'keep-alive': 'timeout=5',
      });
      res.end(Buffer.from([1, 2, 3, 250]));
    });
  });
  await new Promise<void>((r) => origin.listen(0, '127.0.0.1', r));
  const { port } = origin.address() as AddressInfo;
  proxy = await startHttp2Proxy(`http://127.0.0.1:${port}`);
});

afterAll(async () => {
  await proxy.stop();
  await new Promise((r) => origin.close(r));
});

/** One request over HTTP/2 (TLS, the proxy's self-signed certificate accepted). */
function h2(
  path: string,
  opts: { method?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const session = connect(proxy.url, { rejectUnauthorized: false });
    session.on('error', reject);
    const stream = session.request({
      ':method': opts.method ?? 'GET',
      ':path': path,
      ...opts.headers,
    });
    const chunks: Buffer[] = [];
    let headers: Record<string, unknown> = {};
    stream.on('response', (h) => (headers = h));
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      session.close();
      resolve({ status: Number(headers[':status']), headers, body: Buffer.concat(chunks) });
    });
    stream.on('error', reject);
    stream.end(opts.body);
  });
}

describe('startHttp2Proxy', () => {
  it('answers over HTTP/2 with TLS, passing the request on and the response back unchanged', async () => {
    expect(proxy.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(Buffer.from(proxy.spkiSha256, 'base64')).toHaveLength(32);
    const res = await h2('/a?b=1', { headers: { 'if-none-match': '"v0"' } });
    expect(res.status).toBe(200);
    expect([...res.body]).toEqual([1, 2, 3, 250]);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.etag).toBe('"v1"');
    expect(res.headers.connection).toBeUndefined();
    const got = seen.get('/a?b=1')!;
    expect(got.method).toBe('GET');
    expect(got.headers['if-none-match']).toBe('"v0"');
    expect(Object.keys(got.headers).some((h) => h.startsWith(':'))).toBe(false);
    expect((await h2('/missing')).status).toBe(404);
  });

  it('passes a request body on', async () => {
    await h2('/post', {
      method: 'POST',
      body: '{"x":1}',
      headers: { 'content-type': 'application/json' },
    });
    expect(seen.get('/post')).toMatchObject({ method: 'POST', body: '{"x":1}' });
  });
});
