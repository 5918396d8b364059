import { describe, expect, it } from 'vitest';
import { isJapaneseHoliday, japaneseHolidays } from './japanese-holidays';

// Published by the Cabinet Office (内閣府「国民の祝日について」).
const KNOWN: Record<number, string[]> = {
  2025: [
    '2025-01-01',
    '2025-01-13',
    '2025-02-11',
    '2025-02-23',
    '2025-02-24',
    '2025-03-20',
    '2025-04-29',
    '2025-05-03',
    '2025-05-04',
    '2025-05-05',
    '2025-05-06',
    '2025-07-21',
    '2025-08-11',
    '2025-09-15',
    '2025-09-23',
    '2025-10-13',
    '2025-11-03',
    '2025-11-23',
    '2025-11-24',
  ],
  2026: [
    '2026-01-01',
    '2026-01-12',
    '2026-02-11',
    '2026-02-23',
    '2026-03-20',
    '2026-04-29',
    '2026-05-03',
    '2026-05-04',
    '2026-05-05',
    '2026-05-06',
    '2026-07-20',
    '2026-08-11',
    '2026-09-21',
    '2026-09-22',
    '2026-09-23',
    '2026-10-12',
    '2026-11-03',
    '2026-11-23',
  ],
  2027: [
    '2027-01-01',
    '2027-01-11',
    '2027-02-11',
    '2027-02-23',
    '2027-03-21',
    '2027-03-22',
    '2027-04-29',
    '2027-05-03',
    '2027-05-04',
    '2027-05-05',
    '2027-07-19',
    '2027-08-11',
    '2027-09-20',
    '2027-09-23',
    '2027-10-11',
    '2027-11-03',
    '2027-11-23',
  ],
};

describe('japaneseHolidays', () => {
  for (const [year, dates] of Object.entries(KNOWN)) {
    it(`matches the Cabinet Office list for ${year}`, () => {
      expect([...japaneseHolidays(Number(year)).keys()]).toEqual(dates);
    });
  }

  it('names 振替休日 and 国民の休日', () => {
    expect(japaneseHolidays(2025).get('2025-05-06')).toBe('休日');
    expect(japaneseHolidays(2026).get('2026-09-22')).toBe('国民の休日');
    expect(japaneseHolidays(2027).get('2027-03-21')).toBe('春分の日');
  });

  it('has the Olympic moves of 2020 and 2021, and 2019’s enthronement days', () => {
    expect(japaneseHolidays(2020).get('2020-07-24')).toBe('スポーツの日');
    expect(japaneseHolidays(2020).has('2020-10-12')).toBe(false);
    expect(japaneseHolidays(2021).get('2021-08-09')).toBe('休日');
    expect(japaneseHolidays(2019).get('2019-05-01')).toBe('天皇の即位の日');
    expect(japaneseHolidays(2019).get('2019-04-30')).toBe('国民の休日');
    expect(japaneseHolidays(2019).get('2019-05-02')).toBe('国民の休日');
  });

  it('isJapaneseHoliday answers for single dates', () => {
    expect(isJapaneseHoliday('2026-11-23')).toBe(true);
    expect(isJapaneseHoliday('2026-11-24')).toBe(false);
  });
});
