import { describe, expect, it } from 'vitest';
import { parseResidentQuery, residentQueryParams } from './resident-query';
import { matchesResidentFilters, NO_FILTERS } from './match-resident-filters';
import type { Resource } from './types';

describe('resident query in the URL', () => {
  it('round-trips a town, pace and filters', () => {
    const p = new URLSearchParams(
      'town=abc123&pace=40&kind=gathering_place,mutual_aid&day=wed&week=1&free=1&dropin=1&stepfree=1&pickup=1',
    );
    const q = parseResidentQuery(p);
    expect(q.townId).toBe('abc123');
    expect(q.walkMPerMin).toBe(40);
    expect(q.filters).toEqual({
      kinds: ['gathering_place', 'mutual_aid'],
      weekday: 'wed',
      thisWeek: true,
      free: true,
      dropIn: true,
      stepFree: true,
      pickUp: true,
    });
    expect(parseResidentQuery(residentQueryParams(q))).toEqual(q);
  });

  it('reads a point and ignores malformed values', () => {
    const q = parseResidentQuery(
      new URLSearchParams('at=139.01234,36.31234&pace=500&kind=bogus&day=xyz&town=<x>'),
    );
    expect(q.at).toEqual([139.01234, 36.31234]);
    expect(q.townId).toBe('');
    expect(q.walkMPerMin).toBe(50);
    expect(q.filters).toEqual(NO_FILTERS);
    expect(parseResidentQuery(new URLSearchParams('at=1,2,3')).at).toBeNull();
    expect(residentQueryParams(q).toString()).toBe('at=139.01234%2C36.31234');
  });
});

describe('matchesResidentFilters', () => {
  const base = {
    kind: 'gathering_place',
    cost: { amountYen: 100, unit: 'per_visit', note: '' },
    booking: 'call_first',
    accessibility: ['step_free'],
    schedule: {
      rules: [{ type: 'monthly_nth', weekdays: ['fri'], nth: [2], start: '10:00', end: '12:00' }],
      closedOnPublicHolidays: false,
      closedPeriods: [],
      closedDates: [],
      note: '',
    },
  } as unknown as Resource;

  it('applies each filter', () => {
    const today = '2026-01-05'; // Monday; the 2nd Friday is 2026-01-09
    expect(matchesResidentFilters(base, NO_FILTERS, today)).toBe(true);
    expect(matchesResidentFilters(base, { ...NO_FILTERS, kinds: ['mutual_aid'] }, today)).toBe(
      false,
    );
    expect(matchesResidentFilters(base, { ...NO_FILTERS, free: true }, today)).toBe(false);
    expect(matchesResidentFilters(base, { ...NO_FILTERS, dropIn: true }, today)).toBe(false);
    expect(matchesResidentFilters(base, { ...NO_FILTERS, stepFree: true }, today)).toBe(true);
    expect(matchesResidentFilters(base, { ...NO_FILTERS, pickUp: true }, today)).toBe(false);
    expect(matchesResidentFilters(base, { ...NO_FILTERS, weekday: 'fri' }, today)).toBe(true);
    expect(matchesResidentFilters(base, { ...NO_FILTERS, weekday: 'wed' }, today)).toBe(false);
    expect(matchesResidentFilters(base, { ...NO_FILTERS, thisWeek: true }, today)).toBe(true);
    expect(matchesResidentFilters(base, { ...NO_FILTERS, thisWeek: true }, '2026-01-10')).toBe(
      false,
    );
  });
});

describe('the site pace as the default', () => {
  it('reads a missing pace as the site pace and leaves it out of the URL', () => {
    const q = parseResidentQuery(new URLSearchParams('town=abc'), 40);
    expect(q.walkMPerMin).toBe(40);
    expect(residentQueryParams(q, 40).has('pace')).toBe(false);
    expect(residentQueryParams({ ...q, walkMPerMin: 50 }, 40).get('pace')).toBe('50');
  });
});
