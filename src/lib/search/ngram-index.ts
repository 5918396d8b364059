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
  /** bigram → ascending document numbers. */
  readonly #postings: Map<string, Int32Array>;

  /** @param texts one normalised text per document; document number = array index. */
  constructor(texts: readonly string[]) {
    this.texts = texts;
    const lists = new Map<string, number[]>();
    for (let doc = 0; doc < texts.length; doc++) {
      const seen = new Set<string>();
      for (const gram of bigrams(texts[doc]!)) {
        if (gram.includes(FIELD_SEPARATOR) || seen.has(gram)) continue;
        seen.add(gram);
        let list = lists.get(gram);
        if (!list) lists.set(gram, (list = []));
        list.push(doc);
      }
    }
    this.#postings = new Map();
    for (const [gram, list] of lists) this.#postings.set(gram, Int32Array.from(list));
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
    const grams = [...new Set(bigrams(term))].map((g) => this.#postings.get(g));
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
    const grams = [...new Set(bigrams(term))];
    const counts = new Map<number, number>();
    for (const g of grams) {
      const p = this.#postings.get(g);
      if (!p) continue;
      for (const d of p) counts.set(d, (counts.get(d) ?? 0) + 1);
    }
    const hits: [number, number][] = [];
    for (const [d, c] of counts) if (c >= minShared) hits.push([d, c]);
    hits.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return Int32Array.from(hits.slice(0, max).map((h) => h[0]));
  }
}

/** The overlapping two-character windows of `text` (by UTF-16 unit; normalised Japanese is BMP). */
export function bigrams(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) out.push(text.slice(i, i + 2));
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
