/**
 * The directory's state as URL query parameters, so that a search is shareable and the back
 * button restores it: `q` (text), one parameter per facet with comma-separated values
 * (`weekday=wed,fri`), `sort` and `town` (an area id: the client's town, for distances).
 */
import { SEARCH_SORTS, type SearchSort } from './search-resources';

export interface DirectoryQuery {
  q: string;
  facets: Record<string, string[]>;
  sort: SearchSort;
  town: string;
}

export const EMPTY_DIRECTORY_QUERY: DirectoryQuery = {
  q: '',
  facets: {},
  sort: 'relevance',
  town: '',
};

/** Reads the state; unknown parameters and facet names not in `facetNames` are ignored. */
export function parseDirectoryQuery(
  params: URLSearchParams,
  facetNames: readonly string[],
): DirectoryQuery {
  const facets: Record<string, string[]> = {};
  for (const name of facetNames) {
    const raw = params.get(name);
    const values = raw ? [...new Set(raw.split(',').filter(Boolean))] : [];
    if (values.length) facets[name] = values;
  }
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? '',
    facets,
    sort: (SEARCH_SORTS as readonly string[]).includes(sort ?? '')
      ? (sort as SearchSort)
      : 'relevance',
    town: params.get('town') ?? '',
  };
}

/** Writes the state as a query string (with leading `?`, or '' when empty), in a stable order. */
export function directoryQueryString(state: DirectoryQuery, facetNames: readonly string[]): string {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const name of facetNames) {
    const v = state.facets[name];
    if (v?.length) p.set(name, v.join(','));
  }
  if (state.sort !== 'relevance') p.set('sort', state.sort);
  if (state.town) p.set('town', state.town);
  const s = p.toString();
  return s ? `?${s}` : '';
}
