import { describe, expect, it } from 'vitest';
import { allocateLargestRemainder } from './allocate-largest-remainder';

describe('allocateLargestRemainder', () => {
  it('splits the total in proportion, the remainders to the largest fractions (ties: lower index)', () => {
    expect(allocateLargestRemainder(10, [1, 1, 1], [])).toEqual([4, 3, 3]);
    expect(allocateLargestRemainder(7, [5, 3, 2], [])).toEqual([4, 2, 1]);
  });

  it('gives fixed entries their counts first and weight-0 entries nothing more', () => {
    const counts = allocateLargestRemainder(10, [0, 3, 1], [[0, 2]]);
    expect(counts).toEqual([2, 6, 2]);
    expect(counts.reduce((s, c) => s + c, 0)).toBe(10);
  });
});
