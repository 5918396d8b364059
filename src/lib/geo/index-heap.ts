/**
 * A binary min-heap of (distance, node) pairs for Dijkstra searches over the walking network,
 * on typed arrays (no object per entry). Entries are never updated in place: a search pushes
 * a node again when it finds a shorter distance and skips the stale entry when it surfaces.
 */
export class NodeHeap {
  #d: Float64Array;
  #v: Int32Array;
  /** Number of entries. */
  size = 0;

  /** @param capacity initial room (grows on demand) */
  constructor(capacity = 64) {
    this.#d = new Float64Array(Math.max(16, capacity));
    this.#v = new Int32Array(this.#d.length);
  }

  /** The smallest distance (undefined behaviour when empty). */
  topDistance(): number {
    return this.#d[0]!;
  }

  /** The node with the smallest distance (undefined behaviour when empty). */
  topNode(): number {
    return this.#v[0]!;
  }

  clear(): void {
    this.size = 0;
  }

  push(d: number, v: number): void {
    if (this.size === this.#d.length) {
      const nd = new Float64Array(this.size * 2);
      nd.set(this.#d);
      const nv = new Int32Array(this.size * 2);
      nv.set(this.#v);
      this.#d = nd;
      this.#v = nv;
    }
    const hd = this.#d;
    const hv = this.#v;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (hd[p]! <= d) break;
      hd[i] = hd[p]!;
      hv[i] = hv[p]!;
      i = p;
    }
    hd[i] = d;
    hv[i] = v;
  }

  /** Removes the top entry. */
  pop(): void {
    const hd = this.#d;
    const hv = this.#v;
    const size = --this.size;
    const d = hd[size]!;
    const v = hv[size]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      if (c + 1 < size && hd[c + 1]! < hd[c]!) c++;
      if (hd[c]! >= d) break;
      hd[i] = hd[c]!;
      hv[i] = hv[c]!;
      i = c;
    }
    hd[i] = d;
    hv[i] = v;
  }
}
