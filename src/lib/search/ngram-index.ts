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
const EMPTY = new Uint32Array(0);
/**
 * Field strings shorter than this are hashed afresh every time: a Map lookup costs about as
 * much as hashing a short name, and most short fields (names, addresses) are unique anyway.
 */
const MEMO_MIN_LENGTH = 24;

export class NgramIndex {
  /** Normalised text per document (fields joined with FIELD_SEPARATOR). */
  readonly texts: readonly string[];
  readonly #grams: PostingTable;
  readonly #chars: PostingTable;
  /** Scratch counters for `similar`, one per document (reused: no allocation per keystroke). */
  #counts: Uint16Array;

  /**
   * @param docFields the normalised fields of each document; document number = array index.
   * @param shortFields how many leading fields get a single-character index for
   *   {@link NgramIndex.singleChar}; 0 = none.
   */
  constructor(docFields: readonly (readonly string[])[], shortFields = 0) {
    this.texts = docFields.map((f) => f.join(FIELD_SEPARATOR));
    this.#grams = buildTable(docFields, 2, Number.POSITIVE_INFINITY);
    this.#chars = buildTable(docFields, 1, shortFields);
    this.#counts = new Uint16Array(docFields.length);
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
    for (let i = 0; i < acc.length; i++)
      if (this.texts[acc[i]!]!.includes(term)) out[k++] = acc[i]!;
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
      if (this.slotKeys[s] === key)
        return this.docs.subarray(this.offsets[id - 1]!, this.offsets[id]!);
    }
  }
}

/** Build-time open-addressing hash from uint32 keys to dense numbers 1.., with per-number scratch. */
class KeyTable {
  readonly slotKeys: Uint32Array;
  readonly slotIds: Uint32Array;
  /** Per dense number: last document (+1) that had it, and in how many documents it occurs. */
  readonly lastDoc: Uint32Array;
  readonly perKey: Uint32Array;
  count = 0;
  readonly #mask: number;

  constructor(slots: number, numbers: number) {
    this.slotKeys = new Uint32Array(slots);
    this.slotIds = new Uint32Array(slots);
    this.lastDoc = new Uint32Array(numbers);
    this.perKey = new Uint32Array(numbers);
    this.#mask = slots - 1;
  }

  /** The key's number, 0 when absent. */
  find(key: number): number {
    const mask = this.#mask;
    for (let s = hashSlot(key, mask); ; s = (s + 1) & mask) {
      const id = this.slotIds[s]!;
      if (id === 0 || this.slotKeys[s] === key) return id;
    }
  }

  /** Whether one more key could overflow the load factor (½) or the per-number arrays. */
  full(): boolean {
    return (this.count + 1) * 2 > this.slotIds.length || this.count + 1 >= this.perKey.length;
  }

  /** Adds an absent key (call `full` first). */
  insert(key: number): number {
    const mask = this.#mask;
    let s = hashSlot(key, mask);
    while (this.slotIds[s] !== 0) s = (s + 1) & mask;
    this.slotKeys[s] = key;
    this.slotIds[s] = ++this.count;
    return this.count;
  }

  grown(): KeyTable {
    const t = new KeyTable(this.slotIds.length * 2, this.perKey.length * 2);
    for (let s = 0; s < this.slotIds.length; s++) {
      const id = this.slotIds[s]!;
      if (id === 0) continue;
      const mask = t.slotIds.length - 1;
      let u = hashSlot(this.slotKeys[s]!, mask);
      while (t.slotIds[u] !== 0) u = (u + 1) & mask;
      t.slotKeys[u] = this.slotKeys[s]!;
      t.slotIds[u] = id;
    }
    t.lastDoc.set(this.lastDoc);
    t.perKey.set(this.perKey);
    t.count = this.count;
    return t;
  }
}

function hashSlot(key: number, mask: number): number {
  let h = Math.imul(key ^ (key >>> 16), 0x45d9f3b);
  h ^= h >>> 16;
  return h & mask;
}

/**
 * One pass over the documents collects distinct (document, key) pairs into growable typed
 * arrays with the keys' dense numbers, a counting pass sizes each list, a fill pass writes them.
 * `width` 2 = bigrams of every field; 1 = single code units of the first `fieldLimit` fields.
 * A field string met a second time (service types, districts, organisations repeat across
 * thousands of documents) keeps its key numbers, so it is hashed once, not once per document.
 */
function buildTable(
  docFields: readonly (readonly string[])[],
  width: 1 | 2,
  fieldLimit: number,
): PostingTable {
  // Upper bounds, allocated once: growing typed arrays of tens of MB by doubling costs copies
  // and full garbage collections (external memory) at 100,000 documents.
  let bound = 0;
  for (const fields of docFields)
    for (let f = 0; f < fields.length && f < fieldLimit; f++)
      bound += Math.max(0, fields[f]!.length - width + 1);
  const pairs = new Uint32Array(Math.max(16, bound));
  let pairCount = 0;
  let table = new KeyTable(1 << 12, 1024);
  const docEnd = new Uint32Array(docFields.length);
  /** Field string → its key numbers; 0 after the first sighting (unique strings are not kept). */
  const known = new Map<string, Uint32Array | 0>();
  let scratch = new Uint32Array(256);
  const direct = new Uint32Array(width === 1 ? 0x10000 : 0);

  for (let doc = 0; doc < docFields.length; doc++) {
    const fields = docFields[doc]!;
    for (let f = 0; f < fields.length && f < fieldLimit; f++) {
      const text = fields[f]!;
      if (text.length < width) continue;
      let ids: Uint32Array;
      let k: number;
      const cached = text.length >= MEMO_MIN_LENGTH ? known.get(text) : undefined;
      if (cached) {
        ids = cached;
        k = cached.length;
      } else {
        if (scratch.length < text.length) scratch = new Uint32Array(text.length * 2);
        k = 0;
        for (let i = 0; i + width <= text.length; i++) {
          if (width === 1) {
            // A code unit indexes a direct table: no hashing.
            const c = text.charCodeAt(i);
            let id = direct[c]!;
            if (id === 0) {
              if (table.full()) table = table.grown();
              direct[c] = id = table.insert(c);
            }
            scratch[k++] = id;
            continue;
          }
          const key = ((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)) >>> 0;
          let id = table.find(key);
          if (id === 0) {
            if (table.full()) table = table.grown();
            id = table.insert(key);
          }
          scratch[k++] = id;
        }
        ids = scratch;
        if (cached === 0) known.set(text, scratch.slice(0, k));
        else if (text.length >= MEMO_MIN_LENGTH) known.set(text, 0);
      }
      const lastDoc = table.lastDoc;
      const perKey = table.perKey;
      for (let i = 0; i < k; i++) {
        const id = ids[i]!;
        // Documents are visited in order: a key already seen in this document is skipped.
        if (lastDoc[id] === doc + 1) continue;
        lastDoc[id] = doc + 1;
        perKey[id]!++;
        pairs[pairCount++] = id;
      }
    }
    docEnd[doc] = pairCount;
  }
  const distinct = table.count;
  const perKey = table.perKey;

  const offsets = new Uint32Array(distinct + 1);
  for (let id = 1; id <= distinct; id++) offsets[id] = offsets[id - 1]! + perKey[id]!;
  const fill = offsets.slice(0, distinct);
  const docs = new Uint32Array(pairCount);
  for (let doc = 0, k = 0; doc < docFields.length; doc++) {
    for (const end = docEnd[doc]!; k < end; k++) docs[fill[pairs[k]! - 1]!++] = doc;
  }
  return new PostingTable(table.slotKeys, table.slotIds, offsets, docs);
}

/** Bigrams as packed unsigned numbers (first unit << 16 | second unit). */
function gramKeys(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < text.length; i++)
    out.push(((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)) >>> 0);
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
export function intersectSorted(
  a: Uint32Array | Int32Array,
  b: Uint32Array | Int32Array,
): Uint32Array {
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
