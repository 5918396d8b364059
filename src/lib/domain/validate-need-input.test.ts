import { describe, expect, it } from 'vitest';
import { validateNeedInput, type NeedCheckContext, type NeedInput } from './validate-need-input';
import { needInputOf } from './__fixtures__/need-input-of';

const ctx: NeedCheckContext = {
  today: '2026-12-05',
  isDistrict: (id) => id === 'district1',
  byCareManager: false,
};
const need: NeedInput = needInputOf({ note: '買い物に困っている世帯が多い' });

describe('validateNeedInput', () => {
  it('accepts a counted need and an uncounted one', () => {
    expect(validateNeedInput(need, ctx)).toEqual({});
    expect(validateNeedInput({ ...need, count: null, countUnit: '' }, ctx)).toEqual({});
    expect(validateNeedInput({ ...need, count: 0, observedOn: '2026-12-05' }, ctx)).toEqual({});
  });

  it.each<[string, Partial<NeedInput>, Record<string, string>]>([
    ['no district', { districtId: '' }, { districtId: 'required' }],
    ['a town, not a district', { districtId: 'town1' }, { districtId: 'not_district' }],
    ['no service type', { serviceTypeId: '' }, { serviceTypeId: 'required' }],
    ['a fractional count', { count: 1.5 }, { count: 'not_whole_number' }],
    ['a negative count', { count: -1 }, { count: 'not_whole_number' }],
    ['a count without unit', { countUnit: '' }, { countUnit: 'unit_required' }],
    ['a unit without count', { count: null }, { countUnit: 'unit_without_count' }],
    ['no source', { source: '' }, { source: 'required' }],
    ['a date that does not exist', { observedOn: '2026-02-30' }, { observedOn: 'invalid_date' }],
    ['a slashed date', { observedOn: '2026/11/30' }, { observedOn: 'invalid_date' }],
    ['tomorrow', { observedOn: '2026-12-06' }, { observedOn: 'future_date' }],
    ['a phone number', { note: '連絡先 090-1234-5678' }, { note: 'personal_data' }],
    ['a full-width phone number', { note: '０２７－３２１－１２３４' }, { note: 'personal_data' }],
    ['an e-mail address', { note: 'taro@example.jp' }, { note: 'personal_data' }],
    ['501 characters', { note: 'あ'.repeat(501) }, { note: 'too_long' }],
  ])('refuses %s', (_label, patch, errors) => {
    expect(validateNeedInput({ ...need, ...patch }, ctx)).toEqual(errors);
  });

  it('counts characters, not UTF-16 units, against the 500 limit', () => {
    expect(validateNeedInput({ ...need, note: '𠮷'.repeat(500) }, ctx)).toEqual({});
  });

  describe('a care manager records an unmet search and nothing about the person', () => {
    const cm = { ...ctx, byCareManager: true };
    const unmet: NeedInput = {
      ...need,
      count: null,
      countUnit: '',
      source: 'care_manager',
      weekdays: ['tue'],
      note: '',
    };

    it('accepts district, type, weekdays and date', () => {
      expect(validateNeedInput(unmet, cm)).toEqual({});
    });

    it('refuses a note, a count, a unit and another source', () => {
      expect(
        validateNeedInput(
          { ...unmet, note: '息子さんと同居', count: 1, countUnit: 'people', source: 'survey' },
          cm,
        ),
      ).toEqual({
        note: 'not_allowed',
        count: 'not_allowed',
        countUnit: 'not_allowed',
        source: 'not_allowed',
      });
    });
  });
});
