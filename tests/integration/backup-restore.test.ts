/**
 * Backups (issue #11): `sasaeai backup` makes a backup of a running server and downloads it;
 * `sasaeai restore` puts it into a fresh directory, where every record is found (counts per
 * collection, and whole records compared); a restore into the directory of a running server is
 * refused and changes nothing; a file that is not a backup, or one whose entries escape the
 * directory, is refused before the directory is touched.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePocketBase, type RunningPocketBase } from '../../scripts/lib/pocketbase-process';
import { SERVER_LOCK_FILE } from '../../scripts/lib/server-lock';
import { backupCommand } from '../../src/cli/commands/backup';
import { restoreCommand } from '../../src/cli/commands/restore';
import { startServer, type TestServer } from '../helpers/server';
import { signIn, type ApiClient, type ListBody, signInSuperuser } from './api';
import { asSuperuser, runCli, runCliJson } from './run-cli';

let server: TestServer;
let root: string;
let restored: RunningPocketBase | undefined;

beforeAll(async () => {
  server = await startServer();
  root = mkdtempSync(join(tmpdir(), 'sasaeai-backup-'));
}, 120_000);

afterAll(async () => {
  await restored?.stop();
  await server?.stop();
  rmSync(root, { recursive: true, force: true });
});

/** Every non-system collection's record count, by name. */
async function countsByCollection(su: ApiClient): Promise<Record<string, number>> {
  const cols = await su.get<ListBody<{ name: string; type: string }>>(
    '/api/collections?perPage=200',
  );
  const out: Record<string, number> = {};
  for (const c of cols.body.items) {
    if (c.type === 'view') continue;
    const res = await su.get<ListBody>(`/api/collections/${c.name}/records?perPage=1`);
    out[c.name] = res.body.totalItems;
  }
  return out;
}

describe('sasaeai backup → sasaeai restore', () => {
  it('restores a backup into a fresh directory with every record', async () => {
    const su = await signInSuperuser(server);
    const before = await countsByCollection(su);
    expect(before.resources).toBeGreaterThan(100);
    expect(before.users).toBeGreaterThan(0);
    const sample = {
      resource: (await su.get<ListBody>('/api/collections/resources/records?perPage=1&sort=id'))
        .body.items[0],
      area: (await su.get<ListBody>('/api/collections/areas/records?perPage=1&sort=-id')).body
        .items[0],
      layer: (await su.get<ListBody>('/api/collections/layers/records?perPage=1&sort=id')).body
        .items[0],
    };

    const zip = join(root, 'city.zip');
    const backup = await runCliJson<{ name: string; out: string; bytes: number }>(backupCommand, [
      ...asSuperuser(server),
      '--out',
      zip,
      '--json',
    ]);
    expect(backup.code).toBe(0);
    expect(backup.json).toMatchObject({ out: zip });
    expect(backup.json.name).toMatch(/^sasaeai_\d{8}_\d{6}\.zip$/);
    // A copy stays on the server, in DATA_DIR/backups.
    expect(readdirSync(join(server.dataDir, 'backups'))).toContain(backup.json.name);
    // Refuses to overwrite a file.
    const again = await runCli(backupCommand, [...asSuperuser(server), '--out', zip], {
      errorsAsOutput: true,
    });
    expect(again.out).toMatch(/already exists/);

    const fresh = join(root, 'restored');
    const res = await runCliJson<{ files: number }>(restoreCommand, [
      '--data-dir',
      fresh,
      '--from',
      zip,
      '--json',
    ]);
    expect(res.code).toBe(0);
    expect(existsSync(join(fresh, 'data.db'))).toBe(true);
    expect(existsSync(join(fresh, SERVER_LOCK_FILE))).toBe(false);
    // The layer's uploaded GeoJSON file (storage/) came along too.
    expect(existsSync(join(fresh, 'storage'))).toBe(true);

    restored = await servePocketBase({
      dataDir: fresh,
      host: '127.0.0.1',
      port: 'free',
      quiet: true,
    });
    const su2 = await signIn(
      restored.url,
      server.superuser.email,
      server.superuser.password,
      '_superusers',
    );
    expect(await countsByCollection(su2)).toEqual(before);
    for (const [name, record] of Object.entries(sample)) {
      const collection = name === 'resource' ? 'resources' : name === 'area' ? 'areas' : 'layers';
      const got = await su2.get(`/api/collections/${collection}/records/${String(record!.id)}`);
      expect(got.body, name).toEqual(record);
    }
    const layerFile = await fetch(
      `${restored.url}/api/files/layers/${String(sample.layer!.id)}/${String(sample.layer!.data)}`,
    );
    expect(layerFile.status).toBe(200);
  });

  it("refuses to restore into a running server's directory and changes nothing", async () => {
    const zip = join(root, 'city.zip');
    const before = readdirSync(server.dataDir).sort();
    const res = await runCli(restoreCommand, ['--data-dir', server.dataDir, '--from', zip], {
      errorsAsOutput: true,
    });
    expect(res.code).toBe(-1);
    // This server was started without npm start (no lock file): found by its open database.
    expect(res.out).toMatch(
      new RegExp(
        `--data-dir ${server.dataDir} is in use: process \\d+ .*has its database open\\. Stop the server first`,
      ),
    );
    expect(readdirSync(server.dataDir).sort()).toEqual(before);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });

  it('refuses a file that is not a backup, and entries that escape the directory, leaving the directory as it was', async () => {
    const target = join(root, 'target');
    mkdirSync(target);
    writeFileSync(join(target, 'data.db'), 'the previous database');
    const notBackup = join(root, 'not-backup.zip');
    writeFileSync(notBackup, zipSync({ 'readme.txt': new TextEncoder().encode('hello') }));
    const evil = join(root, 'evil.zip');
    writeFileSync(
      evil,
      zipSync({ 'data.db': new Uint8Array([1]), '../escaped.txt': new TextEncoder().encode('x') }),
    );
    const noZip = join(root, 'empty.zip');
    writeFileSync(noZip, '');

    const a = await runCli(restoreCommand, ['--data-dir', target, '--from', notBackup], {
      errorsAsOutput: true,
    });
    expect(a.out).toMatch(
      /restore refused, .*target was not changed: .*not-backup\.zip is not a PocketBase backup: it has no data\.db/,
    );
    const b = await runCli(restoreCommand, ['--data-dir', target, '--from', evil], {
      errorsAsOutput: true,
    });
    expect(b.out).toMatch(
      /the archive entry "\.\.\/escaped\.txt" points outside the data directory/,
    );
    expect(existsSync(join(root, 'escaped.txt'))).toBe(false);
    const c = await runCli(restoreCommand, ['--data-dir', target, '--from', noZip], {
      errorsAsOutput: true,
    });
    expect(c.out).toMatch(/restore refused/);

    expect(readdirSync(target)).toEqual(['data.db']);
    expect(readFileSync(join(target, 'data.db'), 'utf8')).toBe('the previous database');
    // No hidden staging directory left beside it.
    expect(readdirSync(root).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});
