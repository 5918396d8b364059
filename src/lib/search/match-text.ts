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
import {
  FIELD_WEIGHTS,
  SEARCH_FIELDS,
  type SearchField,
  type SearchIndex,
} from './build-search-index';
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

/** The match set before ranking: exact matches ascending, typo matches best first. */
export interface MatchSet {
  /** Documents matching every term exactly, ascending document number. */
  exact: Uint32Array;
  /** Typo matches as [document, score 0..1], best first (none of them in `exact`). */
  fuzzy: [number, number][];
  terms: string[];
}

/**
 * Finds the matching documents without ranking them (ranking is the caller's, so that it
 * can rank only what survives the facets, or only the first page). Empty query: every document.
 */
export function matchSet(index: SearchIndex, query: string, options: MatchOptions = {}): MatchSet {
  const { fuzzyBelow = 20, fuzzyMinLength = 3, fuzzyMaxCandidates = 300 } = options;
  const terms = queryTerms(query);
  if (terms.length === 0) return { exact: index.ngrams.exact(''), fuzzy: [], terms };
  // Exact stage: shortest posting first keeps the intersection small.
  const perTerm = terms
    .map((t) => (t.length === 1 ? index.ngrams.singleChar(t) : index.ngrams.exact(t)))
    .sort((a, b) => a.length - b.length);
  let exact = perTerm[0]!;
  for (let i = 1; i < perTerm.length && exact.length > 0; i++)
    exact = intersectSorted(exact, perTerm[i]!);
  const longTerms = terms.filter((t) => t.length >= fuzzyMinLength);
  const fuzzy =
    exact.length < fuzzyBelow && longTerms.length > 0
      ? fuzzyStage(index, terms, fuzzyMinLength, fuzzyMaxCandidates, new Set(exact))
      : [];
  return { exact, fuzzy, terms };
}

/** Matches `query` against the index; see the module comment for the stages. */
export function matchText(
  index: SearchIndex,
  query: string,
  options: MatchOptions = {},
): TextMatch {
  const { exact, fuzzy, terms } = matchSet(index, query, options);
  const n = index.ids.length;
  if (terms.length === 0) {
    return { docs: index.byRank.slice(), scores: new Float64Array(n), exactCount: n, terms };
  }
  const scoreOf = new Uint16Array(n);
  for (let i = 0; i < exact.length; i++)
    scoreOf[exact[i]!] = exactScore(index, exact[i]!, terms) + 1; // 0 = not matched
  const total = exact.length + fuzzy.length;
  const docs = new Int32Array(total);
  const scores = new Float64Array(total);
  const k = rankByScore(
    index,
    scoreOf,
    exact.length,
    docs,
    terms.length * MAX_TERM_SCORE,
    exact.length < n / 8 ? exact : null,
  );
  for (let i = 0; i < k; i++) scores[i] = 1000 + scoreOf[docs[i]!]! - 1;
  fuzzy.forEach(([d, s], i) => {
    docs[k + i] = d;
    scores[k + i] = s;
  });
  return { docs, scores, exactCount: exact.length, terms };
}

/**
 * Writes the `limit` best documents by (score desc, reading order) into `out` and returns how
 * many it wrote. `scoreOf[d]` = score + 1, 0 for documents not in play. Scores are small
 * integers, so no comparison sort: count per score, find where the page ends, and take the
 * documents in reading order. `few`, when given, lists every document in play (ascending);
 * sorting those few by reading rank is then cheaper than one pass over all documents.
 */
export function rankByScore(
  index: SearchIndex,
  scoreOf: Uint16Array,
  limit: number,
  out: Int32Array,
  maxScore: number,
  few: Uint32Array | null,
): number {
  const perScore = new Uint32Array(maxScore + 2);
  let inPlay = 0;
  if (few) {
    for (let i = 0; i < few.length; i++) perScore[scoreOf[few[i]!]!]!++;
    inPlay = few.length;
  } else {
    for (let d = 0; d < scoreOf.length; d++) if (scoreOf[d]) perScore[scoreOf[d]!]!++;
    for (let s = 1; s <= maxScore + 1; s++) inPlay += perScore[s]!;
  }
  const take = Math.min(limit, inPlay);
  // fill[s] = where score s begins in the output; scores below `floor` fall off the page,
  // and of score `floor` only the first `room` in reading order make it.
  const fill = new Uint32Array(maxScore + 2);
  let above = 0;
  let floor = 1;
  for (let s = maxScore + 1; s >= 1; s--) {
    fill[s] = above;
    above += perScore[s]!;
    if (above >= take) {
      floor = s;
      break;
    }
  }
  let room = take - fill[floor]!;
  const put = (d: number): void => {
    const s = scoreOf[d]!;
    if (s > floor) out[fill[s]!++] = d;
    else if (s === floor && room > 0) {
      out[fill[s]!++] = d;
      room--;
    }
  };
  if (few) {
    const byRank = Array.from(few).sort((a, b) => index.rank[a]! - index.rank[b]!);
    for (const d of byRank) put(d);
  } else {
    for (let r = 0; r < index.byRank.length; r++) put(index.byRank[r]!);
  }
  return take;
}

/** Name prefix bonus; a reading prefix earns NAME weight (a reading prefix is as good as the name). */
const NAME_PREFIX_BONUS = 5;
export const MAX_TERM_SCORE = FIELD_WEIGHTS.name + NAME_PREFIX_BONUS;

/**
 * Sum over terms of the best field's weight. Fields are checked in decreasing weight, so the
 * first field containing the term is the best one (a reading prefix scores like a name match).
 */
export function exactScore(index: SearchIndex, d: number, terms: readonly string[]): number {
  const f = index.fields[d]!;
  let total = 0;
  for (const t of terms) {
    if (f.name.includes(t)) total += f.name.startsWith(t) ? MAX_TERM_SCORE : FIELD_WEIGHTS.name;
    else if (f.nameKana.includes(t))
      total += f.nameKana.startsWith(t) ? FIELD_WEIGHTS.name : FIELD_WEIGHTS.nameKana;
    else {
      for (let k = 2; k < SEARCH_FIELDS.length; k++) {
        const key = SEARCH_FIELDS[k]!;
        if (f[key].includes(t)) {
          total += FIELD_WEIGHTS[key];
          break;
        }
      }
    }
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
  // Long terms give bounded candidate sets; shorter terms then only filter those few.
  let candidates: Uint32Array | null = null;
  for (const t of terms) {
    if (t.length < minLength) continue;
    const set = index.ngrams
      .similar(t, Math.max(1, Math.ceil((t.length - 1) / 2)), maxCandidates * 4)
      .sort();
    candidates = candidates ? intersectSorted(candidates, set) : set;
    if (candidates.length === 0) return [];
  }
  const short = terms.filter((t) => t.length < minLength);
  const pool: number[] = [];
  for (const d of candidates ?? []) {
    if (pool.length >= maxCandidates) break;
    if (exclude.has(d)) continue;
    const text = index.ngrams.texts[d]!;
    if (short.every((t) => text.includes(t))) pool.push(d);
  }
  if (pool.length === 0) return [];
  const fuse = new Fuse(
    pool.map((d) => ({ d, ...index.fields[d]! })),
    {
      keys: FUZZY_KEYS,
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.4,
      minMatchCharLength: 1,
      shouldSort: true,
    },
  );
  const expression: Expression = {
    $and: terms.map((t) => ({ $or: FUZZY_KEYS.map((k) => ({ [k.name]: t.slice(0, 32) })) })),
  };
  return fuse.search(expression).map((r) => [r.item.d, 1 - (r.score ?? 1)]);
}
