import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { generateDemoCity } from '../demo-city/generate-demo-city';
import { isJapaneseHoliday } from '../domain/japanese-holidays';
import { nextOccurrences } from '../domain/next-occurrences';
import type { Resource } from '../domain/types';
import { directoryFromDataset } from './public-directory';
import { EVENTS_CSV_COLUMNS, toEventsCsv, windowEnd } from './to-events-csv';

const directory = directoryFromDataset(generateDemoCity({}));
const window = { from: '2026-04-27', weeks: 8 };

describe('toEventsCsv', () => {
  const rows = parse(toEventsCsv(directory, window), { bom: true }) as string[][];
  const col = (name: (typeof EVENTS_CSV_COLUMNS)[number]) => EVENTS_CSV_COLUMNS.indexOf(name);

  it('has the イベント一覧 header and one row per session in the window (read by csv-parse)', () => {
    expect(rows[0]).toEqual([...EVENTS_CSV_COLUMNS]);
    // Independent count: every place's sessions from the schedule engine, to the window's last day.
    const end = windowEnd(window);
    expect(end).toBe('2026-06-21');
    const expected = directory.resources.reduce(
      (n, r) =>
        n + nextOccurrences(r.schedule, window.from, { count: 10_000, horizonDays: 56 }).length,
      0,
    );
    expect(expected).toBeGreaterThan(100);
    expect(rows).toHaveLength(expected + 1);
    const dates = rows.slice(1).map((r) => r[col('開始日')]!);
    expect(dates.every((d) => d >= window.from && d <= end)).toBe(true);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(rows.slice(1).map((r) => r[col('NO')])).size).toBe(rows.length - 1);
  });

  it('leaves out holidays for places closed on them (昭和の日 4/29, Golden Week) and keeps 第n曜日 rules', () => {
    const closedOnHolidays = new Set(
      directory.resources.filter((r) => r.schedule.closedOnPublicHolidays).map((r) => r.name),
    );
    const onHoliday = rows
      .slice(1)
      .filter(
        (r) => isJapaneseHoliday(r[col('開始日')]!) && closedOnHolidays.has(r[col('イベント名')]!),
      );
    expect(closedOnHolidays.size).toBeGreaterThan(0);
    expect(onHoliday).toEqual([]);
    const nth = directory.resources.find((r: Resource) =>
      r.schedule.rules.some((x) => x.type === 'monthly_nth'),
    )!;
    const nthRows = rows.slice(1).filter((r) => r[col('イベント名')] === nth.name);
    expect(nthRows.length).toBeGreaterThan(0);
    expect(nthRows[0]![col('開始日時特記事項')]).toMatch(/第\d|最終/);
  });
});
