import { describe, expect, it } from 'vitest';
import { fiscalYear } from './fiscal-year';

describe('fiscalYear', () => {
  it('runs April to March and names Reiwa years', () => {
    expect(fiscalYear('2026-03-31').startYear).toBe(2025);
    expect(fiscalYear('2026-04-01').startYear).toBe(2026);
    expect(fiscalYear('2026-11-21T10:00:00Z').labelJa).toBe('令和8年度');
    expect(fiscalYear('2019-05-01').labelJa).toBe('令和元年度');
    expect(fiscalYear('2018-05-01').labelJa).toBe('2018年度');
    expect(fiscalYear('2027-01-10')).toMatchObject({
      labelEn: 'FY2026',
      firstDay: '2026-04-01',
      lastDay: '2027-03-31',
      reiwa: 8,
    });
  });

  it('rejects a malformed date', () => {
    expect(() => fiscalYear('R8')).toThrow(RangeError);
  });
});
