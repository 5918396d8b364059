/**
 * The needs form's checks (validateNeedInput) and the server hook's (pb_hooks/lib/needs.js,
 * PocketBase field names) are written twice. Every case must give the same refused fields
 * with the same codes in both.
 */
import { loadHookModule } from '../../../tests/helpers/load-hook-module';
import { describe, expect, it } from 'vitest';
import { validateNeedInput, type NeedCheckContext, type NeedInput } from './validate-need-input';
import { needInputOf } from './__fixtures__/need-input-of';

const hook = loadHookModule<{
  needProblems(values: Record<string, unknown>, ctx: NeedCheckContext): Record<string, string>;
}>('lib/needs.js');

/** App field → PocketBase field. */
const FIELD: Record<keyof NeedInput, string> = {
  districtId: 'district',
  serviceTypeId: 'service_type',
  count: 'count',
  countUnit: 'count_unit',
  source: 'source',
  observedOn: 'observed_on',
  weekdays: 'weekdays',
  note: 'note',
};

const base: NeedInput = needInputOf();
const CASES: Partial<NeedInput>[] = [
  {},
  { count: null, countUnit: '' },
  { count: 0 },
  { districtId: '' },
  { districtId: 'town1' },
  { serviceTypeId: '' },
  { count: 1.5 },
  { count: -3 },
  { countUnit: '' },
  { count: null },
  { source: '' },
  { observedOn: '' },
  { observedOn: '2026-02-30' },
  { observedOn: '2026-12-05' },
  { observedOn: '2026-12-06' },
  { weekdays: ['mon', 'fri'] },
  { note: '電話 ０９０－１２３４－５６７８' },
  { note: 'a@b.jp' },
  { note: '2025-2026年度の調査' },
  { note: 'あ'.repeat(500) },
  { note: 'あ'.repeat(501) },
  { source: 'care_manager', count: null, countUnit: '', weekdays: ['tue'] },
];

const toHookValues = (input: NeedInput): Record<string, unknown> =>
  Object.fromEntries(Object.entries(input).map(([k, v]) => [FIELD[k as keyof NeedInput], v]));

const appErrors = (input: NeedInput, ctx: NeedCheckContext) =>
  Object.fromEntries(
    Object.entries(validateNeedInput(input, ctx)).map(([k, v]) => [FIELD[k as keyof NeedInput], v]),
  );

describe('validateNeedInput and the server hook agree', () => {
  for (const byCareManager of [false, true]) {
    const ctx: NeedCheckContext = {
      today: '2026-12-05',
      isDistrict: (id) => id === 'district1',
      byCareManager,
    };
    it.each(CASES.map((c) => [JSON.stringify(c).slice(0, 60), c] as const))(
      `${byCareManager ? 'care manager' : 'coordinator'}: %s`,
      (_label, patch) => {
        const input = { ...base, ...patch };
        expect({ ...hook.needProblems(toHookValues(input), ctx) }).toEqual(appErrors(input, ctx));
      },
    );
  }

  it('the cases include accepted and refused ones', () => {
    const ctx = { today: '2026-12-05', isDistrict: () => true, byCareManager: false };
    const refused = CASES.filter(
      (c) => Object.keys(validateNeedInput({ ...base, ...c }, ctx)).length,
    );
    expect(refused.length).toBeGreaterThan(10);
    expect(refused.length).toBeLessThan(CASES.length);
  });
});
