import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { generateDemoCity } from '../demo-city/generate-demo-city';
import { WEEKDAYS, type Resource, type Schedule } from '../domain/types';
import { readPlaces } from '../import/read-places';
import { directoryFromDataset } from './public-directory';
import { KAYOINOBA_COLUMNS, kayoinobaRows, toKayoinobaCsv } from './to-kayoinoba-csv';
import { scheduleOf } from '../domain/__fixtures__/schedule-of';

const demo = generateDemoCity({});
const directory = directoryFromDataset(demo);
const csv = toKayoinobaCsv(directory);
const places = directory.resources.filter((r) => r.kind === 'gathering_place' && r.location);
const file = (text: string) => ({ name: 'kayoinoba.csv', bytes: new TextEncoder().encode(text) });
/** Weekdays in calendar order (the describer words them so; their stored order carries no meaning). */
const calendarOrder = (s: Schedule | undefined): Schedule | undefined =>
  s && {
    ...s,
    rules: s.rules.map((r) =>
      'weekdays' in r ? { ...r, weekdays: WEEKDAYS.filter((d) => r.weekdays.includes(d)) } : r,
    ),
  };
const sched = scheduleOf;

describe('toKayoinobaCsv', () => {
  it('has exactly the 介護サービス事業所一覧 header and one row per public, active gathering place with a location (read by csv-parse)', () => {
    const rows = parse(csv, { bom: true }) as string[][];
    expect(rows[0]).toEqual([...KAYOINOBA_COLUMNS]);
    expect(rows).toHaveLength(places.length + 1);
    expect(rows.every((r) => r.length === KAYOINOBA_COLUMNS.length)).toBe(true);
    expect(csv.startsWith('\uFEFF')).toBe(true);
  });

  it('writes what the layout cannot hold (第2・第4水曜, closures) as plain Japanese in its free-text columns', () => {
    const r: Resource = {
      ...places[0]!,
      schedule: sched({
        rules: [
          { type: 'monthly_nth', weekdays: ['wed'], nth: [2, 4], start: '10:00', end: '12:00' },
        ],
        closedOnPublicHolidays: true,
        closedPeriods: [{ from: '12-29', to: '01-03', note: '年末年始' }],
        closedDates: ['2026-05-13'],
        note: '雨天中止',
      }),
      cost: { amountYen: 100, unit: 'per_visit', note: 'お茶代' },
    };
    const [, row] = kayoinobaRows({ ...directory, resources: [r] });
    const col = (name: (typeof KAYOINOBA_COLUMNS)[number]) => row![KAYOINOBA_COLUMNS.indexOf(name)];
    expect(col('利用可能曜日')).toBe('');
    expect(col('利用可能曜日特記事項')).toBe(
      '第2・第4水曜 10:00〜12:00\n祝日は休み\n休み：12月29日〜1月3日（年末年始）\n休み：2026年5月13日\n雨天中止',
    );
    expect(col('備考')).toMatch(/^参加費：1回100円、お茶代\n対象：/);
  });

  it('reads every kind of schedule and fee back exactly as it was', () => {
    const schedules: Schedule[] = [
      sched({
        rules: [{ type: 'weekly', weekdays: ['mon', 'thu'], start: '09:30', end: '11:00' }],
      }),
      sched({
        rules: [
          {
            type: 'weekly',
            weekdays: ['tue'],
            start: '13:00',
            end: '15:00',
            intervalWeeks: 2,
            anchorDate: '2026-04-07',
          },
        ],
      }),
      sched({
        rules: [
          { type: 'monthly_nth', weekdays: ['fri'], nth: [1, -1], start: '10:00', end: '11:30' },
        ],
        closedOnPublicHolidays: true,
      }),
      sched({
        rules: [{ type: 'monthly_day', days: [1, 15], start: '14:00', end: '16:00' }],
        closedPeriods: [{ from: '08-13', to: '08-16' }],
      }),
      sched({
        rules: [
          {
            type: 'irregular',
            note: '広報でお知らせ',
            dates: ['2026-05-01', '2026-06-05'],
            start: '10:00',
            end: '12:00',
          },
        ],
      }),
      sched({ rules: [{ type: 'irregular', note: '' }], note: '一行目\n二行目' }),
    ];
    const resources: Resource[] = schedules.map((schedule, i) => ({
      ...places[i]!,
      schedule,
      cost: [
        { amountYen: 0, unit: 'free', note: '' },
        { amountYen: 500, unit: 'per_month', note: '材料費、別途' },
        { amountYen: null, unit: 'per_use', note: '実費' },
      ][i % 3] as Resource['cost'],
      description: i === 0 ? '' : `説明${i}\n参加費：これは説明の一部`,
      capacity: i % 2 ? 20 : null,
    }));
    const text = toKayoinobaCsv({ ...directory, resources });
    const back = readPlaces(file(text), { format: 'kayoinoba' });
    expect(back.issues).toEqual([]);
    back.places.forEach((p, i) => {
      const r = resources[i]!;
      expect(p.schedule).toEqual(r.schedule);
      expect(p.note).toBe(r.description);
      expect(p.details).toMatchObject({
        cost: r.cost,
        capacity: r.capacity,
        eligibility: r.eligibility,
        booking: r.booking,
        kind: r.kind,
      });
    });
  });

  it("reads the demo city's whole export back to the same schedules, fees and descriptions", () => {
    const back = readPlaces(file(csv), { format: 'kayoinoba' });
    expect(back.issues).toEqual([]);
    expect(back.unread).toEqual([]);
    const byId = new Map(directory.resources.map((r) => [r.id, r]));
    for (const p of back.places) {
      const r = byId.get(p.sourceId)!;
      expect(calendarOrder(p.schedule), r.name).toEqual(calendarOrder(r.schedule));
      expect(p.note).toBe(r.description);
      expect(p.details?.cost).toEqual(r.cost);
    }
  });

  it("reads another city's file as far as its words go: unknown lines become the note, 利用可能曜日 an every-week rule", () => {
    const header = KAYOINOBA_COLUMNS.join(',');
    const values = Object.fromEntries(KAYOINOBA_COLUMNS.map((c) => [c, '']));
    Object.assign(values, {
      NO: '7',
      介護サービス事業所名称: 'いきいき体操',
      利用可能曜日: '火',
      利用可能曜日特記事項: '雨の日は休み',
      定員: '二十',
      備考: '体操と茶話会',
    });
    const text = `${header}\r\n${KAYOINOBA_COLUMNS.map((c) => values[c]).join(',')}\r\n`;
    const back = readPlaces(file(text), { format: 'kayoinoba' });
    expect(back.places[0]?.schedule).toEqual(
      sched({
        rules: [{ type: 'weekly', weekdays: ['tue'], start: '', end: '' }],
        note: '雨の日は休み',
      }),
    );
    expect(back.places[0]?.note).toBe('体操と茶話会');
    expect(back.issues).toMatchObject([
      { severity: 'warning', row: 2, field: '定員', code: 'capacityNotNumber' },
    ]);
  });
});
