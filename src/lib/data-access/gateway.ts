/**
 * The one gateway to PocketBase. UI code, scripts and the CLI call this class; nothing else
 * imports the PocketBase SDK. Every method returns domain types (see src/lib/domain/types.ts).
 *
 * Works in the browser (same-origin, auth kept in localStorage by the SDK) and in Node
 * (pass the server URL; auth kept in memory).
 */
import PocketBase, {
  ClientResponseError,
  getTokenPayload,
  type RecordFullListOptions,
} from 'pocketbase';
import type {
  Area,
  AreaKind,
  Council,
  CouncilMeeting,
  Organization,
  PopulationCell,
  Resource,
  ResourceContact,
  ServiceType,
  User,
} from '../domain/types';
import {
  toArea,
  toContact,
  toCouncil,
  toMeeting,
  toOrganization,
  toPopulationCell,
  toResource,
  toServiceType,
  toUser,
  type PbRecord,
} from './records';
import { errorMessage } from '../domain/error-message';
import { GatewayError } from './gateway-error';
import { toSite, type Site } from './to-site';

// Kept importable from here: they are part of the gateway's interface (and SDK-free, so the
// residents' first page imports them from their own modules without the SDK).
export { GatewayError, toSite, type Site };

function wrap(err: unknown): GatewayError {
  if (err instanceof ClientResponseError) {
    // a failed batch names the request that failed: report that request's own answer
    const requests = (
      err.response?.data as {
        requests?: Record<string, { response?: { message?: string; data?: unknown } }>;
      }
    )?.requests;
    const failed = requests ? Object.values(requests).find((r) => r.response?.message) : undefined;
    const data = (failed?.response?.data ?? err.response?.data ?? {}) as Record<
      string,
      { message?: string }
    >;
    const fieldErrors: Record<string, string> = {};
    for (const [field, detail] of Object.entries(data)) {
      if (detail && typeof detail.message === 'string') fieldErrors[field] = detail.message;
    }
    return new GatewayError(
      failed?.response?.message || err.response?.message || err.message,
      err.status,
      fieldErrors,
    );
  }
  return new GatewayError(errorMessage(err), 0);
}

/** Runs a request and turns SDK errors into GatewayErrors (for the gateway's modules). */
export async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw wrap(err);
  }
}

const AREA_FIELDS_NO_GEOMETRY =
  'id,kind,code,name,name_kana,parent,point,population,population_unknown,population_65,population_75,population_year,support_center';

export class Gateway {
  /** The SDK client. Internal to src/lib/data-access: do not use it from UI code. */
  readonly pb: PocketBase;

  /** @param baseUrl the PocketBase origin, e.g. `http://127.0.0.1:8090`; '/' in the browser. */
  constructor(baseUrl: string) {
    this.pb = new PocketBase(baseUrl);
    // Several components may ask for the same list at once; never cancel one for another.
    this.pb.autoCancellation(false);
  }

  // ---- auth ---------------------------------------------------------------------------

  /** The signed-in staff user, or null for an anonymous visitor (or a superuser). */
  get user(): User | null {
    const rec = this.pb.authStore.record as PbRecord | null;
    if (!rec || !this.pb.authStore.isValid || rec.collectionName !== 'users') return null;
    return toUser(rec);
  }

  /**
   * True while the signed-in user holds a one-time password set by an admin: the server
   * refuses them everything but choosing a new one ({@link changeOwnPassword}).
   */
  get mustChangePassword(): boolean {
    const rec = this.pb.authStore.record as PbRecord | null;
    return (
      !!rec &&
      this.pb.authStore.isValid &&
      rec.collectionName === 'users' &&
      rec.one_time_login === true
    );
  }

  /**
   * Replaces the signed-in user's password and signs in again with it (the server ends every
   * token of the old password). Clears the one-time-password flag.
   * @throws GatewayError 400 with fieldErrors (`oldPassword`, `password`) when refused.
   */
  async changeOwnPassword(oldPassword: string, newPassword: string): Promise<User> {
    const rec = this.pb.authStore.record as PbRecord | null;
    if (!rec || rec.collectionName !== 'users') throw new GatewayError('Not signed in.', 401);
    const email = String(rec.email ?? '');
    await call(() =>
      this.pb
        .collection('users')
        .update(rec.id, { oldPassword, password: newPassword, passwordConfirm: newPassword }),
    );
    return this.login(email, newPassword);
  }

  /** Signs a staff user in. Throws GatewayError (status 400) on wrong credentials. */
  async login(email: string, password: string): Promise<User> {
    const res = await call(() => this.pb.collection('users').authWithPassword(email, password));
    return toUser(res.record as PbRecord);
  }

  /** Signs a superuser in (scripts and tests only). */
  async loginSuperuser(email: string, password: string): Promise<void> {
    await call(() => this.pb.collection('_superusers').authWithPassword(email, password));
  }

  logout(): void {
    this.pb.authStore.clear();
  }

  /**
   * Seconds until the signed-in user's token expires (users' tokens live 2 hours, see
   * pb_migrations/1732130001_close_access_holes.js); 0 when signed out or expired.
   */
  sessionSecondsLeft(nowMs = Date.now()): number {
    if (!this.user) return 0;
    const exp = Number(getTokenPayload(this.pb.authStore.token).exp ?? 0);
    return Math.max(0, exp - nowMs / 1000);
  }

  /**
   * Exchanges the signed-in user's token for a fresh one (a new 2-hour lifetime).
   * @throws GatewayError; on 401/403 (token expired or no longer honoured: account disabled,
   *   password reset by an admin, user removed) the session is cleared.
   */
  async refreshSession(): Promise<void> {
    try {
      await call(() => this.pb.collection('users').authRefresh());
    } catch (err) {
      if (err instanceof GatewayError && (err.status === 401 || err.status === 403)) this.logout();
      throw err;
    }
  }

  /** Calls `listener` whenever the signed-in user changes; returns an unsubscribe function. */
  onAuthChange(listener: (user: User | null) => void): () => void {
    return this.pb.authStore.onChange(() => listener(this.user));
  }

  // ---- reads --------------------------------------------------------------------------

  /** Every record of `collection` the caller may read (`options`: sort, filter…), mapped by `to`. */
  async #list<T>(
    collection: string,
    options: RecordFullListOptions,
    to: (r: PbRecord) => T,
  ): Promise<T[]> {
    const items = await call(() => this.pb.collection(collection).getFullList(options));
    return items.map((r) => to(r as PbRecord));
  }

  /** The deployment's city; null before any city has been loaded. */
  async getSite(): Promise<Site | null> {
    const list = await call(() => this.pb.collection('site').getList(1, 1));
    const r = list.items[0] as PbRecord | undefined;
    return r ? toSite(r, this.pb.baseURL) : null;
  }

  /**
   * Areas of one kind (or all), sorted by code.
   * @param opts.withGeometry include boundaries (large: a city's towns are megabytes); default false.
   */
  async listAreas(opts: { kind?: AreaKind; withGeometry?: boolean } = {}): Promise<Area[]> {
    return this.#list(
      'areas',
      {
        batch: 1000,
        sort: 'code,name',
        filter: opts.kind ? this.pb.filter('kind = {:kind}', { kind: opts.kind }) : '',
        fields: opts.withGeometry ? undefined : AREA_FIELDS_NO_GEOMETRY,
      },
      toArea,
    );
  }

  async getArea(id: string): Promise<Area> {
    return toArea((await call(() => this.pb.collection('areas').getOne(id))) as PbRecord);
  }

  /**
   * Resources visible to the current user (anonymous: public active ones only).
   * @param opts.districtId only those in this district.
   */
  async listResources(opts: { districtId?: string } = {}): Promise<Resource[]> {
    return this.#list(
      'resources',
      {
        batch: 1000,
        sort: 'name_kana,name',
        filter: opts.districtId ? this.pb.filter('district = {:d}', { d: opts.districtId }) : '',
      },
      toResource,
    );
  }

  async getResource(id: string): Promise<Resource> {
    return toResource((await call(() => this.pb.collection('resources').getOne(id))) as PbRecord);
  }

  /** Private contacts: staff only. Anonymous visitors get an empty list (server rule). */
  async listContacts(opts: { resourceId?: string } = {}): Promise<ResourceContact[]> {
    return this.#list(
      'resource_contacts',
      {
        batch: 1000,
        filter: opts.resourceId ? this.pb.filter('resource = {:r}', { r: opts.resourceId }) : '',
      },
      toContact,
    );
  }

  async listServiceTypes(): Promise<ServiceType[]> {
    return this.#list('service_types', { sort: 'sort_order,code' }, toServiceType);
  }

  async listOrganizations(): Promise<Organization[]> {
    return this.#list('organizations', { batch: 1000, sort: 'name_kana,name' }, toOrganization);
  }

  async listCouncils(): Promise<Council[]> {
    return this.#list('councils', { batch: 1000, sort: 'layer,name' }, toCouncil);
  }

  /** Meetings, newest first; optionally of one council. */
  async listCouncilMeetings(opts: { councilId?: string } = {}): Promise<CouncilMeeting[]> {
    return this.#list(
      'council_meetings',
      {
        batch: 1000,
        sort: '-held_on',
        filter: opts.councilId ? this.pb.filter('council = {:c}', { c: opts.councilId }) : '',
      },
      toMeeting,
    );
  }

  async listPopulationCells(): Promise<PopulationCell[]> {
    return this.#list('population_cells', { batch: 5000, sort: 'mesh_code' }, toPopulationCell);
  }
}
