/**
 * Anonymous reads from the server's public snapshots (pb/public_snapshots.go): the records a
 * visitor who is not signed in may see, built once per change on the server and served as
 * compressed bytes with an ETag, instead of `perPage=1000` lists through the rule engine.
 * Each method returns the same domain types as the matching Gateway list method.
 *
 * Only for visitors who are not signed in: staff read through the Gateway's API methods,
 * whose rules show them more. A document is fetched once per page session and shared by
 * every caller. The documents index.html carries are read from the page (see `#pageData`);
 * the others are revalidated with their ETag (and the service worker keeps the last copy for
 * offline use).
 */
import type {
  Area,
  AreaKind,
  Council,
  Organization,
  PopulationCell,
  Resource,
  ServiceType,
} from '../domain/types';
import { GatewayError } from './gateway-error';
import { toSite, type Site } from './to-site';
import {
  toArea,
  toCouncil,
  toOrganization,
  toResource,
  toServiceType,
  type PbRecord,
} from './records';
import { errorMessage } from '../domain/error-message';

/** Where the snapshots are served, relative to the PocketBase origin. */
export const PUBLIC_SNAPSHOT_PATH = '/api/public/';

/** The population snapshot's columns (see encodePopulation in pb/public_snapshots.go). */
interface PopulationColumns {
  count: number;
  mesh_code: string;
  mesh_m: string;
  year: string;
  population: string;
  population_65: string;
}

function base64Bytes(s: string): Uint8Array<ArrayBuffer> {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Decodes the little-endian typed-array columns into cells (exactly what the records API gives). */
export function decodePopulationColumns(doc: PopulationColumns): PopulationCell[] {
  const n = doc.count;
  const codes = n > 0 ? doc.mesh_code.split(',') : [];
  const view = (b64: string): DataView => {
    const b = base64Bytes(b64);
    return new DataView(b.buffer, b.byteOffset, b.byteLength);
  };
  const meshM = view(doc.mesh_m);
  const year = view(doc.year);
  const pop = view(doc.population);
  const pop65 = view(doc.population_65);
  if (
    codes.length !== n ||
    meshM.byteLength !== 4 * n ||
    pop.byteLength !== 8 * n ||
    pop65.byteLength !== 8 * n ||
    year.byteLength !== 4 * n
  ) {
    throw new GatewayError('the population snapshot is malformed (column lengths differ)', 0);
  }
  const cells: PopulationCell[] = new Array<PopulationCell>(n);
  for (let i = 0; i < n; i++) {
    // The same reading as toPopulationCell: a 65+ count of 0 stays 0 (PocketBase has no null).
    cells[i] = {
      meshCode: codes[i]!,
      meshM: meshM.getInt32(4 * i, true) || 100,
      population: pop.getFloat64(8 * i, true),
      population65: pop65.getFloat64(8 * i, true),
      year: year.getInt32(4 * i, true),
    };
  }
  return cells;
}

/**
 * How long after navigation start (ms) a first read may still take the data index.html
 * carries: long enough for a slow phone's first load, short enough that a page left open does
 * not read its load-time data later.
 */
const PAGE_DATA_FRESH_MS = 30_000;

/** The id of the element a snapshot is inlined in (pb/index_with_data.go), before its name. */
export const INLINE_SNAPSHOT_ID_PREFIX = 'sasaeai-public-';

export class PublicReads {
  readonly #base: string;
  readonly #docs = new Map<string, Promise<unknown>>();
  /** Documents the page's own HTML carried, whether already read or not. */
  readonly #pageDataTaken = new Set<string>();
  /** Held documents that came from the page's HTML (as fresh as the page). */
  readonly #fromPage = new Set<string>();

  /** @param baseUrl the PocketBase origin, e.g. `http://127.0.0.1:8090` */
  constructor(baseUrl: string) {
    this.#base = baseUrl.replace(/\/+$/, '');
  }

  /** One snapshot document, fetched once and shared; a failed fetch is tried again next time. */
  #doc<T>(name: string): Promise<T> {
    let p = this.#docs.get(name) as Promise<T> | undefined;
    if (!p) {
      const fromPage = this.#pageData<T>(name);
      p = fromPage ?? this.#fetch<T>(name);
      this.#docs.set(name, p);
      if (fromPage) this.#fromPage.add(name);
      p.catch(() => {
        this.#docs.delete(name);
        this.#fromPage.delete(name);
      });
    }
    return p;
  }

  /**
   * The snapshot index.html carries inline (pb/index_with_data.go), for the first read of
   * `name` in this page while the page is young; undefined when there is none (the page is
   * old, a dev server's HTML, or the server could not build it), and the read goes to the
   * network.
   *
   * Why this is not stale: the data is exactly as fresh as the page itself, whose HTML is
   * revalidated on every load — by the browser before it is shown, or, for a repeat visit
   * served from the service worker's cache, by the worker right behind it, which then tells
   * the page to read again (`session.publicDataChanged` calls `reset()`). A later read
   * — after `reset()` (sign-in/out), or a document first needed long after load (a
   * client-side navigation an hour later) — asks the server, which the browser revalidates by
   * ETag. Offline, the service worker answers with its last copy of the HTML (and so of its
   * data) or of the document.
   */
  #pageData<T>(name: string): Promise<T> | undefined {
    if (!this.#pageDataFresh(name)) return undefined;
    const read = (): T | undefined => {
      const el = document.getElementById(INLINE_SNAPSHOT_ID_PREFIX + name);
      const text = el?.textContent;
      if (!el || !text) return undefined;
      this.#pageDataTaken.add(name);
      // The element's text is a second copy of the data: of no use once read.
      el.remove();
      try {
        return JSON.parse(text) as T;
      } catch {
        return undefined;
      }
    };
    const now = read();
    if (now !== undefined) return Promise.resolve(now);
    // The app can start before the end of a long HTML has been parsed.
    if (document.readyState !== 'loading') return undefined;
    return new Promise<void>((resolve) =>
      document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }),
    ).then(() => read() ?? this.#fetch<T>(name));
  }

  #pageDataFresh(name: string): boolean {
    return (
      !this.#pageDataTaken.has(name) &&
      typeof document !== 'undefined' &&
      performance.now() <= PAGE_DATA_FRESH_MS
    );
  }

  /** Whether the page's HTML carries `name` and it may still be read (see #pageData). */
  #hasPageData(name: string): boolean {
    return (
      this.#pageDataFresh(name) &&
      document.getElementById(INLINE_SNAPSHOT_ID_PREFIX + name) !== null
    );
  }

  async #fetch<T>(path: string): Promise<T> {
    let res: Response;
    try {
      res = await fetch(`${this.#base}${PUBLIC_SNAPSHOT_PATH}${path}`);
    } catch (err) {
      throw new GatewayError(errorMessage(err), 0);
    }
    if (!res.ok) {
      const body = (await res.json().catch(() => ({}))) as { message?: string };
      throw new GatewayError(body.message || `${res.status} ${res.statusText}`, res.status);
    }
    return (await res.json()) as T;
  }

  async #items(name: string): Promise<PbRecord[]> {
    return (await this.#doc<{ items: PbRecord[] }>(name)).items;
  }

  /** Forgets the documents fetched so far (the next read asks the server, with its ETag). */
  reset(): void {
    this.#docs.clear();
    this.#fromPage.clear();
  }

  /** The deployment's city; null before any city has been loaded. */
  async site(): Promise<Site | null> {
    const r = (await this.#items('site'))[0];
    return r ? toSite(r, this.#base) : null;
  }

  /**
   * Areas of one kind (or all), sorted by code, as `Gateway.listAreas`.
   * @param opts.withGeometry boundaries are published for the city and districts only
   *   (towns' boundaries are megabytes and no public page draws them)
   */
  async areas(opts: { kind?: AreaKind; withGeometry?: boolean } = {}): Promise<Area[]> {
    if (opts.withGeometry && opts.kind !== 'city' && opts.kind !== 'district') {
      throw new GatewayError(
        `public boundaries are published for the city and districts only, not ${opts.kind ?? 'all areas'}`,
        0,
      );
    }
    const items = await this.#items(opts.withGeometry ? 'boundaries' : 'areas');
    return items.filter((r) => !opts.kind || r.kind === opts.kind).map(toArea);
  }

  /** Public, active resources (what the records API shows a visitor), sorted by reading. */
  async resources(opts: { districtId?: string } = {}): Promise<Resource[]> {
    const items = await this.#items('resources');
    return items.filter((r) => !opts.districtId || r.district === opts.districtId).map(toResource);
  }

  /**
   * One public, active resource; GatewayError 404 when it is unknown, private or not active.
   * With no network (status 0) it is looked up in the list snapshot, which the service
   * worker keeps offline: every place of the last town list opens, not only those visited.
   */
  async resource(id: string): Promise<Resource> {
    if (!/^[a-z0-9]{1,32}$/.test(id))
      throw new GatewayError("The requested resource wasn't found.", 404);
    // The list the page's HTML carried holds every public place, as fresh as the page: a
    // place page opened first needs no request of its own. A place not in it (private, not
    // active, unknown) is asked of the server, which answers for it.
    if (!this.#docs.has('resources') && this.#hasPageData('resources'))
      this.#doc('resources').catch(() => undefined);
    if (this.#fromPage.has('resources')) {
      const listed = (await this.#items('resources').catch(() => [])).find((r) => r.id === id);
      if (listed) return toResource(listed);
    }
    try {
      return toResource(await this.#fetch<PbRecord>(`resources/${id}`));
    } catch (err) {
      if (!(err instanceof GatewayError) || err.status !== 0) throw err;
      const fromList = (await this.resources().catch(() => [])).find((r) => r.id === id);
      if (!fromList) throw err;
      return fromList;
    }
  }

  async serviceTypes(): Promise<ServiceType[]> {
    return (await this.#items('service_types')).map(toServiceType);
  }

  async organizations(): Promise<Organization[]> {
    return (await this.#items('organizations')).map(toOrganization);
  }

  async councils(): Promise<Council[]> {
    return (await this.#items('councils')).map(toCouncil);
  }

  /**
   * The credit lines every map shows (issue #7): each imported data source's or auxiliary
   * layer's `attribution`, in the collection's order (sources by key, layers by name; ''
   * kept: the caller decides what to show). Both collections are public, so staff read the
   * same lines.
   */
  async attributions(collection: 'data_sources' | 'layers'): Promise<string[]> {
    return (await this.#items(collection)).map((r) => String(r.attribution ?? ''));
  }

  /** Population cells, sent as typed-array columns (a few hundred kB for a whole city). */
  async populationCells(): Promise<PopulationCell[]> {
    return decodePopulationColumns(await this.#doc<PopulationColumns>('population'));
  }
}
