/**
 * A demo data directory refuses imports (issue #11) with a message that says how to start a
 * real city: the CLI before reading any file, the import route for the superuser and the demo
 * admin alike, and the same records without the demo marker take imports.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommand } from '../../src/cli/commands/import';
import { startServer, type TestServer } from '../helpers/server';
import { countRecords as count, signInSuperuser, signInDemo } from './api';
import { asSuperuser, runCli } from './run-cli';

/** A path that is never read: the refusal comes first. */
const NO_SUCH_FILE = join(tmpdir(), 'sasaeai-no-such-file.csv');

describe('a demo data directory refuses imports', () => {
  let demo: TestServer;
  let unmarked: TestServer;

  beforeAll(async () => {
    demo = await startServer({ markedDemo: true });
    unmarked = await startServer();
  }, 120_000);

  afterAll(async () => {
    await demo?.stop();
    await unmarked?.stop();
  });

  it('the CLI prints the server message with how to start a real city, before reading any file', async () => {
    const res = await runCli(
      importCommand,
      [...asSuperuser(demo), '--places', NO_SUCH_FILE, '--apply'],
      { errorsAsOutput: true },
    );
    expect(res.code).toBe(-1);
    expect(res.out).toContain("This is the demo city's data directory");
    expect(res.out).toContain('npx sasaeai init --data-dir DIR --city-name');
    const ja = await runCli(
      importCommand,
      [...asSuperuser(demo), '--places', NO_SUCH_FILE, '--lang', 'ja'],
      { errorsAsOutput: true },
    );
    expect(ja.out).toContain('デモ用の架空の市のデータディレクトリです');
  });

  it('the import route refuses a superuser and the demo admin alike, and writes nothing', async () => {
    const su = await signInSuperuser(demo);
    const before = await count(su, 'organizations');
    const body = {
      ops: [
        {
          collection: 'organizations',
          action: 'create',
          fields: { name: '取り込みテスト団体', type: 'volunteer' },
        },
      ],
    };
    for (const client of [su, await signInDemo(demo.url, 'admin@example.com')]) {
      const post = await client.post<{ code: string; message: string; messageJa: string }>(
        '/api/sasaeai/import',
        body,
      );
      expect(post.status).toBe(409);
      expect(post.body.code).toBe('demo_data_dir');
      expect(post.body.message).toContain('npx sasaeai init');
      expect(post.body.messageJa).toContain('npx sasaeai init');
      expect((await client.get('/api/sasaeai/import')).status).toBe(409);
    }
    expect(await count(su, 'organizations')).toBe(before);
  });

  it('the same records without the marker take imports: the marker decides', async () => {
    const su = await signInSuperuser(unmarked);
    expect(await su.get('/api/sasaeai/import')).toEqual({
      status: 200,
      body: { importable: true },
    });
  });
});
