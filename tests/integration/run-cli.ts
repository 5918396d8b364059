/**
 * Runs a `sasaeai` CLI command in this process, the way the integration tests drive the
 * product surface, while capturing what it prints with `console.log` (so a test can assert
 * on it and the test log stays quiet). One helper for every test instead of a spy wrapper each.
 */
import { vi } from 'vitest';
import type { Command } from '../../src/cli/command';
import { DEMO_PASSWORD } from '../../src/lib/demo-city/generate-demo-users';
import type { TestServer } from '../helpers/server';
import { errorMessage } from '../../src/lib/domain/error-message';

/** What one run gave: the exit code and the captured `console.log` lines joined by `\n`. */
export interface CliRun {
  code: number;
  out: string;
}

export interface RunCliOptions {
  /**
   * When true, an error the command throws (e.g. a `UsageError`, which `main` would print with
   * exit code 2) is returned as `{ code: -1, out: message }` instead of rejecting, for tests
   * that assert on the message. Default false: the error propagates and fails the test.
   */
  errorsAsOutput?: boolean;
}

/**
 * Runs `command.run(args)` with `console.log` captured (one entry per call, `String(value)`);
 * the spy is restored afterwards, also when the command throws.
 */
export async function runCli(
  command: Command,
  args: string[],
  options: RunCliOptions = {},
): Promise<CliRun> {
  const { code, lines } = await capture(command, args, options);
  return { code, out: lines.join('\n') };
}

/**
 * {@link runCli} for a command given `--json` (the caller adds the flag): `json` is the last
 * printed line parsed as JSON (the commands print their report as one line), or `{}` when
 * nothing was printed. Output that is not JSON makes the returned promise reject.
 */
export async function runCliJson<T = Record<string, unknown>>(
  command: Command,
  args: string[],
): Promise<CliRun & { json: T }> {
  const { code, lines } = await capture(command, args, {});
  return { code, out: lines.join('\n'), json: JSON.parse(lines.at(-1) ?? '{}') as T };
}

async function capture(
  command: Command,
  args: string[],
  options: RunCliOptions,
): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const spy = vi
    .spyOn(console, 'log')
    .mockImplementation((s: unknown) => void lines.push(String(s)));
  try {
    return { code: await command.run(args), lines };
  } catch (err) {
    if (!options.errorsAsOutput) throw err;
    return { code: -1, lines: [errorMessage(err)] };
  } finally {
    spy.mockRestore();
  }
}

/**
 * `--url`, `--email` and `--password`: sign in to the test server as the demo account `email`
 * (the admin unless another is named; they share the published demo password).
 */
export function asDemo(server: TestServer, email = 'admin@example.com'): string[] {
  return ['--url', server.url, '--email', email, '--password', DEMO_PASSWORD];
}

/** `--url`, `--email`, `--password` and `--superuser`: sign in to the test server as its superuser. */
export function asSuperuser(server: TestServer): string[] {
  return [
    '--url',
    server.url,
    '--email',
    server.superuser.email,
    '--password',
    server.superuser.password,
    '--superuser',
  ];
}
