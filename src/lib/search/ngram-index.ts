/**
 * A character-bigram inverted index over normalised document texts: the candidate filter in
 * front of the ranking, so that a keystroke touches only the documents that can match.
 *
 * Texts must already be normalised (see `normalizeJapanese`). Fields of one document are
 * joined with {@link FIELD_SEPARATOR}, which never occurs in a query, so a bigram never
 * spans two fields.
 */

/** Joins the fields of one document inside the index text; never produced by the normaliser. */
export const FIELD_SEPARATOR = '\u0001';

export class NgramIndex {
  /** Normalised text per document (fields joined with FIELD_SEPARATOR). */
  readonly texts: readonly string[];
  /** bigram (two UTF-16 units packed in one number) → ascending document numbers. */
  readonly #postings: Map<number, Int32Array>;
  /** Scratch counters for `similar`, one per document (reused: no allocation per keystroke). */
  #counts: Uint16Array;

  /** @param texts one normalised text per document; document number = array index. */
  constructor(texts: readonly string[]) {
    this.texts = texts;
    const lists = new Map<number, number[]>();
    const sep = FIELD_SEPARATOR.charCodeAt(0);
    for (let doc = 0; doc < texts.length; doc++) {
      const text = texts[doc]!;
      for (let i = 0; i + 1 < text.length; i++) {
        const a = text.charCodeAt(i);
        const b = text.charCodeAt(i + 1);
        if (a === sep || b === sep) continue;
        const gram = a * 65536 + b;
        let list = lists.get(gram);
        if (!list) lists.set(gram, (list = []));
        // Documents are visited in order, so a repeat within one document is always the last entry.
        if (list[list.length - 1] !== doc) list.push(doc);
      }
    }
    this.#postings = new Map();
    for (const [gram, list] of lists) this.#postings.set(gram, Int32Array.from(list));
    this.#counts = new Uint16Array(texts.length);
  }

  get size(): number {
    return this.texts.length;
  }

  /**
   * Documents whose text contains `term` as a substring, ascending.
   * One-character terms have no bigram, so they scan the texts (still fast: a `includes` per document).
   */
  exact(term: string): Int32Array {
    if (term.length === 0) return allDocs(this.texts.length);
    if (term.length === 1) {
      const out: number[] = [];
      for (let d = 0; d < this.texts.length; d++) if (this.texts[d]!.includes(term)) out.push(d);
      return Int32Array.from(out);
    }
    const grams = [...new Set(gramKeys(term))].map((g) => this.#postings.get(g));
    if (grams.some((p) => !p)) return new Int32Array(0);
    const lists = (grams as Int32Array[]).sort((a, b) => a.length - b.length);
    let acc = lists[0]!;
    for (let i = 1; i < lists.length && acc.length > 0; i++) acc = intersectSorted(acc, lists[i]!);
    // Bigrams present do not prove the term is contiguous: verify.
    if (term.length === 2) return acc;
    const out: number[] = [];
    for (const d of acc) if (this.texts[d]!.includes(term)) out.push(d);
    return Int32Array.from(out);
  }

  /**
   * Documents sharing at least `minShared` distinct bigrams with `term` — typo candidates —
   * best overlap first, at most `max` of them.
   */
  similar(term: string, minShared: number, max: number): Int32Array {
    const grams = [...new Set(gramKeys(term))];
    const counts = this.#counts;
    const touched: number[] = [];
    for (const g of grams) {
      const p = this.#postings.get(g);
      if (!p) continue;
      for (const d of p) if (counts[d]!++ === 0) touched.push(d);
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
    return Int32Array.from(out);
  }
}

/** Bigrams as packed numbers (first unit × 65536 + second unit). */
function gramKeys(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) out.push(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1));
  return out;
}

function allDocs(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

/** Intersection of two ascending arrays. */
export function intersectSorted(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let i = 0;
  let j = 0;
  let k = 0;
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
