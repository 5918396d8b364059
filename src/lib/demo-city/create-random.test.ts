import { describe, expect, it } from 'vitest';
import { createRandom } from './create-random';

describe('createRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const seqA = Array.from({ length: 20 }, () => a.next());
    const seqB = Array.from({ length: 20 }, () => b.next());
    expect(seqA).toEqual(seqB);
  });

  it('gives different sequences for neighbouring seeds', () => {
    expect(createRandom(1).next()).not.toBe(createRandom(2).next());
  });

  it('keeps next() in [0, 1) and int() inclusive at both ends', () => {
    const r = createRandom(7);
    const seen = new Set<number>();
    for (let i = 0; i < 5000; i++) {
      const x = r.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const n = r.int(3, 6);
      expect(Number.isInteger(n)).toBe(true);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('has a roughly standard normal distribution', () => {
    const r = createRandom(11);
    const xs = Array.from({ length: 20000 }, () => r.normal());
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(sd - 1)).toBeLessThan(0.03);
  });

  it('shuffles into a permutation without changing the input', () => {
    const r = createRandom(3);
    const input = [1, 2, 3, 4, 5, 6, 7, 8];
    const out = r.shuffle(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...out].sort((a, b) => a - b)).toEqual(input);
    expect(r.sample(input, 3)).toHaveLength(3);
    expect(new Set(r.sample(input, 20)).size).toBe(8);
  });

  it('picks by weight and never picks a zero weight', () => {
    const r = createRandom(5);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 3000; i++)
      counts[r.weighted(['a', 'b', 'c'] as const, (k) => (k === 'a' ? 1 : k === 'b' ? 3 : 0))]++;
    expect(counts.c).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.5);
    expect(counts.b / counts.a).toBeLessThan(3.5);
    expect(() => r.weighted([1, 2], () => 0)).toThrow(RangeError);
    expect(() => r.pick([])).toThrow(RangeError);
  });

  it('forks independently of draws on the parent', () => {
    const a = createRandom(9);
    const b = createRandom(9);
    b.next();
    b.next();
    expect(a.fork('roads').next()).toBe(b.fork('roads').next());
    expect(a.fork('roads').next()).not.toBe(a.fork('towns').next());
  });
});
