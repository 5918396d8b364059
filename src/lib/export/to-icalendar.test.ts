import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { generateDemoCity } from '../demo-city/generate-demo-city';
import type { Resource, Schedule } from '../domain/types';
import { directoryFromDataset } from './public-directory';
import { toICalendar } from './to-icalendar';
import { scheduleOf } from '../domain/__fixtures__/schedule-of';
import { engineSessions, icalSessions } from './__fixtures__/calendar-sessions';

const FROM = '2026-04-01';
const HORIZON = 366;
const END = '2027-04-01';
/** A shorter span for the whole demo city (expanding a year of every place is slow in ical.js). */
const SHORT = 92;
const SHORT_END = '2026-07-01';

/** Every session ical.js reads from the feed, per place id, from FROM to `end`. */
const expand = (ics: string, end = END): Map<string, string[]> => icalSessions(ics, FROM, end);

/** The same sessions from our schedule engine. */
const engine = (r: Resource, horizonDays = HORIZON): string[] =>
  engineSessions(r.schedule, FROM, horizonDays);

const base = directoryFromDataset(generateDemoCity({})).resources[0]!;
const place = (id: string, schedule: Partial<Schedule>): Resource => ({
  ...base,
  id,
  name: `テスト、会場; ${id}`,
  schedule: scheduleOf(schedule),
});

describe('toICalendar', () => {
  it('writes 第2・第4水曜 as BYDAY=2WE,4WE with holidays and closures as EXDATE, and ical.js expands the same sessions as next-occurrences', () => {
    const places = [
      place('nth', {
        rules: [
          { type: 'monthly_nth', weekdays: ['wed'], nth: [2, 4], start: '10:00', end: '12:00' },
        ],
        closedOnPublicHolidays: true,
        closedPeriods: [{ from: '12-29', to: '01-03', note: '年末年始' }],
      }),
      place('weekly', {
        rules: [{ type: 'weekly', weekdays: ['mon', 'thu'], start: '09:30', end: '11:00' }],
        closedOnPublicHolidays: true,
        closedDates: ['2026-05-07'],
      }),
      place('biweekly', {
        rules: [
          {
            type: 'weekly',
            weekdays: ['tue'],
            start: '13:00',
            end: '15:00',
            intervalWeeks: 2,
            anchorDate: '2026-04-14',
          },
        ],
      }),
      place('last', {
        rules: [
          { type: 'monthly_nth', weekdays: ['fri'], nth: [-1], start: '14:00', end: '15:00' },
        ],
        closedPeriods: [{ from: '08-01', to: '08-31' }],
      }),
      place('days', {
        rules: [{ type: 'monthly_day', days: [15, 31], start: '10:00', end: '11:00' }],
      }),
      place('irregular', {
        rules: [
          {
            type: 'irregular',
            note: '広報で',
            dates: ['2026-05-01', '2026-06-05', '2026-07-03'],
            start: '10:00',
            end: '12:00',
          },
        ],
        closedDates: ['2026-06-05'],
      }),
    ];
    const ics = toICalendar(places, { name: 'テスト地区', from: FROM, horizonDays: HORIZON });
    expect(ics).toContain('RRULE:FREQ=MONTHLY;BYDAY=2WE,4WE\r\n');
    expect(ics).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2;WKST=SU;BYDAY=TU\r\n');
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Tokyo');
    // The Monday/Thursday place closed on holidays loses 2026-05-04 (みどりの日, a Monday).
    expect(ics.replace(/\r\n /g, '')).toMatch(/EXDATE;TZID=Asia\/Tokyo:[^\r]*20260504T093000/);
    const fromLibrary = expand(ics);
    for (const p of places) expect(fromLibrary.get(p.id) ?? [], p.id).toEqual(engine(p));
  });

  it('agrees with next-occurrences for every place of the demo city, and escapes and folds text (lines ≤ 75 octets)', () => {
    const resources = directoryFromDataset(generateDemoCity({})).resources.filter(
      (r) => r.schedule.rules.length,
    );
    expect(resources.length).toBeGreaterThan(50);
    const ics = toICalendar(resources, {
      name: 'さくら野市',
      from: FROM,
      horizonDays: SHORT,
      placeUrl: (r) => `https://example.jp/places/${r.id}`,
    });
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const fromLibrary = expand(ics, SHORT_END);
    for (const r of resources)
      expect(fromLibrary.get(r.id) ?? [], r.name).toEqual(engine(r, SHORT));
    const summaries = new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents('vevent')
      .map((v) => v.getFirstPropertyValue('summary'));
    expect(summaries).toContain(resources[0]!.name);
  }, 60_000);

  it('keeps commas, semicolons and line breaks through the parser', () => {
    const p = {
      ...place('esc', {
        rules: [{ type: 'weekly', weekdays: ['wed'], start: '10:00', end: '11:00' }],
      }),
      description: '一行目\n二行目、続き',
    };
    const vevent = new ICAL.Component(
      ICAL.parse(toICalendar([p], { name: 'x', from: FROM })),
    ).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('summary')).toBe('テスト、会場; esc');
    expect(String(vevent.getFirstPropertyValue('description'))).toContain('一行目\n二行目、続き');
  });
});
