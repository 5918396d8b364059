/**
 * The credit lines of imported data sources or auxiliary layers (both public collections),
 * read with a plain `fetch` of the records API instead of the PocketBase SDK: every map shows
 * them, the residents' first page included, which otherwise goes without the SDK (issue #13).
 */
import { errorMessage } from '../domain/error-message';
import { GatewayError } from './gateway-error';

/** How each collection is ordered (as `listDataSources` and `listLayers` order them). */
const SORT = { data_sources: 'key', layers: 'name' } as const;
const PER_PAGE = 500;

/**
 * Every record's `attribution` of `collection`, in the collection's order ('' kept: the caller
 * decides what to show).
 * @param origin the PocketBase origin, e.g. `http://127.0.0.1:8090`
 * @throws GatewayError when a request fails (status 0: the server was not reached)
 */
export async function listAttributions(
  origin: string,
  collection: keyof typeof SORT,
): Promise<string[]> {
  const out: string[] = [];
  for (let page = 1; ; page++) {
    const url = `${origin.replace(/\/+$/, '')}/api/collections/${collection}/records?page=${page}&perPage=${PER_PAGE}&sort=${SORT[collection]}&fields=attribution&skipTotal=1`;
    let res: Response;
    try {
      res = await fetch(url);
    } catch (err) {
      throw new GatewayError(errorMessage(err), 0);
    }
    if (!res.ok) throw new GatewayError(`${collection}: HTTP ${res.status}`, res.status);
    const { items } = (await res.json()) as { items: { attribution?: unknown }[] };
    out.push(...items.map((r) => String(r.attribution ?? '')));
    if (items.length < PER_PAGE) return out;
  }
}
