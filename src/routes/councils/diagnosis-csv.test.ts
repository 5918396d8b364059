import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { DistrictIndicatorsResult } from '$lib/geo/district-indicators';
import { diagnosisCsv } from './diagnosis-csv';

const v = (value: number | null, rank: number | null, city: number | null) => ({
  value,
  rank,
  ranked: 2,
  city,
  direction: null,
});

const result: DistrictIndicatorsResult = {
  walkM: 800,
  city: {
    share65: 0.3,
    share75: null,
    singleHouseholds65: null,
    placesPer1000: 5,
    walkCoverage65: 0.55,
  },
  districts: [
    {
      id: 'a',
      name: '=A地区',
      places: 2,
      values: {
        share65: v(0.31234, 1, 0.3),
        share75: v(null, null, null),
        singleHouseholds65: v(null, null, null),
        placesPer1000: v(6.6667, 1, 5),
        walkCoverage65: v(1, 1, 0.55),
      },
    },
  ],
};

describe('diagnosisCsv', () => {
  it('writes values and ranks per district, then the city; unknown is empty, formulas defused', () => {
    const text = diagnosisCsv(result, result.districts, 3, {
      district: '地区',
      places: '通いの場',
      rank: '順位',
      city: '市全体',
      names: {
        share65: '65歳以上',
        share75: '75歳以上',
        singleHouseholds65: '単身',
        placesPer1000: '千人あたり',
        walkCoverage65: '徒歩圏',
      },
    });
    const rows = parse(text.replace(/^\uFEFF/, '')) as string[][];
    expect(rows[0]).toEqual([
      '地区',
      '通いの場',
      '65歳以上',
      '65歳以上 順位',
      '75歳以上',
      '75歳以上 順位',
      '単身',
      '単身 順位',
      '千人あたり',
      '千人あたり 順位',
      '徒歩圏',
      '徒歩圏 順位',
    ]);
    expect(rows[1]).toEqual(["'=A地区", '2', '31.2', '1', '', '', '', '', '6.7', '1', '100', '1']);
    expect(rows[2]).toEqual(['市全体', '3', '30', '', '', '', '', '', '5', '', '55', '']);
  });
});
