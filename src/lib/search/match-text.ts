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
  const perTerm = terms.map((t) => (t.length === 1 ? singleCharacter(index, t) : index.ngrams.exact(t))).sort((a, b) => a.length - b.length);
  let exact = perTerm[0]!;
  for (let i = 1; i < perTerm.length && exact.length > 0; i++) exact = intersectSorted(exact, perTerm[i]!);

  // Rank without a comparison sort: scores are small integers, so bucket them, visiting
  // documents in reading order so that each bucket is already in reading order.
  const maxScore = terms.length * MAX_TERM_SCORE;
  const scoreOf = new Uint16Array(n);
  const perScore = new Uint32Array(maxScore + 1);
  for (let i = 0; i < exact.length; i++) {
    const d = exact[i]!;
    const s = scoreExact(index.fields[d]!, terms);
    scoreOf[d] = s + 1; // 0 = not matched
    perScore[s]!++;
  }
  // fill[s] = where score s begins in the output = number of matches scoring above s.
  const fill = new Uint32Array(maxScore + 1);
  for (let s = maxScore, above = 0; s >= 0; s--) {
    fill[s] = above;
    above += perScore[s]!;
  }
  const docsOut = new Int32Array(exact.length);
  if (exact.length * 8 < n) {
    // Few matches: sorting them by rank is cheaper than a pass over every document.
    const byRank = Array.from(exact).sort((a, b) => index.rank[a]! - index.rank[b]!);
    for (const d of byRank) docsOut[fill[scoreOf[d]! - 1]!++] = d;
  } else {
    for (let r = 0; r < n; r++) {
      const d = index.byRank[r]!;
      const s1 = scoreOf[d]!;
      if (s1) docsOut[fill[s1 - 1]!++] = d;
    }
  }
  const docs: number[] = Array.from(docsOut);
  const scores: number[] = docs.map((d) => 1000 + scoreOf[d]! - 1);
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

/** Name prefix bonus; a reading prefix earns NAME weight (a reading prefix is as good as the name). */
const NAME_PREFIX_BONUS = 5;
const MAX_TERM_SCORE = FIELD_WEIGHTS.name + NAME_PREFIX_BONUS;

/**
 * Sum over terms of the best field's weight. Fields are checked in decreasing weight, so the
 * first field containing the term is the best one (a reading prefix scores like a name match).
 */
function scoreExact(f: Record<SearchField, string>, terms: readonly string[]): number {
  let total = 0;
  for (const t of terms) {
    if (f.name.includes(t)) total += f.name.startsWith(t) ? MAX_TERM_SCORE : FIELD_WEIGHTS.name;
    else if (f.nameKana.includes(t)) total += f.nameKana.startsWith(t) ? FIELD_WEIGHTS.name : FIELD_WEIGHTS.nameKana;
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

/**
 * A one-character term has no bigram and is too unspecific for long text: it matches the
 * short fields only (name, reading, service types, district), by a scan.
 */
function singleCharacter(index: SearchIndex, ch: string): Int32Array {
  const out: number[] = [];
  const fields = index.fields;
  for (let d = 0; d < fields.length; d++) {
    const f = fields[d]!;
    if (f.name.includes(ch) || f.nameKana.includes(ch) || f.serviceTypes.includes(ch) || f.district.includes(ch)) out.push(d);
  }
  return Int32Array.from(out);
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
