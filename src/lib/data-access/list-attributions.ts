/**
 * The credit lines of imported data sources or auxiliary layers (both public collections),
 * read from their public snapshots (`/api/public/{collection}`, pb/public_snapshots.go) with a
 * plain `fetch`: every map shows them, the residents' first page included, which goes without
 * the PocketBase SDK and without the records API's rule engine (issue #13).
 */
import { errorMessage } from '../domain/error-message';
import { GatewayError } from './gateway-error';

/**
 * Every record's `attribution` of `collection`, in the collection's order (data sources by key,
 * layers by name, as `listDataSources` and `listLayers` order them; '' kept: the caller
 * decides what to show).
 * @param origin the PocketBase origin, e.g. `http://127.0.0.1:8090`
 * @throws GatewayError when the request fails (status 0: the server was not reached)
 */
export async function listAttributions(
  origin: string,
  collection: 'data_sources' | 'layers',
): Promise<string[]> {
  const url = `${origin.replace(/\/+$/, '')}/api/public/${collection}`;
  let res: Response;
  try {
    res = await fetch(url);
  } catch (err) {
    throw new GatewayError(errorMessage(err), 0);
  }
  if (!res.ok) throw new GatewayError(`${collection}: HTTP ${res.status}`, res.status);
  const { items } = (await res.json()) as { items: { attribution?: unknown }[] };
  return items.map((r) => String(r.attribution ?? ''));
}
