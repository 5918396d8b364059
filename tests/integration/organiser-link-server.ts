/**
 * What the organiser's update-link tests (issue #16) share: one real PocketBase holding the
 * demo city, the superuser, two coordinators of different districts, a care manager and a
 * visitor, two active places of the first coordinator's district and one of the other's; the
 * tokens the file issued, and where a token must never be found (the request logs, the
 * database files). Call `useOrganiserLinkServer()` at the top level of a file; the bindings
 * below are set before its first test (ES modules export bindings, not values).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { Gateway } from '../../src/lib/data-access/gateway';
import { issueUpdateLink } from '../../src/lib/data-access/organiser-links';
import type { Resource } from '../../src/lib/domain/types';
import { startServer, type TestServer } from '../helpers/server';
import { gatewaysAs, signInSuperuser, superuserGateway, type ApiClient } from './api';

export type Rec = Record<string, unknown> & { id: string };

export let server: TestServer;
export let su: ApiClient;
export let suGateway: Gateway;
export let coord: Gateway;
export let coord2: Gateway;
export let careManager: Gateway;
export let anon: Gateway;
/** Two active places of `coord`'s districts. */
export let own: Resource;
export let own2: Resource;
/** An active place of `coord2`'s districts that is in none of `coord`'s. */
export let foreign: Resource;
/** Every token issued in the file, to look for where none may be. */
export const tokens: string[] = [];

/** Starts the server and signs everyone in before the file's tests; stops it after them. */
export function useOrganiserLinkServer(): void {
  beforeAll(async () => {
    server = await startServer();
    su = await signInSuperuser(server);
    suGateway = await superuserGateway(server);
    ({ coord, coord2, careManager } = await gatewaysAs(
      server.url,
      'coord',
      'coord2',
      'careManager',
    ));
    anon = new Gateway(server.url);
    const all = await suGateway.listResources();
    const mine = coord.user!.districtIds;
    const theirs = coord2.user!.districtIds;
    const active = all.filter((r) => r.status === 'active');
    const ours = active.filter((r) => mine.includes(r.districtId));
    own = ours[0]!;
    own2 = ours[1]!;
    foreign = active.find((r) => theirs.includes(r.districtId) && !mine.includes(r.districtId))!;
    expect(own && own2 && foreign).toBeTruthy();
  });
  afterAll(async () => {
    await server?.stop();
  });
}

/** Issues a link for `resourceId` as `g` (remembering its token); the token. */
export async function issued(g: Gateway, resourceId: string, days?: number): Promise<string> {
  const link = await issueUpdateLink(g, resourceId, days);
  tokens.push(link.token);
  return link.token;
}

/** One record as the superuser reads it. */
export const record = async (collection: string, id: string): Promise<Rec> =>
  (await su.get<Rec>(`/api/collections/${collection}/records/${id}`)).body;

/**
 * The request logs of the `/api/sasaeai/` routes once PocketBase has written those of the
 * organiser's answers (it writes its logs in batches, 3 s after the last one; up to 15 s).
 */
export async function organiserRouteLogs(): Promise<Rec[]> {
  let logs: Rec[] = [];
  for (let i = 0; i < 30; i++) {
    logs = (
      await su.get<{ items: Rec[] }>(
        '/api/logs?perPage=1000&filter=' + encodeURIComponent("data.url ~ '/api/sasaeai/'"),
      )
    ).body.items;
    if (
      logs.some((l) =>
        String((l.data as Record<string, unknown>).url).includes('/api/sasaeai/organiser/answer'),
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 500));
  }
  return logs;
}

/** Every request log entry (up to 1,000) as one JSON text. */
export async function allLogsText(): Promise<string> {
  return JSON.stringify((await su.get<{ items: Rec[] }>('/api/logs?perPage=1000')).body.items);
}

/** The bytes (as latin1 text) of the database files there are: data, logs, their WAL. */
export function databaseFilesText(): string[] {
  return ['data.db', 'data.db-wal', 'auxiliary.db', 'auxiliary.db-wal']
    .map((f) => join(server.dataDir, f))
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f).toString('latin1'));
}
