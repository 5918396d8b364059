/**
 * One real PocketBase holding the demo city, with the superuser and the four demo staff
 * signed in, shared by the tests of one file: call `useStaffServer()` at the top level of the
 * file. The clients are live bindings, set before the file's first test (ES modules export
 * bindings, not values), so a test reads them as if they were its own variables.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { startServer, type TestServer } from '../helpers/server';
import { anonymous, signInStaff, signInSuperuser, type ApiClient, type ListBody } from './api';

export type Rec = Record<string, unknown> & { id: string };

export let server: TestServer;
export let anon: ApiClient;
export let su: ApiClient;
export let admin: ApiClient;
export let coord: ApiClient;
export let coord2: ApiClient;
export let careManager: ApiClient;

/**
 * Starts the server and signs everyone in before the file's tests; stops it after them.
 * `rateLimits: false` turns PocketBase's rate limiter off, for files that probe with many
 * anonymous requests (the limiter itself is tested in suggestions.test.ts).
 */
export function useStaffServer(options: { rateLimits?: boolean } = {}): void {
  beforeAll(async () => {
    server = await startServer();
    anon = anonymous(server.url);
    su = await signInSuperuser(server);
    if (options.rateLimits === false) {
      const res = await su.patch('/api/settings', { rateLimits: { enabled: false } });
      expect(res.status).toBe(200);
    }
    ({ admin, coord, coord2, careManager } = await signInStaff(server.url));
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });
}

/** Every record of `collection` (up to 1,000) matching `filter`, as the superuser reads it. */
export async function recordsAsSuperuser(collection: string, filter = ''): Promise<Rec[]> {
  const f = filter ? `&filter=${encodeURIComponent(filter)}` : '';
  const res = await su.get<ListBody<Rec>>(
    `/api/collections/${collection}/records?perPage=1000&skipTotal=1${f}`,
  );
  expect(res.status).toBe(200);
  return res.body.items;
}

/** One record as the superuser reads it (it must exist: a refused write is then shown to
 * have changed nothing). */
export async function recordAsSuperuser(collection: string, id: string): Promise<Rec> {
  const res = await su.get<Rec>(`/api/collections/${collection}/records/${id}`);
  expect(res.status).toBe(200);
  return res.body;
}

/** A collection's records (up to 500) matching `filter`, as client `c` may list them. */
export async function listAs(
  c: ApiClient,
  collection: string,
  filter = '',
): Promise<ListBody<Rec>> {
  const query = filter ? `?perPage=500&filter=${encodeURIComponent(filter)}` : '?perPage=500';
  const res = await c.get<ListBody<Rec>>(`/api/collections/${collection}/records${query}`);
  expect(res.status).toBe(200);
  return res.body;
}

/** The districts a signed-in staff client's account is bound to. */
export const districtsOf = (c: ApiClient): string[] => c.record.districts as string[];

/** The account id of a signed-in client. */
export const idOf = (c: ApiClient): string => c.record.id as string;

/** A resource in one of `c`'s districts, and one outside all of them. */
export async function ownAndForeignResource(c: ApiClient): Promise<{ own: Rec; foreign: Rec }> {
  const all = (await listAs(su, 'resources')).items;
  const mine = districtsOf(c);
  const own = all.find((r) => mine.includes(r.district as string));
  const foreign = all.find((r) => !mine.includes(r.district as string));
  if (!own || !foreign)
    throw new Error('demo data lacks own/foreign resources for this coordinator');
  return { own, foreign };
}

/** A district `c` is not bound to. */
export async function foreignDistrictId(c: ApiClient): Promise<string> {
  const districts = (await listAs(su, 'areas', 'kind = "district"')).items;
  const d = districts.find((x) => !districtsOf(c).includes(x.id));
  if (!d) throw new Error('no foreign district');
  return d.id;
}
