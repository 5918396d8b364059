/**
 * HTTPS with HTTP/2 in front of a local server, for `npm run bench:web`'s rows "as deployed":
 * the deployment puts Caddy in front of PocketBase (deploy/Caddyfile), and Caddy speaks HTTP/2
 * over TLS, where a browser sends every request of a page on one connection at once. PocketBase
 * on its own port speaks plain HTTP/1.1, where the browser opens at most six connections per
 * host and a page of thirty files loads in waves, one network latency each. The bench measures
 * both, so the difference is a number, not a guess.
 *
 * A plain reverse proxy: the request's method, path and headers go on (HTTP/2's pseudo-headers
 * and connection-specific headers dropped), the response's status, headers and bytes come back
 * unchanged (a compressed body stays compressed). The certificate is self-signed, made with
 * `openssl` for 127.0.0.1 in a temporary directory: the browser must be told to trust it
 * (`spkiSha256`).
 */
import { execFileSync } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Http2Proxy {
  /** e.g. `https://127.0.0.1:40123` */
  url: string;
  /**
   * The certificate's public key, SHA-256, base64: Chromium launched with
   * `--ignore-certificate-errors-spki-list=` this treats the certificate as valid (a page on a
   * certificate it only ignores is never kept in the HTTP cache, so a warm visit would be cold).
   */
  spkiSha256: string;
  stop(): Promise<void>;
}

/** Headers HTTP/2 forbids (RFC 9113 §8.2.2) or that describe one hop only. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'host',
]);

/** A header set without pseudo-headers and hop-by-hop headers. */
function endToEnd(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const out: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!name.startsWith(':') && !HOP_BY_HOP.has(name) && value !== undefined) out[name] = value;
  }
  return out;
}

/** A self-signed certificate for 127.0.0.1 (PEM key and certificate). */
function selfSignedCertificate(): { key: Buffer; cert: Buffer; spkiSha256: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sasaeai-h2-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    const cert = readFileSync(join(dir, 'cert.pem'));
    const spki = createPublicKey(cert).export({ type: 'spki', format: 'der' });
    return {
      key: readFileSync(join(dir, 'key.pem')),
      cert,
      spkiSha256: createHash('sha256').update(spki).digest('base64'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Starts the proxy on a free loopback port.
 * @param targetUrl the server's origin, e.g. `http://127.0.0.1:8090`
 * @throws Error when `openssl` cannot make the certificate
 */
export async function startHttp2Proxy(targetUrl: string): Promise<Http2Proxy> {
  const target = new URL(targetUrl);
  const { key, cert, spkiSha256 } = selfSignedCertificate();
  const forward = (req: Http2ServerRequest, res: Http2ServerResponse): void => {
    const upstream = request(
      {
        hostname: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...endToEnd(req.headers), host: target.host },
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, endToEnd(up.headers));
        up.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  };
  const server = createSecureServer({ key, cert }, forward);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    spkiSha256,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
