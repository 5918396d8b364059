/**
 * `sasaeai restore --data-dir DIR --from FILE.zip`
 *
 * Restores a backup (from `sasaeai backup` or DATA_DIR/backups) into the data directory of a
 * STOPPED server. Restoring under a running server is what crashed it before (issue #11: SQLite
 * saw its files replaced under it), so a directory in use is refused (scripts/lib/server-lock.ts:
 * the lock file `npm start` writes, and on Linux any process holding the database open).
 *
 * Steps, each undone if a later one fails:
 * 1. unpack the zip into a hidden sibling of DIR (entries escaping it are refused), check that
 *    it holds a database and open it once with `pocketbase migrate up` (a broken or foreign
 *    file stops here, before DIR is touched);
 * 2. move DIR aside to DIR.before-restore-<time> and the unpacked directory into its place,
 *    carrying DIR/backups over (backups are not inside a backup);
 * 3. remove the set-aside directory (kept with --keep-previous).
 */
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { ensurePocketBase } from '../../../scripts/lib/pocketbase-binary';
import { migrateUp } from '../../../scripts/lib/pocketbase-process';
import { findRunningServer, SERVER_LOCK_FILE } from '../../../scripts/lib/server-lock';
import { defineCommand, UsageError } from '../command';
import { makeStagingDir } from '../staging-dir';
import { unpackZip } from '../unpack-zip';
import { errorMessage } from '../../lib/domain/error-message';

const HELP = `Usage: sasaeai restore --data-dir DIR --from FILE.zip [--keep-previous] [--json]

Restores a backup into the data directory of a stopped server (refused while a server uses
it). The previous contents are kept aside until the restore has succeeded; DIR/backups stays.

  --data-dir DIR     the server's data directory (may be missing or empty: a fresh copy)
  --from FILE.zip    a backup from \`sasaeai backup\` or DATA_DIR/backups
  --keep-previous    keep the previous contents in DIR.before-restore-<time> afterwards
  --json             print the result as one JSON object`;

export const restoreCommand = defineCommand({
  name: 'restore',
  summary: "restore a backup into a stopped server's data directory",
  help: HELP,
  flags: {
    'data-dir': { type: 'string' },
    from: { type: 'string' },
    'keep-previous': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run(flags) {
    if (!flags['data-dir'] || !flags.from)
      throw new UsageError('--data-dir DIR and --from FILE.zip are required (see --help)');
    const dataDir = resolve(flags['data-dir']);
    const from = resolve(flags.from);
    if (!existsSync(from) || !statSync(from).isFile())
      throw new UsageError(`--from ${from}: no such file`);
    const inUse = findRunningServer(dataDir);
    if (inUse) {
      throw new UsageError(
        `--data-dir ${dataDir} is in use: ${inUse}. Stop the server first (Ctrl-C, or systemctl stop sasaeai), then restore. Nothing was changed.`,
      );
    }
    if (existsSync(dataDir) && !statSync(dataDir).isDirectory())
      throw new UsageError(`--data-dir ${dataDir} is not a directory`);

    const started = performance.now();
    const log = flags.json ? (m: string) => console.error(m) : (m: string) => console.log(m);
    ensurePocketBase(log);
    const { path: staging, discard } = makeStagingDir(dataDir, 'restore');

    // 1. unpack and check, DIR untouched
    let files: string[];
    try {
      // Not restored: a lock file (another machine's process) and SQLite's shared-memory index,
      // which SQLite rebuilds on open (a stale one from another machine is only a risk).
      files = await unpackZip(from, staging, {
        skip: (name) => name === SERVER_LOCK_FILE || name.endsWith('.db-shm'),
      });
      if (!existsSync(join(staging, 'data.db')))
        throw new Error(`${from} is not a PocketBase backup: it has no data.db`);
      await migrateUp(staging).catch((err: unknown) => {
        throw new Error(
          `the database in ${from} cannot be opened: ${errorMessage(err).split('\n').slice(0, 3).join(' ')}`,
        );
      });
    } catch (err) {
      discard();
      throw new Error(`restore refused, ${dataDir} was not changed: ${errorMessage(err)}`);
    }

    // 2. swap, undoing on failure
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
    const previous = existsSync(dataDir) ? `${dataDir}.before-restore-${stamp}` : null;
    try {
      if (findRunningServer(dataDir)) throw new Error('a server started meanwhile');
      if (previous) {
        renameSync(dataDir, previous);
        const backups = join(previous, 'backups');
        if (existsSync(backups)) renameSync(backups, join(staging, 'backups'));
      }
      renameSync(staging, dataDir);
    } catch (err) {
      if (previous && existsSync(previous)) {
        if (existsSync(join(staging, 'backups')) && !existsSync(join(previous, 'backups')))
          renameSync(join(staging, 'backups'), join(previous, 'backups'));
        if (!existsSync(dataDir)) renameSync(previous, dataDir);
      }
      discard();
      throw new Error(`restore failed, ${dataDir} was put back as it was: ${errorMessage(err)}`);
    }

    // 3. done: drop the previous contents unless asked to keep them
    if (previous && !flags['keep-previous']) rmSync(previous, { recursive: true, force: true });
    const ms = Math.round(performance.now() - started);
    const result = {
      dataDir,
      from,
      files: files.length,
      previous: previous && flags['keep-previous'] ? previous : null,
      ms,
    };
    if (flags.json) console.log(JSON.stringify(result));
    else {
      console.log(`Restored ${basename(from)} into ${dataDir} (${files.length} files, ${ms} ms).`);
      if (result.previous) console.log(`The previous contents are in ${result.previous}.`);
      console.log(`Start the server again: DATA_DIR=${dataDir} npm start`);
    }
    return 0;
  },
});
