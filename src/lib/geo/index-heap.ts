/**
 * A binary min-heap of (key, index) pairs on typed arrays (no object per entry): smaller key
 * first, and on equal keys the smaller index, so the order is fully determined by the pairs.
 * Entries are never updated in place: a caller pushes an index again with its new key and
 * skips the stale entry when it surfaces (Dijkstra over the walking network; the lazy greedy
 * of the site suggestions, which pushes negated gains to pop the largest first).
 */
export class IndexHeap {
  #key: Float64Array;
  #index: Int32Array;
  /** Number of entries. */
  size = 0;

  /** @param capacity initial room (grows on demand) */
  constructor(capacity = 64) {
    this.#key = new Float64Array(Math.max(16, capacity));
    this.#index = new Int32Array(this.#key.length);
  }

  /** The smallest key (undefined behaviour when empty). */
  topKey(): number {
    return this.#key[0]!;
  }

  /** The index of the smallest key (undefined behaviour when empty). */
  topIndex(): number {
    return this.#index[0]!;
  }

  clear(): void {
    this.size = 0;
  }

  push(key: number, index: number): void {
    if (this.size === this.#key.length) {
      const nk = new Float64Array(this.size * 2);
      nk.set(this.#key);
      const ni = new Int32Array(this.size * 2);
      ni.set(this.#index);
      this.#key = nk;
      this.#index = ni;
    }
    const hk = this.#key;
    const hi = this.#index;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (hk[p]! < key || (hk[p] === key && hi[p]! < index)) break;
      hk[i] = hk[p]!;
      hi[i] = hi[p]!;
      i = p;
    }
    hk[i] = key;
    hi[i] = index;
  }

  /** Removes the top entry. */
  pop(): void {
    const hk = this.#key;
    const hi = this.#index;
    const size = --this.size;
    const key = hk[size]!;
    const index = hi[size]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      if (c + 1 < size && (hk[c + 1]! < hk[c]! || (hk[c + 1] === hk[c] && hi[c + 1]! < hi[c]!)))
        c++;
      if (key < hk[c]! || (key === hk[c] && index < hi[c]!)) break;
      hk[i] = hk[c]!;
      hi[i] = hi[c]!;
      i = c;
    }
    hk[i] = key;
    hi[i] = index;
  }
}
