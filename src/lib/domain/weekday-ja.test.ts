import { describe, expect, it } from 'vitest';
import { WEEKDAYS } from './types';
import { WEEKDAY_FROM_JA, WEEKDAY_JA, WEEKDAYS_FROM_MONDAY } from './weekday-ja';

describe('WEEKDAY_JA', () => {
  it('names each weekday with its own character and reads it back', () => {
    expect(WEEKDAYS.map((d) => WEEKDAY_JA[d]).join('')).toBe('日月火水木金土');
    for (const d of WEEKDAYS) expect(WEEKDAY_FROM_JA[WEEKDAY_JA[d]]).toBe(d);
    expect(WEEKDAY_FROM_JA['曜']).toBeUndefined();
  });

  it('lists the week Monday first', () => {
    expect(WEEKDAYS_FROM_MONDAY).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
  });
});
