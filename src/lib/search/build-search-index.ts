/**
 * Builds the search index over generic documents: normalised fields for ranking, a bigram
 * candidate index, a reading-order rank, and compact facet value lists for live counts.
 *
 * Generic on purpose: the directory feeds it resources (see `resourceSearchDocuments`), the
 * CLI feeds it GeoJSON/CSV features. Pure TS, runs in Node, a worker or the browser.
 */
import type { LngLat } from '../domain/types';
import { NgramIndex } from './ngram-index';
import { normalizeJapanese } from './normalize-japanese';

/** The searchable fields of a document, in decreasing weight. */
export const SEARCH_FIELDS = [
  'name',
  'nameKana',
  'serviceTypes',
  'district',
  'organization',
  'address',
  'description',
] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** Points a term earns by the best field it is found in (plus a prefix bonus on name and reading). */
export const FIELD_WEIGHTS: Record<SearchField, number> = {
  name: 10,
  nameKana: 8,
  serviceTypes: 6,
  district: 5,
  organization: 4,
  address: 3,
  description: 1,
};

export interface SearchDocument {
  /** Stable id (a resource id, a feature index…). */
  id: string;
  name: string;
  /** Reading in kana; '' when unknown (then the name sorts by itself). */
  nameKana?: string;
  /** Service-type names and readings, joined by spaces. */
  serviceTypes?: string;
  /** District (and daily-life area) names and readings. */
  district?: string;
  organization?: string;
  address?: string;
  description?: string;
  /** Facet name → the document's values (a document may have several, or none). */
  facets?: Record<string, readonly string[]>;
  /** For walking-distance sort; null when unknown. */
  location?: LngLat | null;
}

/** One facet: its name, its values in display order, and whether selected values combine by OR or AND. */
export interface FacetDefinition {
  name: string;
  values: readonly string[];
  /** 'or' (default): any selected value; 'and': every selected value (features such as step-free + pick-up). */
  mode?: 'or' | 'and';
}

export interface IndexedFacet {
  name: string;
  values: readonly string[];
  mode: 'or' | 'and';
  /** Document d's value numbers are `docValues[offsets[d] .. offsets[d+1])`. */
  offsets: Uint32Array;
  docValues: Uint16Array;
  /**
   * One bitset per value, `bitWords(n)` words each, back to back: bit d of value v is
   * `bits[v * words + (d >>> 5)] >>> (d & 31) & 1`. Live counts AND these with the match set.
   */
  bits: Uint32Array;
}

/** 32-bit words in a bitset over `n` documents. */
export function bitWords(n: number): number {
  return (n + 31) >>> 5;
}

export interface SearchIndex {
  ids: readonly string[];
  names: readonly string[];
  /** Normalised fields per document, for ranking. */
  fields: readonly Record<SearchField, string>[];
  ngrams: NgramIndex;
  /** Position of each document in reading order (nameKana, then name), 0-based and unique. */
  rank: Int32Array;
  /** Document numbers in reading order (inverse of `rank`). */
  byRank: Int32Array;
  facets: readonly IndexedFacet[];
  /** [lng, lat] pairs, NaN when unknown. */
  lngLat: Float64Array;
}

const collator = new Intl.Collator('ja');
/** Leading fields a one-character query searches (name, reading, service types, district): the index keeps their characters. */
export const SHORT_FIELDS = 4;

/**
 * Builds the index. Facet values a document has but the definition lacks are ignored
 * (the definition is the list of things the UI can show).
 * @throws Error naming the document when an id is empty or repeated.
 */
export function buildSearchIndex(
  docs: readonly SearchDocument[],
  facetDefs: readonly FacetDefinition[] = [],
): SearchIndex {
  const seen = new Set<string>();
  const fields: Record<SearchField, string>[] = [];
  const docFields: string[][] = [];
  const lngLat = new Float64Array(docs.length * 2).fill(Number.NaN);
  // Service types, districts and organisations repeat across thousands of documents: normalise each once.
  const memo = new Map<string, string>();
  const norm = (text: string): string => {
    let v = memo.get(text);
    if (v === undefined) {
      v = normalizeJapanese(text);
      if (memo.size < 50_000) memo.set(text, v);
    }
    return v;
  };
  docs.forEach((doc, i) => {
    if (!doc.id) throw new Error(`buildSearchIndex: document ${i + 1} (${doc.name}) has no id`);
    if (seen.has(doc.id))
      throw new Error(`buildSearchIndex: id "${doc.id}" appears twice (document ${i + 1})`);
    seen.add(doc.id);
    const f = {} as Record<SearchField, string>;
    for (const key of SEARCH_FIELDS) f[key] = norm(doc[key] ?? '');
    fields.push(f);
    docFields.push(SEARCH_FIELDS.map((k) => f[k]));
    if (doc.location) {
      lngLat[i * 2] = doc.location[0];
      lngLat[i * 2 + 1] = doc.location[1];
    }
  });

  const byRank = readingOrder(
    docs.map((d, i) => (d.nameKana ? readingKey(fields[i]!.nameKana) : fields[i]!.name)),
    docs.map((d) => d.name),
  );
  const rank = new Int32Array(docs.length);
  byRank.forEach((d, r) => (rank[d] = r));

  const facets = facetDefs.map((def) => indexFacet(def, docs));
  return {
    ids: docs.map((d) => d.id),
    names: docs.map((d) => d.name),
    fields,
    ngrams: new NgramIndex(docFields, SHORT_FIELDS),
    rank,
    byRank,
    facets,
    lngLat,
  };
}

/**
 * Document numbers sorted by (key, name, number), keys and names compared with the Japanese
 * collator. The collator is the expensive part, so equal keys (the same reading in many
 * towns) are compared once: distinct keys are sorted, runs of keys the collator calls equal
 * form one group, and only within a group are names compared. Same order as one full sort.
 */
function readingOrder(keys: readonly string[], names: readonly string[]): Int32Array {
  const byKey = new Map<string, number[]>();
  keys.forEach((k, i) => {
    const list = byKey.get(k);
    if (list) list.push(i);
    else byKey.set(k, [i]);
  });
  const distinct = [...byKey.keys()].sort((a, b) => collator.compare(a, b));
  const out = new Int32Array(keys.length);
  let o = 0;
  for (let g = 0; g < distinct.length;) {
    const group = [...byKey.get(distinct[g]!)!];
    let h = g + 1;
    while (h < distinct.length && collator.compare(distinct[g]!, distinct[h]!) === 0)
      group.push(...byKey.get(distinct[h++]!)!);
    if (group.length > 1) group.sort((a, b) => collator.compare(names[a]!, names[b]!) || a - b);
    for (const i of group) out[o++] = i;
    g = h;
  }
  return out;
}

/** Reading keys sort without the spaces the normaliser keeps between words. */
function readingKey(kana: string): string {
  return kana.replaceAll(' ', '');
}

function indexFacet(def: FacetDefinition, docs: readonly SearchDocument[]): IndexedFacet {
  const valueNo = new Map(def.values.map((v, i) => [v, i]));
  const offsets = new Uint32Array(docs.length + 1);
  const vals: number[] = [];
  const words = bitWords(docs.length);
  const bits = new Uint32Array(words * def.values.length);
  docs.forEach((doc, d) => {
    offsets[d] = vals.length;
    const start = vals.length;
    for (const v of doc.facets?.[def.name] ?? []) {
      const n = valueNo.get(v);
      if (n !== undefined && !vals.includes(n, start)) {
        vals.push(n);
        bits[n * words + (d >>> 5)]! |= 1 << (d & 31);
      }
    }
  });
  offsets[docs.length] = vals.length;
  return {
    name: def.name,
    values: def.values,
    mode: def.mode ?? 'or',
    offsets,
    docValues: Uint16Array.from(vals),
    bits,
  };
}
