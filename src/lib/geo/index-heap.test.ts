import { describe, expect, it } from 'vitest';
import { IndexHeap } from './index-heap';

describe('IndexHeap', () => {
  it('pops keys in ascending order, growing past its capacity, and empties on clear', () => {
    let s = 3;
    const rnd = (): number => (s = (s * 16807) % 2147483647) / 2147483647;
    const heap = new IndexHeap(4);
    const pushed: Array<[number, number]> = [];
    for (let k = 0; k < 500; k++) {
      const d = Math.round(rnd() * 1000) / 10;
      heap.push(d, k);
      pushed.push([d, k]);
    }
    expect(heap.size).toBe(500);
    const popped: Array<[number, number]> = [];
    while (heap.size > 0) {
      popped.push([heap.topKey(), heap.topIndex()]);
      heap.pop();
    }
    // Equal keys (many, at one decimal over 0–100) come out by index: the order is the sort's.
    expect(popped).toEqual(pushed.sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    heap.push(1, 7);
    heap.clear();
    expect(heap.size).toBe(0);
  });
});
