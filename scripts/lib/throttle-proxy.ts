/**
 * A slow network in front of a local server, for `npm run bench:web`'s rows with the service
 * worker: DevTools' network throttling (CDP `Network.emulateNetworkConditions`) applies to a
 * page's own requests but not to those a service worker makes, so a page served by its
 * worker would get its HTML over an unthrottled loopback. Behind this proxy every request —
 * the page's, the worker's, its install's — pays the same latency and shares the same
 * bandwidth, whoever makes it.
 *
 * The model is DevTools' own: each response starts no sooner than `latencyMs` after its
 * request arrived, and all response bodies together flow at `downloadBytesPerS` (one shared
 * pipe, served in arrival order in slices, so parallel downloads share it). Request bodies are
 * not slowed (a page's requests here are GETs). Connections are kept alive as the browser
 * asks; HTTP/1.1's six connections per host stay the browser's.
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ThrottleProxy {
  /** e.g. `http://127.0.0.1:40123` */
  url: string;
  stop(): Promise<void>;
}

/** How many bytes go through the pipe at a time: small enough for parallel bodies to interleave. */
const SLICE_BYTES = 4096;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, ms)));

/**
 * Starts the proxy on a free loopback port.
 * @param targetUrl the server's origin, e.g. `http://127.0.0.1:8090`
 * @param opts.latencyMs the least time from a request's arrival to its response's first byte
 * @param opts.downloadBytesPerS the bandwidth all response bodies share, in bytes per second
 *   (`Infinity`: not slowed)
 * @param opts.hold awaited before a request is sent on (a test holds some requests with it,
 *   as a network that does not answer)
 */
export async function startThrottleProxy(
  targetUrl: string,
  opts: {
    latencyMs: number;
    downloadBytesPerS: number;
    hold?: (req: IncomingMessage) => Promise<void> | void;
  },
): Promise<ThrottleProxy> {
  const target = new URL(targetUrl);
  /** When the shared pipe is next free (performance.now() ms). */
  let pipeFreeAt = 0;
  /** Waits for the pipe to carry `bytes`, after those queued before them. */
  const carry = async (bytes: number): Promise<void> => {
    const start = Math.max(performance.now(), pipeFreeAt);
    pipeFreeAt = start + (bytes / opts.downloadBytesPerS) * 1000;
    await sleep(pipeFreeAt - performance.now());
  };

  const forward = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const arrived = performance.now();
    await opts.hold?.(req);
    const upstream = request(
      {
        hostname: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (up) => {
        void (async () => {
          await sleep(arrived + opts.latencyMs - performance.now());
          res.writeHead(up.statusCode ?? 502, up.statusMessage, up.headers);
          for await (const chunk of up as AsyncIterable<Buffer>) {
            for (let at = 0; at < chunk.length; at += SLICE_BYTES) {
              const slice = chunk.subarray(at, at + SLICE_BYTES);
              await carry(slice.length);
              if (!res.write(slice)) await new Promise((r) => res.once('drain', r));
            }
          }
          res.end();
        })().catch(() => res.destroy());
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  };

  const server = createServer((req, res) => void forward(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
