/**
 * A character-bigram inverted index over normalised document texts: the candidate filter in
 * front of the ranking, so that a keystroke touches only the documents that can match.
 *
 * Texts must already be normalised (see `normalizeJapanese`). Fields of one document are
 * joined with {@link FIELD_SEPARATOR}, which never occurs in a query, so a bigram never
 * spans two fields.
 *
 * Layout (built in two passes, no per-bigram JS arrays): bigram keys go through an
 * open-addressing hash table of typed arrays to a dense bigram number; every posting list
 * lives in one flat Uint32Array, document numbers ascending, sliced by an offsets array.
 * The same layout holds single characters of the leading "short" fields (name, reading…),
 * which one-character queries use instead of scanning every text.
 */

/** Joins the fields of one document inside the index text; never produced by the normaliser. */
export const FIELD_SEPARATOR = '\u0001';
const SEP = 1;
const EMPTY = new Uint32Array(0);

export class NgramIndex {
  /** Normalised text per document (fields joined with FIELD_SEPARATOR). */
  readonly texts: readonly string[];
  readonly #grams: PostingTable;
  readonly #chars: PostingTable;
  /** Scratch counters for `similar`, one per document (reused: no allocation per keystroke). */
  #counts: Uint16Array;

  /**
   * @param texts one normalised text per document; document number = array index.
   * @param shortFields how many leading fields (separated by FIELD_SEPARATOR) get a
   *   single-character index for {@link NgramIndex.singleChar}; 0 = none.
   */
  constructor(texts: readonly string[], shortFields = 0) {
    this.texts = texts;
    this.#grams = buildTable(texts, 2, Number.POSITIVE_INFINITY);
    this.#chars = buildTable(texts, 1, shortFields);
    this.#counts = new Uint16Array(texts.length);
  }

  get size(): number {
    return this.texts.length;
  }

  /** Documents whose first `shortFields` fields contain the one code unit `ch`, ascending (a view: do not modify). */
  singleChar(ch: string): Uint32Array {
    return this.#chars.get(ch.charCodeAt(0));
  }

  /** Ascending documents containing the bigram `a`,`b` (UTF-16 units), a view: do not modify. */
  posting(a: number, b: number): Uint32Array {
    return this.#grams.get(((a << 16) | b) >>> 0);
  }

  /**
   * Documents whose text contains `term` as a substring, ascending.
   * One-character terms have no bigram, so they scan the texts (still fast: a `includes` per document).
   */
  exact(term: string): Uint32Array {
    if (term.length === 0) return allDocs(this.texts.length);
    if (term.length === 1) {
      const out: number[] = [];
      for (let d = 0; d < this.texts.length; d++) if (this.texts[d]!.includes(term)) out.push(d);
      return Uint32Array.from(out);
    }
    const keys = [...new Set(gramKeys(term))];
    const lists: Uint32Array[] = [];
    for (const k of keys) {
      const p = this.#grams.get(k);
      if (p.length === 0) return EMPTY;
      lists.push(p);
    }
    lists.sort((a, b) => a.length - b.length);
    let acc = lists[0]!;
    for (let i = 1; i < lists.length && acc.length > 0; i++) acc = intersectSorted(acc, lists[i]!);
    // Bigrams present do not prove the term is contiguous: verify.
    if (term.length === 2) return acc;
    const out = new Uint32Array(acc.length);
    let k = 0;
    for (let i = 0; i < acc.length; i++) if (this.texts[acc[i]!]!.includes(term)) out[k++] = acc[i]!;
    return out.subarray(0, k);
  }

  /**
   * Documents sharing at least `minShared` distinct bigrams with `term` — typo candidates —
   * best overlap first, ascending document within one overlap, at most `max` of them.
   */
  similar(term: string, minShared: number, max: number): Uint32Array {
    const grams = [...new Set(gramKeys(term))];
    const counts = this.#counts;
    const touched: number[] = [];
    for (const g of grams) {
      const p = this.#grams.get(g);
      for (let i = 0; i < p.length; i++) {
        const d = p[i]!;
        if (counts[d]!++ === 0) touched.push(d);
      }
    }
    // Bucket by overlap (at most grams.length buckets), best first, ascending doc within a bucket.
    const buckets: number[][] = Array.from({ length: grams.length + 1 }, () => []);
    for (const d of touched) {
      const c = counts[d]!;
      counts[d] = 0;
      if (c >= minShared) buckets[c]!.push(d);
    }
    const out: number[] = [];
    for (let c = grams.length; c >= minShared && out.length < max; c--) {
      const b = buckets[c]!.sort((x, y) => x - y);
      for (let i = 0; i < b.length && out.length < max; i++) out.push(b[i]!);
    }
    return Uint32Array.from(out);
  }
}

/** Posting lists keyed by a uint32 (a bigram or a single code unit), in flat typed arrays. */
class PostingTable {
  constructor(
    /** Open-addressing hash: slot → key, and slot → dense number + 1 (0 = empty slot). */
    private readonly slotKeys: Uint32Array,
    private readonly slotIds: Uint32Array,
    /** Dense number i's documents are docs[offsets[i] .. offsets[i+1]). */
    private readonly offsets: Uint32Array,
    private readonly docs: Uint32Array,
  ) {}

  get(key: number): Uint32Array {
    const mask = this.slotKeys.length - 1;
    for (let s = hashSlot(key, mask); ; s = (s + 1) & mask) {
      const id = this.slotIds[s]!;
      if (id === 0) return EMPTY;
      if (this.slotKeys[s] === key) return this.docs.subarray(this.offsets[id - 1]!, this.offsets[id]!);
    }
  }
}

function hashSlot(key: number, mask: number): number {
  let h = Math.imul(key ^ (key >>> 16), 0x45d9f3b);
  h ^= h >>> 16;
  return h & mask;
}

/**
 * One pass over the texts collects distinct (document, key) pairs into growable typed arrays
 * with the keys' dense numbers, a counting pass sizes each list, a fill pass writes them.
 * `width` 2 = bigrams over every field; 1 = single code units over the first `fields` fields.
 */
function buildTable(texts: readonly string[], width: 1 | 2, fields: number): PostingTable {
  let cap = 1 << 12;
  let slotKeys = new Uint32Array(cap);
  let slotIds = new Uint32Array(cap);
  let distinct = 0;
  let lastDoc = new Int32Array(1024).fill(-1);
  let perKey = new Uint32Array(1024);
  let pairs = new Uint32Array(1 << 16);
  let pairCount = 0;
  const docEnd = new Uint32Array(texts.length);

  const grow = (): void => {
    const oldKeys = slotKeys;
    const oldIds = slotIds;
    cap *= 2;
    slotKeys = new Uint32Array(cap);
    slotIds = new Uint32Array(cap);
    const mask = cap - 1;
    for (let s = 0; s < oldIds.length; s++) {
      if (oldIds[s] === 0) continue;
      let t = hashSlot(oldKeys[s]!, mask);
      while (slotIds[t] !== 0) t = (t + 1) & mask;
      slotKeys[t] = oldKeys[s]!;
      slotIds[t] = oldIds[s]!;
    }
  };

  if (fields > 0) {
    for (let doc = 0; doc < texts.length; doc++) {
      const text = texts[doc]!;
      let field = 0;
      for (let i = 0; i + width <= text.length; i++) {
        const a = text.charCodeAt(i);
        if (a === SEP) {
          if (++field >= fields) break;
          continue;
        }
        let key = a;
        if (width === 2) {
          const b = text.charCodeAt(i + 1);
          if (b === SEP) continue;
          key = ((a << 16) | b) >>> 0;
        }
        const mask = cap - 1;
        let s = hashSlot(key, mask);
        let id: number;
        for (;;) {
          id = slotIds[s]!;
          if (id === 0 || slotKeys[s] === key) break;
          s = (s + 1) & mask;
        }
        if (id === 0) {
          id = ++distinct;
          slotKeys[s] = key;
          slotIds[s] = id;
          if (distinct >= lastDoc.length) {
            const l = new Int32Array(lastDoc.length * 2).fill(-1);
            l.set(lastDoc);
            lastDoc = l;
            const p = new Uint32Array(perKey.length * 2);
            p.set(perKey);
            perKey = p;
          }
          if (distinct * 2 > cap) grow();
        }
        // Documents are visited in order: a key already seen in this document is skipped.
        if (lastDoc[id] === doc) continue;
        lastDoc[id] = doc;
        perKey[id]!++;
        if (pairCount === pairs.length) {
          const p = new Uint32Array(pairs.length * 2);
          p.set(pairs);
          pairs = p;
        }
        pairs[pairCount++] = id;
      }
      docEnd[doc] = pairCount;
    }
  }

  const offsets = new Uint32Array(distinct + 1);
  for (let id = 1; id <= distinct; id++) offsets[id] = offsets[id - 1]! + perKey[id]!;
  const fill = offsets.slice(0, distinct);
  const docs = new Uint32Array(pairCount);
  for (let doc = 0, k = 0; doc < texts.length; doc++) {
    for (const end = docEnd[doc]!; k < end; k++) docs[fill[pairs[k]! - 1]!++] = doc;
  }
  return new PostingTable(slotKeys, slotIds, offsets, docs);
}

/** Bigrams as packed unsigned numbers (first unit << 16 | second unit). */
function gramKeys(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) out.push(((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)) >>> 0);
  return out;
}

function allDocs(n: number): Uint32Array {
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

/**
 * Intersection of two ascending arrays. When one is much shorter, each of its entries is
 * looked up in the longer by galloping (exponential then binary search): O(m log(n/m)).
 */
export function intersectSorted(a: Uint32Array | Int32Array, b: Uint32Array | Int32Array): Uint32Array {
  if (a.length > b.length) [a, b] = [b, a];
  const out = new Uint32Array(a.length);
  let k = 0;
  if (a.length * 16 < b.length) {
    let lo = 0;
    for (let i = 0; i < a.length && lo < b.length; i++) {
      const x = a[i]!;
      let step = 1;
      let hi = lo;
      while (hi < b.length && b[hi]! < x) {
        lo = hi + 1;
        hi += step;
        step *= 2;
      }
      if (hi > b.length - 1) hi = b.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (b[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
      if (b[lo] === x) out[k++] = x;
    }
    return out.subarray(0, k);
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      out[k++] = x;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out.subarray(0, k);
}
