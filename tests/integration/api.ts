/**
 * A thin HTTP client for integration tests: raw requests (so crafted bodies reach the server
 * exactly as written) with an optional bearer token; and the sign-ins, refusal check and
 * "today in Japan" that the integration and browser tests share.
 */
import { expect } from 'vitest';
import { Gateway, GatewayError } from '../../src/lib/data-access/gateway';
import { DEMO_PASSWORD } from '../../src/lib/demo-city/generate-demo-users';
import { tokyoIsoDate } from '../../src/lib/domain/iso-date';
import type { TestServer } from '../helpers/server';

export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  body: T;
}

export interface ApiClient {
  token: string;
  /** The signed-in record (users or _superusers), empty for anonymous. */
  record: Record<string, unknown>;
  get<T = Record<string, unknown>>(path: string): Promise<ApiResponse<T>>;
  post<T = Record<string, unknown>>(path: string, body: unknown): Promise<ApiResponse<T>>;
  patch<T = Record<string, unknown>>(path: string, body: unknown): Promise<ApiResponse<T>>;
  del(path: string): Promise<ApiResponse>;
}

export interface ListBody<T = Record<string, unknown>> {
  items: T[];
  totalItems: number;
}

function client(baseUrl: string, token: string, record: Record<string, unknown>): ApiClient {
  const request = async <T>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<ApiResponse<T>> => {
    const res = await fetch(baseUrl + path, {
      method,
      headers: {
        ...(token ? { Authorization: token } : {}),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : {}) as T };
  };
  return {
    token,
    record,
    get: (p) => request('GET', p),
    post: (p, b) => request('POST', p, b),
    patch: (p, b) => request('PATCH', p, b),
    del: (p) => request('DELETE', p),
  };
}

export function anonymous(baseUrl: string): ApiClient {
  return client(baseUrl, '', {});
}

/** Signs in to an auth collection (`users` or `_superusers`). */
export async function signIn(
  baseUrl: string,
  email: string,
  password: string,
  collection = 'users',
): Promise<ApiClient> {
  const res = await fetch(`${baseUrl}/api/collections/${collection}/auth-with-password`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ identity: email, password }),
  });
  const body = (await res.json()) as {
    token?: string;
    record?: Record<string, unknown>;
    message?: string;
  };
  if (!res.ok || !body.token)
    throw new Error(`sign-in as ${email} failed: ${res.status} ${body.message ?? ''}`);
  return client(baseUrl, body.token, body.record ?? {});
}

/** Signs in as the test superuser of `server` (raw HTTP client). */
export function signInSuperuser(server: TestServer): Promise<ApiClient> {
  return signIn(server.url, server.superuser.email, server.superuser.password, '_superusers');
}

/** Signs in to `users` as a demo account (they all share the published demo password). */
export function signInDemo(baseUrl: string, email: string): Promise<ApiClient> {
  return signIn(baseUrl, email, DEMO_PASSWORD);
}

/** A gateway signed in as a demo account, as the app itself signs in. */
export async function gatewayAs(baseUrl: string, email: string): Promise<Gateway> {
  const g = new Gateway(baseUrl);
  await g.login(email, DEMO_PASSWORD);
  return g;
}

/** A gateway signed in as the test superuser of `server`. */
export async function superuserGateway(server: TestServer): Promise<Gateway> {
  const g = new Gateway(server.url);
  await g.loginSuperuser(server.superuser.email, server.superuser.password);
  return g;
}

/** Expects `p` to fail with a GatewayError and returns it. */
export async function refused(p: Promise<unknown>): Promise<GatewayError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(GatewayError);
  return err as GatewayError;
}

/** Today in Japan as YYYY-MM-DD, `days` later (negative: earlier). */
export const jstDate = (days = 0): string => tokyoIsoDate(new Date(Date.now() + days * 86_400_000));

/** The demo's staff accounts by the names the tests give them. */
export const DEMO_STAFF = {
  admin: 'admin@example.com',
  coord: 'coordinator@example.com',
  coord2: 'coordinator2@example.com',
  careManager: 'caremanager@example.com',
} as const;

/**
 * Signs in the named demo staff accounts one after another, in the order given (none named: all
 * four in DEMO_STAFF's order). Each sign-in counts against the server's per-IP `*:auth` rate
 * limit, so name only those a test uses.
 */
export function signInStaff<K extends keyof typeof DEMO_STAFF>(
  baseUrl: string,
  ...names: K[]
): Promise<Record<K, ApiClient>> {
  return eachStaff(names, (email) => signInDemo(baseUrl, email));
}

/** `signInStaff` with gateways (`gatewayAs`) instead of raw clients. */
export function gatewaysAs<K extends keyof typeof DEMO_STAFF>(
  baseUrl: string,
  ...names: K[]
): Promise<Record<K, Gateway>> {
  return eachStaff(names, (email) => gatewayAs(baseUrl, email));
}

/** Signs in each named account (none: all four) one after another, in order. */
async function eachStaff<K extends keyof typeof DEMO_STAFF, T>(
  names: K[],
  signInAs: (email: string) => Promise<T>,
): Promise<Record<K, T>> {
  const out = {} as Record<K, T>;
  const all = names.length > 0 ? names : (Object.keys(DEMO_STAFF) as K[]);
  for (const name of all) out[name] = await signInAs(DEMO_STAFF[name]);
  return out;
}

/**
 * The body of a new public, active gathering place in `district` (no schedule rules, no cost
 * facts) with `fields` over it, for `POST /api/collections/resources/records`.
 */
export function placeBody(
  district: string,
  fields: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    kind: 'gathering_place',
    district,
    status: 'active',
    is_public: true,
    schedule: { rules: [] },
    cost: {},
    ...fields,
  };
}

/** Every public snapshot the server serves at `/api/public/NAME` (what visitors read). */
export const PUBLIC_SNAPSHOTS = [
  'site',
  'areas',
  'boundaries',
  'resources',
  'service_types',
  'organizations',
  'councils',
  'population',
  'data_sources',
  'layers',
] as const;

/** How many records of `collection` match `filter`, as `client` may list them (asserts 200). */
export async function countRecords(
  client: ApiClient,
  collection: string,
  filter = '',
): Promise<number> {
  const q = filter ? `&filter=${encodeURIComponent(filter)}` : '';
  const res = await client.get<ListBody>(`/api/collections/${collection}/records?perPage=1${q}`);
  expect(res.status, `${collection}: ${JSON.stringify(res.body)}`).toBe(200);
  return res.body.totalItems;
}
