/**
 * What the export → import round-trip tests share (HSDS, 通いの場 CSV): a server holding a copy
 * of the demo city with its superuser signed in and a temporary directory for the files, the
 * CLI export and the admin's CLI import, and emptying the directory of every resource and
 * organization (areas stay) before a file is loaded back.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { exportCommand } from '../../src/cli/commands/export';
import { importCommand } from '../../src/cli/commands/import';
import { startServer, type TestServer } from '../helpers/server';
import { signInSuperuser, type ApiClient, type ListBody } from './api';
import { asDemo, runCli, runCliJson } from './run-cli';

type Rec = Record<string, unknown> & { id: string };

/** A report as `sasaeai import --json` prints it. */
export interface ImportReport {
  ok: boolean;
  counts: Record<string, { create: number; update: number; unchanged: number }>;
  issues: Array<{ severity: string; message: string }>;
  applied: Record<string, number> | null;
}

export interface RoundTrip {
  server: TestServer;
  /** The server's superuser. */
  su: ApiClient;
  /** A fresh temporary directory for the exported files. */
  dir: string;
}

/** Starts the server, signs its superuser in and makes a temporary directory named `tmpPrefix…`. */
export async function startRoundTrip(tmpPrefix: string): Promise<RoundTrip> {
  const server = await startServer();
  return {
    server,
    su: await signInSuperuser(server),
    dir: mkdtempSync(join(tmpdir(), tmpPrefix)),
  };
}

/** Stops what `startRoundTrip` started (either may be missing when it failed half-way). */
export async function stopRoundTrip(rt: Partial<RoundTrip>): Promise<void> {
  await rt.server?.stop();
  if (rt.dir) rmSync(rt.dir, { recursive: true, force: true });
}

/**
 * Registers a `beforeAll` that runs `startRoundTrip(tmpPrefix)` and an `afterAll` that stops
 * it; the returned object is filled in by the `beforeAll` (read it inside tests and hooks).
 */
export function useRoundTrip(tmpPrefix: string): RoundTrip {
  const rt = {} as RoundTrip;
  beforeAll(async () => {
    Object.assign(rt, await startRoundTrip(tmpPrefix));
  }, 60_000);
  afterAll(() => stopRoundTrip(rt));
  return rt;
}

/** `sasaeai export --format FORMAT` of the public directory (anonymous) into `dir/name`; its bytes. */
export async function exportFile(rt: RoundTrip, format: string, name: string): Promise<Buffer> {
  const path = join(rt.dir, name);
  const run = await runCli(exportCommand, [
    '--format',
    format,
    '--url',
    rt.server.url,
    '--out',
    path,
  ]);
  expect(run.code, run.out).toBe(0);
  return readFileSync(path);
}

/**
 * `sasaeai import SOURCE… --apply --json` as the demo admin (`source`: e.g. `['--hsds', path]`),
 * expecting exit code 0; the printed report.
 */
export async function importAsAdmin(rt: RoundTrip, source: string[]): Promise<ImportReport> {
  const run = await runCliJson<ImportReport>(importCommand, [
    ...source,
    ...asDemo(rt.server),
    '--apply',
    '--json',
  ]);
  expect(run.code, run.out).toBe(0);
  return run.json;
}

/** Every record of a collection, sorted by id, read 500 at a time by the superuser. */
export async function allRecords(su: ApiClient, collection: string): Promise<Rec[]> {
  const out: Rec[] = [];
  for (let page = 1; ; page++) {
    const res = await su.get<ListBody<Rec>>(
      `/api/collections/${collection}/records?perPage=500&page=${page}&sort=id`,
    );
    expect(res.status).toBe(200);
    out.push(...res.body.items);
    if (res.body.items.length < 500) return out;
  }
}

/**
 * Deletes the given resources and organizations in one batch (contacts and events cascade),
 * expecting the batch to succeed. The caller lists them (every one, to empty the directory).
 */
export async function deleteInBatch(
  su: ApiClient,
  records: { resources: Rec[]; organizations: Rec[] },
): Promise<void> {
  const del = await su.post<Array<{ status: number }>>('/api/batch', {
    requests: [
      ...records.resources.map((r) => ({
        method: 'DELETE',
        url: `/api/collections/resources/records/${r.id}`,
      })),
      ...records.organizations.map((o) => ({
        method: 'DELETE',
        url: `/api/collections/organizations/records/${o.id}`,
      })),
    ],
  });
  expect(del.status, JSON.stringify(del.body).slice(0, 500)).toBe(200);
}
