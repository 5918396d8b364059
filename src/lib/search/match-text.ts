/**
 * Free-text matching: the query is normalised with the same `normalizeJapanese` as the index
 * and split on spaces into terms that must all match.
 *
 * 1. Exact stage: the bigram index gives, per term, the documents containing it; their
 *    intersection is ranked by the best field each term is found in (name > reading >
 *    service type > district > organisation > address > description), then reading order.
 * 2. Fuzzy stage (typo tolerance): only when the exact stage finds fewer than `fuzzyBelow`
 *    documents and some term has at least `fuzzyMinLength` characters. Documents sharing
 *    about half of each long term's bigrams become candidates (at most `fuzzyMaxCandidates`),
 *    and fuse.js ranks them; those fuse.js accepts follow the exact matches.
 *
 * An empty query matches every document, in reading order.
 */
import Fuse, { type Expression } from 'fuse.js';
import { FIELD_WEIGHTS, SEARCH_FIELDS, type SearchField, type SearchIndex } from './build-search-index';
import { intersectSorted } from './ngram-index';
import { normalizeJapanese } from './normalize-japanese';

export interface MatchOptions {
  /** Run the fuzzy stage when the exact stage finds fewer documents than this. Default 20. */
  fuzzyBelow?: number;
  /** Terms shorter than this (in characters, after normalising) are never fuzzy-matched. Default 3. */
  fuzzyMinLength?: number;
  /** Cap on documents handed to fuse.js. Default 300. */
  fuzzyMaxCandidates?: number;
}

export interface TextMatch {
  /** Matching document numbers, best first. */
  docs: Int32Array;
  /** Relevance per entry of `docs` (higher is better; exact matches always outrank fuzzy ones). */
  scores: Float64Array;
  /** How many leading entries of `docs` matched exactly (the rest are typo matches). */
  exactCount: number;
  /** The normalised terms. */
  terms: string[];
}

/** Fields fuse.js compares for typos (descriptions are too long for a meaningful edit distance). */
const FUZZY_KEYS: { name: SearchField; weight: number }[] = [
  { name: 'name', weight: 3 },
  { name: 'nameKana', weight: 2.5 },
  { name: 'serviceTypes', weight: 1.5 },
  { name: 'district', weight: 1.5 },
  { name: 'organization', weight: 1 },
  { name: 'address', weight: 1 },
];

/** Splits a query into normalised terms (ASCII or 全角 spaces separate terms). */
export function queryTerms(query: string): string[] {
  return normalizeJapanese(query)
    .split(' ')
    .filter((t) => t.length > 0);
}

/** Matches `query` against the index; see the module comment for the stages. */
export function matchText(index: SearchIndex, query: string, options: MatchOptions = {}): TextMatch {
  const { fuzzyBelow = 20, fuzzyMinLength = 3, fuzzyMaxCandidates = 300 } = options;
  const terms = queryTerms(query);
  const n = index.ids.length;
  if (terms.length === 0) {
    return { docs: index.byRank.slice(), scores: new Float64Array(n), exactCount: n, terms };
  }

  // Exact stage: shortest posting first keeps the intersection small.
  const perTerm = terms.map((t) => index.ngrams.exact(t)).sort((a, b) => a.length - b.length);
  let exact = perTerm[0]!;
  for (let i = 1; i < perTerm.length && exact.length > 0; i++) exact = intersectSorted(exact, perTerm[i]!);

  const maxScore = terms.length * (FIELD_WEIGHTS.name + 5);
  const keys = new Float64Array(exact.length);
  for (let i = 0; i < exact.length; i++) {
    const d = exact[i]!;
    const score = scoreExact(index.fields[d]!, terms);
    // One sortable number: score descending, then reading order.
    keys[i] = (maxScore - score) * n + index.rank[d]!;
  }
  keys.sort();
  const docs: number[] = [];
  const scores: number[] = [];
  for (const k of keys) {
    const r = k % n;
    docs.push(index.byRank[r]!);
    scores.push(maxScore - (k - r) / n + 1000);
  }
  const exactCount = docs.length;

  const longTerms = terms.filter((t) => t.length >= fuzzyMinLength);
  if (exactCount < fuzzyBelow && longTerms.length > 0) {
    const fuzzy = fuzzyStage(index, terms, fuzzyMinLength, fuzzyMaxCandidates, new Set(docs));
    for (const [d, s] of fuzzy) {
      docs.push(d);
      scores.push(s);
    }
  }
  return { docs: Int32Array.from(docs), scores: Float64Array.from(scores), exactCount, terms };
}

function scoreExact(f: Record<SearchField, string>, terms: readonly string[]): number {
  let total = 0;
  for (const t of terms) {
    let best = 0;
    for (const key of SEARCH_FIELDS) {
      const value = f[key];
      if (!value.includes(t)) continue;
      let s = FIELD_WEIGHTS[key];
      if ((key === 'name' || key === 'nameKana') && value.startsWith(t)) s += key === 'name' ? 5 : 3;
      if (s > best) best = s;
    }
    total += best;
  }
  return total;
}

/** Typo candidates from bigram overlap, ranked by fuse.js; returns [doc, score 0..1] best first. */
function fuzzyStage(
  index: SearchIndex,
  terms: readonly string[],
  minLength: number,
  maxCandidates: number,
  exclude: ReadonlySet<number>,
): [number, number][] {
  let candidates: Int32Array | null = null;
  for (const t of terms) {
    const set =
      t.length >= minLength
        ? index.ngrams.similar(t, Math.max(1, Math.ceil((t.length - 1) / 2)), maxCandidates * 4).sort()
        : index.ngrams.exact(t);
    candidates = candidates ? intersectSorted(candidates, set) : set;
    if (candidates.length === 0) return [];
  }
  const pool = Array.from(candidates!)
    .filter((d) => !exclude.has(d))
    .slice(0, maxCandidates);
  if (pool.length === 0) return [];
  const fuse = new Fuse(
    pool.map((d) => ({ d, ...index.fields[d]! })),
    { keys: FUZZY_KEYS, includeScore: true, ignoreLocation: true, threshold: 0.4, minMatchCharLength: 1, shouldSort: true },
  );
  const expression: Expression = {
    $and: terms.map((t) => ({ $or: FUZZY_KEYS.map((k) => ({ [k.name]: t.slice(0, 32) })) })),
  };
  return fuse.search(expression).map((r) => [r.item.d, 1 - (r.score ?? 1)]);
}
