import { describe, expect, it } from 'vitest';
import { formatMonthDay } from './format-month-day';

describe('formatMonthDay', () => {
  it('writes every day of a leap year as Intl does, in Japanese and in English', () => {
    const ja = new Intl.DateTimeFormat('ja-JP', { month: 'long', day: 'numeric', timeZone: 'UTC' });
    const en = new Intl.DateTimeFormat('en-GB', { month: 'long', day: 'numeric', timeZone: 'UTC' });
    for (let ms = Date.UTC(2028, 0, 1); ms < Date.UTC(2029, 0, 1); ms += 86_400_000) {
      const iso = new Date(ms).toISOString().slice(0, 10);
      expect(formatMonthDay(iso, 'ja')).toBe(ja.format(ms));
      expect(formatMonthDay(iso, 'en')).toBe(en.format(ms));
    }
  });
});
