import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STALENESS,
  effectiveStaleness,
  showsStaleNotice,
  stalenessStage,
  validateStalenessSettings,
} from './staleness-stage';

const now = new Date('2026-12-05T03:00:00Z');
const stage = (iso: string) => stalenessStage(iso, now, DEFAULT_STALENESS);

describe('stalenessStage (defaults 10 / 12 / 24 months)', () => {
  it('walks through the stages at the month boundaries', () => {
    expect(stage('2026-12-01T00:00:00Z')).toBe('fresh');
    expect(stage('2026-02-06T00:00:00Z')).toBe('fresh'); // 9 months 29 days
    expect(stage('2026-02-05T03:00:00Z')).toBe('flagged'); // exactly 10 months
    expect(stage('2025-12-05T03:00:01Z')).toBe('flagged'); // a second short of 12 months
    expect(stage('2025-12-05T03:00:00Z')).toBe('notice'); // exactly 12 months
    expect(stage('2024-12-06T00:00:00Z')).toBe('notice');
    expect(stage('2024-12-05T03:00:00Z')).toBe('hidden'); // exactly 24 months
    expect(stage('2019-01-01')).toBe('hidden');
  });

  it('a never-confirmed record is "unconfirmed", never hidden; a future date counts as now', () => {
    expect(stage('')).toBe('unconfirmed');
    expect(stage('2027-01-01T00:00:00Z')).toBe('fresh');
  });

  it('accepts PocketBase datetimes with a space and refuses what is not a date', () => {
    expect(stage('2025-01-01 09:00:00.000Z')).toBe('notice');
    expect(() => stage('last spring')).toThrow(/last spring/);
  });

  it('month ends clamp (31 March minus 1 month is 28 February)', () => {
    const s = { flagMonths: 1, noticeMonths: 2, hideMonths: 3 };
    const march31 = new Date('2026-03-31T00:00:00Z');
    expect(stalenessStage('2026-02-28T00:00:00Z', march31, s)).toBe('flagged');
    expect(stalenessStage('2026-02-28T00:00:01Z', march31, s)).toBe('fresh');
  });

  it('only notice and hidden show the notice to residents', () => {
    expect(
      ['fresh', 'flagged', 'notice', 'hidden', 'unconfirmed'].map((x) =>
        showsStaleNotice(x as never),
      ),
    ).toEqual([false, false, true, true, false]);
  });
});

describe('effectiveStaleness', () => {
  it('uses the stored months, the default where not set or out of range', () => {
    expect(effectiveStaleness(null)).toEqual(DEFAULT_STALENESS);
    expect(effectiveStaleness({ flagMonths: 6, noticeMonths: null, hideMonths: 0 })).toEqual({
      flagMonths: 6,
      noticeMonths: 12,
      hideMonths: 24,
    });
    expect(effectiveStaleness({ flagMonths: 1.5, noticeMonths: 999, hideMonths: 36 })).toEqual({
      flagMonths: 10,
      noticeMonths: 12,
      hideMonths: 36,
    });
  });

  it('keeps the stages in order: a later stage never starts before an earlier one', () => {
    expect(effectiveStaleness({ flagMonths: 18, noticeMonths: 12, hideMonths: 6 })).toEqual({
      flagMonths: 18,
      noticeMonths: 18,
      hideMonths: 18,
    });
  });
});

describe('validateStalenessSettings', () => {
  it('names each bad month and stages out of order', () => {
    expect(validateStalenessSettings(DEFAULT_STALENESS)).toEqual({});
    expect(
      validateStalenessSettings({ flagMonths: 0, noticeMonths: 1.5, hideMonths: 300 }),
    ).toEqual({ flagMonths: 'range', noticeMonths: 'not_integer', hideMonths: 'range' });
    expect(validateStalenessSettings({ flagMonths: 12, noticeMonths: 10, hideMonths: 11 })).toEqual(
      { noticeMonths: 'order' },
    );
    expect(validateStalenessSettings({ flagMonths: 6, noticeMonths: 12, hideMonths: 11 })).toEqual({
      hideMonths: 'order',
    });
  });
});
