import { describe, expect, it } from 'vitest';
import { describeSchedule } from './describe-schedule';
import type { Schedule, ScheduleRule } from './types';
import { scheduleOf } from './__fixtures__/schedule-of';

function schedule(rules: ScheduleRule[], extra: Partial<Schedule> = {}): Schedule {
  return scheduleOf({ rules, ...extra });
}

describe('describeSchedule', () => {
  it('weekly rules', () => {
    const s = schedule([{ type: 'weekly', weekdays: ['wed'], start: '10:00', end: '12:00' }]);
    expect(describeSchedule(s, 'ja')).toEqual(['毎週水曜 10:00〜12:00']);
    expect(describeSchedule(s, 'en')).toEqual(['Every Wednesday 10:00–12:00']);
    const two = schedule([
      {
        type: 'weekly',
        weekdays: ['wed', 'mon'],
        start: '09:00',
        end: '10:00',
        intervalWeeks: 2,
        anchorDate: '2026-01-05',
      },
    ]);
    expect(describeSchedule(two, 'ja')).toEqual(['隔週月・水曜 09:00〜10:00']);
    expect(describeSchedule(two, 'en')).toEqual(['Every other Monday and Wednesday 09:00–10:00']);
  });

  it('nth weekday of the month, with the last', () => {
    const s = schedule([
      { type: 'monthly_nth', weekdays: ['fri'], nth: [4, 2], start: '10:00', end: '11:30' },
    ]);
    expect(describeSchedule(s, 'ja')).toEqual(['第2・第4金曜 10:00〜11:30']);
    expect(describeSchedule(s, 'en')).toEqual(['2nd and 4th Friday of the month 10:00–11:30']);
    const last = schedule([
      { type: 'monthly_nth', weekdays: ['tue'], nth: [-1, 1], start: '13:30', end: '15:00' },
    ]);
    expect(describeSchedule(last, 'ja')).toEqual(['第1・最終火曜 13:30〜15:00']);
  });

  it('monthly days, irregular notes, closures and the note', () => {
    const s = schedule(
      [
        { type: 'monthly_day', days: [15, 1], start: '10:00', end: '12:00' },
        { type: 'irregular', note: '不定期・広報でお知らせ' },
      ],
      {
        closedOnPublicHolidays: true,
        closedPeriods: [{ from: '12-29', to: '01-03', note: '年末年始' }],
        note: '雨天中止',
      },
    );
    expect(describeSchedule(s, 'ja')).toEqual([
      '毎月1日・15日 10:00〜12:00',
      '不定期・広報でお知らせ',
      '祝日は休み',
      '休み：12月29日〜1月3日（年末年始）',
      '雨天中止',
    ]);
    expect(describeSchedule(s, 'en').slice(0, 4)).toEqual([
      'Monthly on the 1st and 15th 10:00–12:00',
      '不定期・広報でお知らせ',
      'Closed on public holidays',
      'Closed 29 Dec–3 Jan (年末年始)',
    ]);
  });

  it('says so when there are no rules', () => {
    expect(describeSchedule(schedule([]), 'ja')).toEqual(['日時は未定です']);
  });
});
