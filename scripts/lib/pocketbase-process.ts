/**
 * Runs the PocketBase binary: migrations, superusers, and `serve` as a child process that
 * is ready (health check passed) when the promise resolves.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { POCKETBASE_BIN } from './pocketbase-binary';
import { repoRoot } from './repo-root';

const execFileP = promisify(execFile);

/**
 * The directory flags every PocketBase command of ours gets. `migrationsDir` defaults to the
 * repository's (a migration test passes a folder holding only the older ones), `publicDir` to
 * the built app (a test of the served HTML passes its own).
 */
function dirArgs(
  dataDir: string,
  migrationsDir = join(repoRoot, 'pb_migrations'),
  publicDir = join(repoRoot, 'pb_public'),
): string[] {
  return [
    '--dir',
    dataDir,
    '--migrationsDir',
    migrationsDir,
    '--hooksDir',
    join(repoRoot, 'pb_hooks'),
    '--publicDir',
    publicDir,
  ];
}

/** Applies all pending migrations to `dataDir` (creating the database if needed). */
export async function migrateUp(dataDir: string, migrationsDir?: string): Promise<void> {
  await execFileP(POCKETBASE_BIN, ['migrate', 'up', ...dirArgs(dataDir, migrationsDir)]);
}

/**
 * Creates or updates a superuser (PocketBase's own CLI command).
 *
 * The email and password go after `--`: a password starting with "-" (1 in 64 of init's random
 * base64url ones) was read as flags. PocketBase then printed "unknown shorthand flag", saved
 * nothing and still exited 0, so its own success line is checked as well.
 * @throws Error with PocketBase's output when it did not say the superuser was saved
 */
export async function upsertSuperuser(
  dataDir: string,
  email: string,
  password: string,
): Promise<void> {
  const { stdout, stderr } = await execFileP(POCKETBASE_BIN, [
    'superuser',
    'upsert',
    ...dirArgs(dataDir),
    '--',
    email,
    password,
  ]);
  if (!/Successfully saved superuser/.test(stdout))
    throw new Error(
      `PocketBase did not save the superuser ${email}: ${`${stdout}${stderr}`.trim()}`,
    );
}

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface RunningPocketBase {
  /** e.g. `http://127.0.0.1:8090` */
  url: string;
  process: ChildProcess;
  /** Stops the server (SIGTERM, then SIGKILL after 5 s). */
  stop(): Promise<void>;
}

/**
 * What PocketBase prints once its own listener is bound (apis/serve.go prints the banner after
 * `net.Listen` succeeded). A health answer alone is not proof: another server already on the
 * port answers `/api/health` too, and our child then exits with "address already in use".
 */
const STARTED_BANNER = /Server started at/;
const ADDRESS_IN_USE = /address already in use/i;
/** How many fresh ports `port: 'free'` tries when another process took the one it picked. */
const FREE_PORT_ATTEMPTS = 5;

/** The error thrown when the port is taken by another program. */
export class PortInUseError extends Error {
  constructor(readonly httpAddr: string) {
    super(`${httpAddr} is in use by another program: PocketBase could not listen on it.`);
    this.name = 'PortInUseError';
  }
}

/** How to serve: see servePocketBase. */
export interface ServeOptions {
  dataDir: string;
  host: string;
  port: number | 'free';
  quiet?: boolean;
  dev?: boolean;
  timeoutMs?: number;
  /** Only for migration tests: serve with these migrations instead of the repository's. */
  migrationsDir?: string;
  /** Only for tests of the served HTML: serve this folder instead of pb_public/. */
  publicDir?: string;
}

/**
 * Starts `pocketbase serve` and waits until this child printed that it listens and
 * /api/health answers.
 * @param opts.port a fixed port, or `'free'` for a free loopback port (tried again with a
 *   new port, up to 5 times, when another process takes it between choosing and binding).
 * @param opts.quiet swallow PocketBase's own output (tests); otherwise it is passed through.
 * @param opts.dev PocketBase's dev mode (logs every SQL statement): only `npm run dev` asks
 *   for it; our build never turns it on by itself (pb/production_defaults.go).
 * @throws PortInUseError when a fixed port is taken by another program.
 */
export async function servePocketBase(opts: ServeOptions): Promise<RunningPocketBase> {
  if (opts.port !== 'free') return await serveOnPort({ ...opts, port: opts.port });
  for (let attempt = 1; ; attempt++) {
    try {
      return await serveOnPort({ ...opts, port: await freePort() });
    } catch (err) {
      if (!(err instanceof PortInUseError) || attempt >= FREE_PORT_ATTEMPTS) throw err;
    }
  }
}

async function serveOnPort(opts: ServeOptions & { port: number }): Promise<RunningPocketBase> {
  const httpAddr = `${opts.host}:${opts.port}`;
  const args = [
    'serve',
    '--http',
    httpAddr,
    ...dirArgs(opts.dataDir, opts.migrationsDir, opts.publicDir),
    ...(opts.dev ? ['--dev'] : []),
  ];
  // Always piped (also when not quiet, then passed on) so the banner can be read.
  const child = spawn(POCKETBASE_BIN, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let listening = false;
  child.stdout.on('data', (d: Buffer) => {
    if (!opts.quiet) process.stdout.write(d);
    if (!listening) {
      output += d.toString();
      listening = STARTED_BANNER.test(output);
    }
  });
  child.stderr.on('data', (d: Buffer) => {
    if (!opts.quiet) process.stderr.write(d);
    if (!listening) output += d.toString();
  });

  const hostForUrl = opts.host === '0.0.0.0' || opts.host === '' ? '127.0.0.1' : opts.host;
  const url = `http://${hostForUrl.includes(':') ? `[${hostForUrl}]` : hostForUrl}:${opts.port}`;
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );

  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      if (ADDRESS_IN_USE.test(output)) throw new PortInUseError(httpAddr);
      throw new Error(
        `PocketBase exited (${child.exitCode ?? child.signalCode}) before it was ready.\n${output}`,
      );
    }
    if (listening) {
      try {
        const res = await fetch(`${url}/api/health`);
        if (res.ok) break;
      } catch {
        // not answering yet
      }
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`PocketBase did not become ready on ${url} in time.\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, process: child, stop };
}

/**
 * A server of our own for a script or a test (the demo loader, `sasaeai init`, benches, test
 * servers): on a free loopback port, its output swallowed.
 */
export async function servePrivately(
  opts: Pick<ServeOptions, 'dataDir' | 'migrationsDir' | 'publicDir'>,
): Promise<RunningPocketBase> {
  return await servePocketBase({ ...opts, host: '127.0.0.1', port: 'free', quiet: true });
}

/**
 * A new database in `dataDir`: migrated (with `migrationsDir`, default the repository's) and
 * `superuser` saved, the way every private server of ours begins.
 */
export async function createDatabase(
  dataDir: string,
  superuser: { email: string; password: string },
  migrationsDir?: string,
): Promise<void> {
  await migrateUp(dataDir, migrationsDir);
  await upsertSuperuser(dataDir, superuser.email, superuser.password);
}
