/**
 * Runs `npm start`'s own script (scripts/start.ts) as a child process for a test: the same
 * code path an operator runs (data directory preparation, the supervisor, the lock file),
 * on a free loopback port and a given DATA_DIR. The web app must be built first (ensureSpa in
 * the test's beforeAll), or the script would build it inside the start timeout.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../../scripts/lib/pocketbase-process';
import { repoRoot } from '../../scripts/lib/repo-root';

export interface StartedScript {
  url: string;
  process: ChildProcess;
  /** Everything the script printed so far (stdout and stderr). */
  output(): string;
  /** SIGTERM, then waits for the exit (SIGKILL after 10 s); resolves with the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts scripts/start.ts with DATA_DIR=`dataDir` and waits until it prints that it is running.
 * @throws Error with the script's output when it exits first or takes longer than `timeoutMs`.
 */
export async function runStartScript(
  dataDir: string,
  opts: { host?: string; timeoutMs?: number } = {},
): Promise<StartedScript> {
  // The free port can be taken by another test's server before PocketBase binds it; the script
  // then stops saying so (PortInUseError), and a new port is tried.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnPort(dataDir, await freePort(), opts);
    } catch (err) {
      if (attempt >= 3 || !/in use by another program/.test(String(err))) throw err;
    }
  }
}

async function startOnPort(
  dataDir: string,
  port: number,
  opts: { host?: string; timeoutMs?: number },
): Promise<StartedScript> {
  // `node --import tsx` runs the script in this one process (the tsx CLI would add a parent).
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(repoRoot, 'scripts', 'start.ts')],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        PORT: String(port),
        HOST: opts.host ?? '127.0.0.1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const stop = async (): Promise<number | null> => {
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    const code = await exited;
    clearTimeout(timer);
    return code;
  };
  const deadline = Date.now() + (opts.timeoutMs ?? 120_000);
  while (!output.includes('is running')) {
    if (child.exitCode !== null)
      throw new Error(`scripts/start.ts exited with code ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`scripts/start.ts was not running in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url: `http://127.0.0.1:${port}`, process: child, output: () => output, stop };
}
