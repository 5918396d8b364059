import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  isPhoneNumber,
  validateResourceInput,
  type ResourceInput,
} from './validate-resource-input';

const city: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [139, 36],
      [139.1, 36],
      [139.1, 36.1],
      [139, 36.1],
      [139, 36],
    ],
  ],
};

const base = (): ResourceInput => ({
  kind: 'gathering_place',
  name: 'ひだまりサロン',
  nameKana: '',
  nameKanaGenerated: false,
  description: '',
  districtId: 'd1',
  location: [139.05, 36.05],
  locationApproximate: false,
  address: '',
  directions: '',
  schedule: {
    rules: [{ type: 'monthly_nth', weekdays: ['wed'], nth: [2, 4], start: '10:00', end: '12:00' }],
    closedOnPublicHolidays: true,
    closedPeriods: [],
    closedDates: [],
    note: '',
  },
  cost: { amountYen: 100, unit: 'per_visit', note: '' },
  eligibility: 'anyone',
  booking: 'drop_in',
  capacity: 20,
  acceptingNewcomers: true,
  accessibility: [],
  publicPhone: '0270-00-1234',
  website: '',
  status: 'active',
  statusReason: '',
  isPublic: true,
});

describe('validateResourceInput', () => {
  it('accepts a good record', () => {
    expect(
      validateResourceInput(base(), {
        cityBoundary: city,
        allowedDistrictIds: ['d1'],
        previousStatus: 'active',
      }),
    ).toEqual({});
  });

  it('names each bad field: end before start, pin outside the city, letters in the phone', () => {
    const r = base();
    r.schedule.rules = [
      { type: 'weekly', weekdays: [], start: '12:00', end: '10:00' },
      { type: 'monthly_nth', weekdays: ['wed'], nth: [], start: '9:00', end: '10:00' },
      { type: 'weekly', weekdays: ['mon'], start: '10:00', end: '11:00', intervalWeeks: 2 },
    ];
    r.location = [140, 36.05];
    r.publicPhone = '0270-00-12ab';
    r.name = ' ';
    expect(validateResourceInput(r, { cityBoundary: city })).toEqual({
      name: 'required',
      location: 'outside_city',
      publicPhone: 'phone_format',
      'schedule.rules.0.weekdays': 'choose_weekday',
      'schedule.rules.0.end': 'end_before_start',
      'schedule.rules.1.nth': 'choose_nth',
      'schedule.rules.1.start': 'time_format',
      'schedule.rules.2.anchorDate': 'required',
    });
  });

  it('needs a reason for a status change and an own district', () => {
    const r = { ...base(), status: 'paused' as const };
    expect(
      validateResourceInput(r, { previousStatus: 'active', allowedDistrictIds: ['d2'] }),
    ).toEqual({
      statusReason: 'required',
      districtId: 'not_your_district',
    });
    expect(
      validateResourceInput(
        { ...r, statusReason: '会場の改修のため' },
        { previousStatus: 'active' },
      ),
    ).toEqual({});
  });
});

describe('isPhoneNumber', () => {
  it('takes Japanese numbers and rejects letters or too few digits', () => {
    for (const ok of ['', '0270-00-1234', '090-0000-1234', '(0270) 00-1234', '+81 270 00 1234'])
      expect(isPhoneNumber(ok)).toBe(true);
    for (const bad of ['0270-OO-1234', 'tel 0270001234', '1234', '0270-00-12345678'])
      expect(isPhoneNumber(bad)).toBe(false);
  });
});
