import { describe, expect, it } from 'vitest';
import { groupContiguous } from './group-contiguous';
import type { Km } from './local-projection';

/** A w × h grid graph with 4-neighbour adjacency. */
function grid(w: number, h: number): { positions: Km[]; neighbours: number[][] } {
  const positions: Km[] = [];
  const neighbours: number[][] = [];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      positions.push([x, y]);
      const n: number[] = [];
      if (x > 0) n.push(y * w + x - 1);
      if (x < w - 1) n.push(y * w + x + 1);
      if (y > 0) n.push((y - 1) * w + x);
      if (y < h - 1) n.push((y + 1) * w + x);
      neighbours.push(n);
    }
  }
  return { positions, neighbours };
}

function isConnected(members: number[], neighbours: number[][]): boolean {
  const set = new Set(members);
  const seen = new Set([members[0]]);
  const queue = [members[0] as number];
  while (queue.length) {
    const i = queue.pop() as number;
    for (const n of neighbours[i] ?? []) {
      if (set.has(n) && !seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return seen.size === set.size;
}

describe('groupContiguous', () => {
  it('splits a grid between two seeds at the middle', () => {
    const g = grid(10, 3);
    const groups = groupContiguous({ ...g, seeds: [10, 19] });
    expect(groups.slice(10, 20)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
  });

  it('keeps every group connected even when nearest-seed would not', () => {
    // A U-shaped corridor: item 6 is closer to seed 7 (1.3) than to seed 0 (2.2) in a
    // straight line, but seed 7 has no neighbours, so 6 is reachable only along 0's arm.
    const positions: Km[] = [
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 2],
      [2, 2],
      [2, 1],
      [2.2, 0.3],
      [3.5, 0],
    ];
    const neighbours = [[1], [0, 2], [1, 3], [2, 4], [3, 5], [4, 6], [5], []];
    const groups = groupContiguous({ positions, neighbours, seeds: [0, 7] });
    const [x6, y6] = positions[6] as Km;
    expect(Math.hypot(x6 - 3.5, y6)).toBeLessThan(Math.hypot(x6, y6));
    expect(groups[6]).toBe(0);
    for (const g of [0, 1]) {
      const members = groups.flatMap((x, i) => (x === g && i !== 7 ? [i] : []));
      if (members.length > 0) expect(isConnected(members, neighbours)).toBe(true);
    }
  });

  it('grows a group with a smaller reach less far', () => {
    const g = grid(10, 1);
    const even = groupContiguous({ ...g, seeds: [0, 9] });
    const shy = groupContiguous({ ...g, seeds: [0, 9], reach: [0.5, 1] });
    expect(shy.filter((x) => x === 0).length).toBeLessThan(even.filter((x) => x === 0).length);
  });
});
