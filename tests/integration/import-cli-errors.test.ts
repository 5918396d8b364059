/**
 * The import CLI's errors against a real server (issue #12): superuser credentials without
 * `--superuser` say to add it (instead of "Failed to authenticate."), a wrong password says to
 * check the credentials, and with `--json` each prints one JSON error object. (A server that
 * does not answer is covered in src/cli/commands/import.test.ts.)
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main';
import { startServer, type TestServer } from '../helpers/server';
import { asSuperuser } from './run-cli';

/** Runs `sasaeai import …` as the command line does: exit code, stdout and stderr lines. */
async function sasaeai(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  const code = await main(['import', ...args]);
  vi.restoreAllMocks();
  return { code, out, err };
}

afterEach(() => vi.restoreAllMocks());

let server: TestServer;
let places: string;

beforeAll(async () => {
  server = await startServer();
  const dir = mkdtempSync(join(tmpdir(), 'sasaeai-cli-errors-'));
  places = join(dir, 'places.csv');
  writeFileSync(places, 'ID,名称,緯度,経度\n1,公民館,36.3,139.0\n');
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('sasaeai import sign-in errors', () => {
  it('superuser credentials without --superuser: the message says to add it; --json prints an error object', async () => {
    // The superuser's own credentials, but not the flag that says they are a superuser's.
    const args = [...asSuperuser(server).filter((a) => a !== '--superuser'), '--places', places];
    const plain = await sasaeai(args);
    expect(plain.code).toBe(1);
    expect(plain.err.join('\n')).toMatch(/add --superuser/);
    expect(plain.err.join('\n')).toContain(server.url);
    const json = await sasaeai([...args, '--json']);
    expect(json.out.map((l) => JSON.parse(l) as unknown)).toEqual([
      {
        ok: false,
        error: { code: 'superuser_needed', message: expect.stringContaining('--superuser') },
      },
    ]);
    // With --superuser the same credentials sign in (the dry run then reports the file).
    expect(
      (await sasaeai([...args, '--superuser', '--json'])).out.map(
        (l) => JSON.parse(l) as { ok: boolean },
      )[0],
    ).toHaveProperty('issues');
  });

  it('a wrong password: the message says to check the credentials', async () => {
    const args = [
      '--url',
      server.url,
      '--email',
      'admin@example.com',
      '--password',
      'wrong-password',
      '--places',
      places,
      '--json',
    ];
    const run = await sasaeai(args);
    expect(run.code).toBe(1);
    expect(run.out.map((l) => JSON.parse(l) as unknown)).toEqual([
      {
        ok: false,
        error: { code: 'auth', message: expect.stringContaining('check --email and --password') },
      },
    ]);
  });
});
