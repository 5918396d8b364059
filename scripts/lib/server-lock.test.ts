import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  findRunningServer,
  readServerLock,
  removeServerLock,
  writeServerLock,
} from './server-lock';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sasaeai-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const lock = (pid: number) => ({
  pid,
  pocketbasePid: null,
  url: 'http://127.0.0.1:1',
  startedAt: new Date().toISOString(),
});

describe('findRunningServer', () => {
  it('finds nobody in a missing or unused directory', () => {
    expect(findRunningServer(join(dir, 'missing'))).toBeNull();
    writeFileSync(join(dir, 'data.db'), '');
    expect(findRunningServer(dir)).toBeNull();
  });

  it('ignores a stale lock file whose process is gone', () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeServerLock(dir, lock(dead));
    expect(findRunningServer(dir)).toBeNull();
  });

  it.runIf(process.platform === 'linux')(
    'ignores a lock whose pid now runs something else (reused after a crash)',
    () => {
      writeServerLock(dir, lock(process.pid)); // this test runner is alive but is not scripts/start.ts
      expect(findRunningServer(dir)).toBeNull();
    },
  );

  it.runIf(process.platform === 'linux')(
    'finds a process that holds the database open, without any lock file',
    async () => {
      const db = join(dir, 'data.db');
      writeFileSync(db, '');
      const holder = spawn(
        process.execPath,
        [
          '-e',
          `require('fs').openSync(${JSON.stringify(db)}, 'r'); console.log('open'); setTimeout(() => {}, 30000)`,
        ],
        { stdio: ['ignore', 'pipe', 'ignore'] },
      );
      try {
        await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
        expect(findRunningServer(dir)).toMatch(
          new RegExp(`^process ${holder.pid} .*has its database open$`),
        );
      } finally {
        holder.kill('SIGKILL');
      }
    },
  );

  it('removes only its own lock', () => {
    writeServerLock(dir, lock(12345));
    removeServerLock(dir, 999);
    expect(readServerLock(dir)?.pid).toBe(12345);
    removeServerLock(dir, 12345);
    expect(readServerLock(dir)).toBeNull();
  });
});
