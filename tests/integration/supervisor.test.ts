/**
 * `npm start` in production (issue #11): on a missing DATA_DIR it makes the demo city, marks
 * it as the demo, and warns when served beyond loopback; it brings PocketBase back after the
 * PocketBase process is killed (`kill -9`); and PocketBase is never in dev mode (which logs
 * every SQL statement) even when its binary sits under the temp directory.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MARKER_FILE } from '../../scripts/lib/demo-data';
import { POCKETBASE_BIN } from '../../scripts/lib/pocketbase-binary';
import { freePort, migrateUp } from '../../scripts/lib/pocketbase-process';
import { readServerLock, SERVER_LOCK_FILE } from '../../scripts/lib/server-lock';
import { ensureSpa } from '../../scripts/lib/spa-build';
import { runStartScript, type StartedScript } from '../helpers/start-script';

let root: string;
let started: StartedScript | undefined;

beforeAll(() => {
  ensureSpa(() => {});
  root = mkdtempSync(join(tmpdir(), 'sasaeai-supervisor-'));
}, 600_000);

afterAll(async () => {
  await started?.stop();
  rmSync(root, { recursive: true, force: true });
});

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/api/health`)).ok;
  } catch {
    return false;
  }
}

describe('npm start', () => {
  it('makes and marks the demo on a missing DATA_DIR, and warns that its passwords are public beyond loopback', async () => {
    const dataDir = join(root, 'demo');
    const run = await runStartScript(dataDir, { host: '0.0.0.0', timeoutMs: 180_000 });
    started = run;
    expect(run.output()).toContain('Demo city loaded');
    expect(existsSync(join(dataDir, DEMO_MARKER_FILE))).toBe(true);
    // Printed (to stderr) after the "running" lines the start waits for: it may come a moment later.
    await expect
      .poll(() => run.output(), { timeout: 10_000 })
      .toMatch(
        /WARNING: this is the DEMO city, served on 0\.0\.0\.0.*passwords are published in the README/s,
      );
  }, 240_000);

  it('restarts PocketBase after kill -9 and says so', async () => {
    const dataDir = join(root, 'demo');
    const lock = readServerLock(dataDir);
    expect(lock?.pid).toBe(started!.process.pid);
    const killed = lock!.pocketbasePid!;
    process.kill(killed, 'SIGKILL');

    // Bounded wait (the first back-off is 1 s): a new PocketBase answers and the lock names it.
    const deadline = Date.now() + 30_000;
    let back = false;
    while (Date.now() < deadline) {
      const now = readServerLock(dataDir)?.pocketbasePid;
      if (now && now !== killed && (await healthy(started!.url))) {
        back = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(back).toBe(true);
    expect(started!.output()).toMatch(
      /PocketBase was killed \(SIGKILL\); restarting it in 1 s \(restart 1\)/,
    );
    // Printed once the new server is up, which the lock and the health check may see first.
    await expect
      .poll(() => started!.output(), { timeout: 10_000 })
      .toMatch(/PocketBase is running again on .* \(restart 1\)/);
  }, 60_000);

  it('stops PocketBase and removes its lock on SIGTERM', async () => {
    const dataDir = join(root, 'demo');
    const pbPid = readServerLock(dataDir)!.pocketbasePid!;
    expect(await started!.stop()).toBe(0);
    started = undefined;
    expect(existsSync(join(dataDir, SERVER_LOCK_FILE))).toBe(false);
    expect(() => process.kill(pbPid, 0)).toThrow();
  });
});

describe('PocketBase dev mode', () => {
  it('is off for a binary under the temp directory (no SQL statements logged)', async () => {
    // pocketbase.New() takes a binary under the temp dir for `go run` and switches dev mode on.
    const bin = join(root, 'pocketbase');
    copyFileSync(POCKETBASE_BIN, bin);
    const dataDir = join(root, 'devcheck');
    await migrateUp(dataDir);
    const port = await freePort();
    const child = spawn(
      bin,
      [
        'serve',
        '--http',
        `127.0.0.1:${port}`,
        '--dir',
        dataDir,
        '--migrationsDir',
        join(root, 'none'),
        '--hooksDir',
        join(root, 'none'),
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    try {
      const deadline = Date.now() + 30_000;
      while (!(await healthy(`http://127.0.0.1:${port}`)) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      // Reads that run SQL: listed in dev mode as "[0.12ms] SELECT …".
      await fetch(`http://127.0.0.1:${port}/api/collections/users/records`);
      await fetch(`http://127.0.0.1:${port}/api/collections/users/auth-methods`);
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    expect(output).toContain('Server started');
    expect(output).not.toMatch(/SELECT/);
    expect(readFileSync(bin).length).toBeGreaterThan(0);
  });
});
