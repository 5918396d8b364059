import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance';

/** The textbook full-matrix definition, as an oracle. */
function oracle(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
  return d[a.length]![b.length]!;
}

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('旭町', '旭町')).toBe(0);
    expect(editDistance('京が島', '京島')).toBe(1);
    expect(editDistance('旭1丁目', '旭一丁目')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('agrees with the full-matrix oracle on random strings', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const word = () =>
      Array.from(
        { length: Math.floor(rnd() * 8) },
        () => 'あいう町丁目'[Math.floor(rnd() * 6)],
      ).join('');
    for (let k = 0; k < 300; k++) {
      const a = word();
      const b = word();
      expect(editDistance(a, b)).toBe(oracle(a, b));
    }
  });

  it('stops at max + 1 when the strings are further apart', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('abc', 'abd', 2)).toBe(1);
  });
});
