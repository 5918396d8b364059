/**
 * The form's checks (validateResourceInput) and the server hook's (pb_hooks/lib/coordination.js)
 * are written twice (TypeScript for the app, ES5-ish JS for PocketBase's VM). This test keeps
 * them in step: every case must be accepted by both or refused by both.
 */
import { loadHookModule } from '../../../tests/helpers/load-hook-module';
import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import type { Schedule, ScheduleRule } from './types';
import {
  coordinatesProblem,
  isCountOrUnknown,
  isEmailAddress,
  isPhoneNumber,
  isWebsiteUrl,
  validateSchedule,
} from './validate-resource-input';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';

// The server's module, run as PocketBase's VM runs it.
const hook = loadHookModule<{
  scheduleProblem(s: unknown): string | null;
  phoneOk(p: string): boolean;
  urlOk(u: string): boolean;
  countOk(v: unknown): boolean;
  emailOk(e: string): boolean;
  coordinatesProblem(lng: number, lat: number): string | null;
  importedRecordProblem(
    collection: string,
    values: Record<string, unknown>,
  ): { field: string; message: string } | null;
  inGeometry(lng: number, lat: number, g: unknown): boolean;
}>('lib/coordination.js');

const schedule = (rules: unknown[], extra: Partial<Schedule> = {}): Schedule => ({
  rules: rules as ScheduleRule[],
  closedOnPublicHolidays: false,
  closedPeriods: [],
  closedDates: [],
  note: '',
  ...extra,
});

const SCHEDULES: Schedule[] = [
  schedule([{ type: 'monthly_nth', weekdays: ['wed'], nth: [2, 4], start: '10:00', end: '12:00' }]),
  schedule([{ type: 'monthly_nth', weekdays: ['wed'], nth: [6], start: '10:00', end: '12:00' }]),
  schedule([{ type: 'weekly', weekdays: ['mon'], start: '12:00', end: '10:00' }]),
  schedule([{ type: 'weekly', weekdays: ['mon'], start: '10:00', end: '10:00' }]),
  // 25:00–09:00 (a time that does not exist) and 24:00 are refused by both.
  schedule([{ type: 'weekly', weekdays: ['mon'], start: '25:00', end: '09:00' }]),
  schedule([{ type: 'weekly', weekdays: ['mon'], start: '09:00', end: '24:00' }]),
  schedule([{ type: 'weekly', weekdays: [], start: '10:00', end: '11:00' }]),
  schedule([{ type: 'weekly', weekdays: ['xyz'], start: '10:00', end: '11:00' }]),
  schedule([{ type: 'weekly', weekdays: ['mon'], start: '10:00', end: '11:00', intervalWeeks: 2 }]),
  schedule([
    {
      type: 'weekly',
      weekdays: ['mon'],
      start: '10:00',
      end: '11:00',
      intervalWeeks: 2,
      anchorDate: '2026-04-06',
    },
  ]),
  schedule([{ type: 'monthly_day', days: [1, 15], start: '9:00', end: '11:00' }]),
  schedule([{ type: 'monthly_day', days: [32], start: '09:00', end: '11:00' }]),
  schedule([{ type: 'irregular', note: '' }]),
  schedule([{ type: 'irregular', note: '広報でお知らせ' }]),
  schedule([{ type: 'irregular', note: '', dates: ['2026-12-01'], start: '13:00', end: '12:00' }]),
  schedule([{ type: 'daily', start: '10:00', end: '11:00' }]),
  schedule([], { closedPeriods: [{ from: '12-29', to: '01-03' }] }),
  schedule([], { closedPeriods: [{ from: '12-29', to: '1-3' }] }),
  schedule([], { closedDates: ['2026/12/31'] }),
];

const PHONES = [
  '',
  '0270-00-1234',
  '090-0000-1234',
  '(0270) 00-1234',
  '+81 270 00 1234',
  '0270-OO-1234',
  'tel 0270001234',
  '1234',
  '0270-00-12345678',
  'abc-defg',
  '０２７０-００-１２３４',
];
const URLS = [
  '',
  'https://www.city.takasaki.gunma.jp/',
  'http://example.jp/a b',
  'www.example.jp',
  'ftp://example.jp/',
  'https://localhost',
  ' https://a.example ',
];
const EMAILS = ['', 'sc@example.jp', 'sc@example', 'sc example@example.jp', '@example.jp', 'a@b.c'];
const COORDS: [number, number][] = [
  [139.0, 36.3],
  [36.3, 139.0],
  [-200, 10],
  [139, 95],
  [Number.NaN, 36],
  [2.35, 48.85],
  [122.9, 24.4],
  [153.98, 24.28],
];

describe('form and server checks agree', () => {
  it('on schedules', () => {
    for (const s of SCHEDULES) {
      const formOk = Object.keys(validateSchedule(s)).length === 0;
      expect(
        hook.scheduleProblem(s) === null,
        JSON.stringify(s.rules) + JSON.stringify(s.closedPeriods) + JSON.stringify(s.closedDates),
      ).toBe(formOk);
    }
  });

  it('on phone numbers', () => {
    for (const p of PHONES) expect(hook.phoneOk(p), p).toBe(isPhoneNumber(p));
  });

  it('on web addresses, e-mail addresses and coordinates', () => {
    for (const u of URLS) expect(hook.urlOk(u), u).toBe(isWebsiteUrl(u));
    for (const m of EMAILS) expect(hook.emailOk(m), m).toBe(isEmailAddress(m));
    for (const [lng, lat] of COORDS)
      expect(hook.coordinatesProblem(lng, lat), `${lng},${lat}`).toBe(coordinatesProblem(lng, lat));
  });

  it('on places free: unknown or a whole number of 0 or more', () => {
    for (const v of [null, undefined, 0, 3, 40, -1, 1.5, NaN, '3', '', true, Infinity])
      expect(hook.countOk(v), String(v)).toBe(isCountOrUnknown(v));
    expect([null, 0, 3].every(isCountOrUnknown)).toBe(true);
    expect([-1, 1.5, '3'].some(isCountOrUnknown)).toBe(false);
  });

  it('the import route refuses what the form refuses', () => {
    const ok = {
      schedule: schedule([{ type: 'weekly', weekdays: ['mon'], start: '09:00', end: '12:00' }]),
      public_phone: '027-321-1234',
      website: '',
      location: { lon: 139, lat: 36.3 },
    };
    expect(hook.importedRecordProblem('resources', ok)).toBeNull();
    expect(
      hook.importedRecordProblem('resources', { ...ok, public_phone: 'abc-defg' })?.field,
    ).toBe('public_phone');
    expect(
      hook.importedRecordProblem('resources', {
        ...ok,
        schedule: schedule([{ type: 'weekly', weekdays: ['mon'], start: '25:00', end: '09:00' }]),
      })?.field,
    ).toBe('schedule');
    expect(
      hook.importedRecordProblem('resources', { ...ok, website: 'www.example.jp' })?.field,
    ).toBe('website');
    expect(
      hook.importedRecordProblem('resources', { ...ok, location: { lon: 200, lat: 36 } })?.field,
    ).toBe('location');
    expect(hook.importedRecordProblem('resources', { ...ok, capacity_available: -2 })?.field).toBe(
      'capacity_available',
    );
    expect(hook.importedRecordProblem('resources', { ...ok, capacity_available: 0 })).toBeNull();
    expect(hook.importedRecordProblem('organizations', { public_phone: 'abc-defg' })?.field).toBe(
      'public_phone',
    );
  });

  it('on points in a polygon with a hole', () => {
    const poly: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
        [
          [4, 4],
          [6, 4],
          [6, 6],
          [4, 6],
          [4, 4],
        ],
      ],
    };
    for (const p of [
      [1, 1],
      [5, 5],
      [11, 5],
      [9.9, 9.9],
      [-1, 3],
    ] as [number, number][]) {
      expect(hook.inGeometry(p[0], p[1], poly), String(p)).toBe(booleanPointInPolygon(p, poly));
    }
  });
});
