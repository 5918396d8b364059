/**
 * Which process serves a data directory (issue #11): `npm start` writes a lock file into the
 * data directory while it runs, and `sasaeai restore` / `sasaeai init` / `npm start` refuse a
 * directory that a live process holds.
 *
 * A directory counts as in use when either
 * 1. its lock file names a live `npm start` (signal 0 reaches the pid and, on Linux, the pid's
 *    command line is still our start script, so a pid reused after a crash does not count); or
 * 2. (Linux) any process has its `data.db` or `auxiliary.db` open, found by reading the
 *    /proc/<pid>/fd links: this also catches a PocketBase started by hand, by systemd with the
 *    binary, or left running after its supervisor was killed.
 * On other systems only the lock file is checked.
 *
 * The lock file is left out of PocketBase backups (pb/production_defaults.go) because it
 * describes this machine's process, not the city's data.
 */
import {
  existsSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

/** The lock file's name inside the data directory (pb/production_defaults.go repeats it). */
export const SERVER_LOCK_FILE = '.sasaeai-server.json';

/** What the lock file holds. */
export interface ServerLock {
  /** The `npm start` (supervisor) process. */
  pid: number;
  /** The current PocketBase child (changes when the supervisor restarts it). */
  pocketbasePid: number | null;
  /** e.g. `http://127.0.0.1:8090` */
  url: string;
  /** ISO time the supervisor started. */
  startedAt: string;
}

/** Writes (or rewrites) the lock file of `dataDir`. */
export function writeServerLock(dataDir: string, lock: ServerLock): void {
  writeFileSync(join(dataDir, SERVER_LOCK_FILE), `${JSON.stringify(lock, null, 2)}\n`);
}

/** The lock file of `dataDir`, or null when there is none or it cannot be read. */
export function readServerLock(dataDir: string): ServerLock | null {
  try {
    const lock = JSON.parse(readFileSync(join(dataDir, SERVER_LOCK_FILE), 'utf8')) as ServerLock;
    return Number.isInteger(lock.pid) ? lock : null;
  } catch {
    return null;
  }
}

/** Removes the lock file if it is `pid`'s (another process's lock is left alone). */
export function removeServerLock(dataDir: string, pid: number = process.pid): void {
  if (readServerLock(dataDir)?.pid === pid)
    rmSync(join(dataDir, SERVER_LOCK_FILE), { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** On Linux, whether `pid` still runs our start script (false for a reused pid). */
function runsStartScript(pid: number): boolean {
  if (process.platform !== 'linux') return true;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('start.ts');
  } catch {
    return true; // cannot tell (another user's process): count it as ours, refusing is safe
  }
}

/** Linux: the pids (other than this process) with one of `files` open. */
function pidsHoldingFiles(files: string[]): number[] {
  if (process.platform !== 'linux' || files.length === 0) return [];
  const wanted = new Set(files);
  const found: number[] = [];
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return [];
  }
  for (const p of pids) {
    const pid = Number(p);
    if (pid === process.pid) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${p}/fd`);
    } catch {
      continue; // gone, or another user's process
    }
    for (const fd of fds) {
      try {
        if (wanted.has(readlinkSync(`/proc/${p}/fd/${fd}`))) {
          found.push(pid);
          break;
        }
      } catch {
        // closed meanwhile
      }
    }
  }
  return found;
}

/**
 * Who serves `dataDir` now, as a sentence for an error message, or null when nobody does.
 * A missing directory is not in use.
 */
export function findRunningServer(dataDir: string): string | null {
  if (!existsSync(dataDir)) return null;
  const lock = readServerLock(dataDir);
  if (lock && isAlive(lock.pid) && runsStartScript(lock.pid)) {
    return `npm start (pid ${lock.pid}) serves it on ${lock.url} (lock file ${join(dataDir, SERVER_LOCK_FILE)})`;
  }
  const dbFiles = ['data.db', 'auxiliary.db']
    .map((f) => join(dataDir, f))
    .filter((f) => existsSync(f))
    .map((f) => realpathSync(f));
  const holders = pidsHoldingFiles(dbFiles);
  if (holders.length) {
    const pid = holders[0]!;
    let cmd = '';
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
        .split('\0')
        .filter(Boolean)
        .slice(0, 3)
        .join(' ');
    } catch {
      // gone meanwhile
    }
    return `process ${pid}${cmd ? ` (${cmd})` : ''} has its database open`;
  }
  return null;
}
