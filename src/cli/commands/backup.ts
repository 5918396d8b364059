/**
 * `sasaeai backup --url URL --out FILE.zip`
 *
 * Makes a backup now through PocketBase's backups API (a zip of the whole data directory,
 * written by the server in one transaction; a copy stays in DATA_DIR/backups) and downloads it
 * to FILE.zip. Signs in as a PocketBase superuser with the same flags and SASAEAI_* variables
 * as `import --superuser`. The download goes to FILE.zip.part first and is renamed only when
 * complete, so FILE.zip is never a truncated backup.
 */
import { createWriteStream, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { backupDownloadUrl, backupName, createBackup } from '../../lib/data-access/backups';
import { defineCommand, UsageError } from '../command';
import { SERVER_FLAGS, signInFromFlags } from '../sign-in';
import { errorMessage } from '../../lib/domain/error-message';

const HELP = `Usage: sasaeai backup --url URL --out FILE.zip [--email E --password P] [--json]

Makes a backup of the running server now and downloads it. A copy also stays on the server
in DATA_DIR/backups. Restore it with \`sasaeai restore\` (server stopped).

  --url URL              PocketBase origin (default http://127.0.0.1:8090; or SASAEAI_URL)
  --email E --password P a PocketBase superuser (or SASAEAI_EMAIL, SASAEAI_PASSWORD)
  --out FILE.zip         where to save it (must not exist yet)
  --name NAME            the backup's name on the server (default sasaeai_YYYYMMDD_HHMMSS.zip, UTC)
  --json                 print the result as one JSON object`;

export const backupCommand = defineCommand({
  name: 'backup',
  summary: 'make a backup of a running server now and download it',
  help: HELP,
  flags: {
    ...SERVER_FLAGS,
    out: { type: 'string' },
    name: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(flags) {
    if (!flags.out) throw new UsageError('--out FILE.zip is required (see --help)');
    const out = resolve(flags.out);
    if (!out.endsWith('.zip'))
      throw new UsageError(`--out ${flags.out}: give a file name ending in .zip`);
    if (existsSync(out))
      throw new UsageError(
        `--out ${out} already exists: choose another name (nothing was overwritten)`,
      );
    const name = flags.name ?? backupName('sasaeai');
    if (!/^[a-z0-9_-]+\.zip$/.test(name))
      throw new UsageError(
        `--name "${name}": use lower-case letters, digits, _ and -, ending in .zip`,
      );

    // The backups API is for superusers only, whatever --superuser says.
    const gateway = await signInFromFlags(flags, {
      superuser: true,
      who: 'a PocketBase superuser',
    });
    const started = performance.now();
    await createBackup(gateway, name);
    const url = await backupDownloadUrl(gateway, name);
    const res = await fetch(url);
    if (!res.ok || !res.body)
      throw new Error(`downloading the backup ${name} failed: HTTP ${res.status}`);
    const part = `${out}.part`;
    try {
      await pipeline(
        Readable.fromWeb(res.body as WebReadableStream<Uint8Array>),
        createWriteStream(part, { flags: 'wx' }),
      );
      renameSync(part, out);
    } catch (err) {
      rmSync(part, { force: true });
      throw new Error(`saving the backup to ${out} failed: ${errorMessage(err)}`);
    }
    const bytes = statSync(out).size;
    const ms = Math.round(performance.now() - started);
    if (flags.json) console.log(JSON.stringify({ name, out, bytes, ms }));
    else
      console.log(
        `Backup ${name} saved to ${out} (${(bytes / 1024 / 1024).toFixed(1)} MB, ${ms} ms). A copy stays on the server in DATA_DIR/backups.`,
      );
    return 0;
  },
});
