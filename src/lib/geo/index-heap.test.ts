import { describe, expect, it } from 'vitest';
import { NodeHeap } from './index-heap';

describe('NodeHeap', () => {
  it('pops distances in ascending order, growing past its capacity, and empties on clear', () => {
    let s = 3;
    const rnd = (): number => ((s = (s * 16807) % 2147483647) / 2147483647);
    const heap = new NodeHeap(4);
    const pushed: Array<[number, number]> = [];
    for (let k = 0; k < 500; k++) {
      const d = Math.round(rnd() * 1000) / 10;
      heap.push(d, k);
      pushed.push([d, k]);
    }
    expect(heap.size).toBe(500);
    const popped: number[] = [];
    const nodes = new Set<number>();
    while (heap.size > 0) {
      popped.push(heap.topDistance());
      nodes.add(heap.topNode());
      heap.pop();
    }
    expect(popped).toEqual(pushed.map(([d]) => d).sort((a, b) => a - b));
    expect(nodes.size).toBe(500);
    heap.push(1, 7);
    heap.clear();
    expect(heap.size).toBe(0);
  });
});
