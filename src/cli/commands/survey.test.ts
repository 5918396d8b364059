import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SurveyResult } from '../../lib/domain/survey-tables';
import { runMain } from '../__fixtures__/run-main';

const dir = mkdtempSync(join(tmpdir(), 'sasaeai-survey-cli-'));
const dataset = join(dir, 'city.json');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = runMain;

beforeAll(async () => {
  expect((await run(['demo-city', '--out', dataset])).code).toBe(0);
});

describe('sasaeai survey', () => {
  it('prints the tables as JSON and writes a CSV whose rows add up to the city (read by csv-parse)', async () => {
    const csvPath = join(dir, 'survey.csv');
    const r = await run([
      'survey',
      '--year',
      '2026',
      '--dataset',
      dataset,
      '--json',
      '--csv',
      csvPath,
    ]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out) as SurveyResult;
    const city = JSON.parse(readFileSync(dataset, 'utf8')) as {
      resources: Array<{ kind: string; status: string }>;
    };
    expect(result.city.places).toBe(
      city.resources.filter((x) => x.kind === 'gathering_place' && x.status === 'active').length,
    );
    const rows = parse(readFileSync(csvPath), { bom: true }) as string[][];
    expect(rows[0]!.slice(0, 3)).toEqual(['年度', '地区', '通いの場の数']);
    expect(rows).toHaveLength(result.districts.length + 2);
    const perDistrict = rows.slice(1, -1).reduce((n, row) => n + Number(row[2]), 0);
    expect(perDistrict).toBe(Number(rows.at(-1)![2]));
    const text = await run(['survey', '--year', '2026', '--dataset', dataset]);
    expect(text.out).toContain('令和8年度');
    expect(text.out).toContain('開催頻度：');
  });

  it('refuses a missing or bad year (exit 2)', async () => {
    expect(await run(['survey', '--dataset', dataset])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--year must be'),
    });
    expect(await run(['survey', '--year', 'R8', '--dataset', dataset])).toMatchObject({ code: 2 });
  });
});
