import { describe, expect, it } from 'vitest';
import { formatWholeNumber } from './format-whole-number';

describe('formatWholeNumber', () => {
  it('writes whole numbers as Intl does in ja-JP and en-GB', () => {
    const values = [0, 5, 42, 300, 999, 1000, 1500, 12_345, 100_000, 1_234_567, -2500];
    for (const tag of ['ja-JP', 'en-GB'])
      for (const n of values)
        expect(formatWholeNumber(n, tag)).toBe(new Intl.NumberFormat(tag).format(n));
  });

  it('leaves fractions to Intl', () => {
    expect(formatWholeNumber(1234.5, 'ja-JP')).toBe(new Intl.NumberFormat('ja-JP').format(1234.5));
  });
});
