import { describe, expect, it } from 'vitest';
import { generateDemoCity } from '../demo-city/generate-demo-city';
import {
  frequencyBandOf,
  sizeBandOf,
  SURVEY_DIMENSIONS,
  surveyRows,
  surveyTables,
} from './survey-tables';
import type { Resource, Schedule } from './types';
import { scheduleOf } from './__fixtures__/schedule-of';

const demo = generateDemoCity({});
const resources = demo.resources.map(
  (r) => ({ ...r, serviceTypeIds: [], updatedAt: '' }) as unknown as Resource,
);
const districts = demo.areas.filter((a) => a.kind === 'district');
const sched = (s: Partial<Schedule>): Pick<Resource, 'schedule'> => ({ schedule: scheduleOf(s) });

describe('surveyTables', () => {
  it("adds up, in every table, to the directory's count of active gathering places per district and for the city", () => {
    const result = surveyTables(resources, districts, 2026, 'さくら野市');
    for (const area of [...result.districts, result.city]) {
      const expected = resources.filter(
        (r) =>
          r.kind === 'gathering_place' &&
          r.status === 'active' &&
          (area.areaId === '' || r.districtId === area.areaId),
      ).length;
      expect(area.places, area.name).toBe(expected);
      for (const d of SURVEY_DIMENSIONS)
        expect(
          Object.values(area.tables[d]).reduce((a, b) => a + b, 0),
          `${area.name} ${d}`,
        ).toBe(expected);
    }
    expect(result.districts.reduce((n, a) => n + a.places, 0)).toBe(result.city.places);
    expect(result.labelJa).toBe('令和8年度');
    const rows = surveyRows(result);
    expect(rows).toHaveLength(result.districts.length + 2);
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
  });

  it('derives the frequency band from the schedule, and counts unknown as 不明', () => {
    expect(
      frequencyBandOf(
        sched({
          rules: [{ type: 'weekly', weekdays: ['wed'], start: '10:00', end: '11:00' }],
          closedOnPublicHolidays: true,
        }),
        2026,
      ),
    ).toBe('weekly_or_more');
    expect(
      frequencyBandOf(
        sched({
          rules: [
            { type: 'monthly_nth', weekdays: ['wed'], nth: [2, 4], start: '10:00', end: '11:00' },
          ],
        }),
        2026,
      ),
    ).toBe('two_to_four_monthly');
    expect(
      frequencyBandOf(
        sched({
          rules: [{ type: 'monthly_day', days: [15], start: '10:00', end: '11:00' }],
          closedPeriods: [{ from: '08-01', to: '08-31' }],
        }),
        2026,
      ),
    ).toBe('monthly');
    expect(
      frequencyBandOf(
        sched({
          rules: [{ type: 'irregular', note: '年4回', dates: ['2026-05-01', '2026-08-01'] }],
        }),
        2026,
      ),
    ).toBe('less');
    expect(frequencyBandOf(sched({ rules: [{ type: 'irregular', note: '不定期' }] }), 2026)).toBe(
      '',
    );
    expect([sizeBandOf(null), sizeBandOf(9), sizeBandOf(10), sizeBandOf(30)]).toEqual([
      '',
      'under_10',
      'from_10_to_19',
      'from_30',
    ]);
  });
});
