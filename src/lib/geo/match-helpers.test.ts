import { describe, expect, it } from 'vitest';
import type { Helper } from '../domain/helper';
import { matchHelpers } from './match-helpers';

const helper = (id: string, o: Partial<Helper>): Helper => ({
  id,
  name: id,
  nameKana: '',
  phone: '090-0000-0000',
  email: '',
  postalAddress: '',
  serviceTypeIds: ['shopping'],
  districtIds: ['A'],
  weekdays: [],
  availabilityNote: '',
  courseCompletedOn: '',
  consentOn: '2026-01-01',
  consentPurpose: '紹介のため',
  consentRecordedBy: 'u1',
  note: '',
  status: 'active',
  updatedAt: '2026-01-01T00:00:00Z',
  ...o,
});

// District A neighbours B; C is far from A.
const neighbours = new Map([
  ['A', new Set(['B'])],
  ['B', new Set(['A'])],
  ['C', new Set<string>()],
]);

const helpers = [
  helper('near-all', { districtIds: ['B'], weekdays: ['tue', 'thu'], nameKana: 'あ' }),
  helper('in-some', { weekdays: ['tue'], nameKana: 'か' }),
  helper('in-none', { weekdays: ['sat'], nameKana: 'あ' }),
  helper('in-all-ka', { weekdays: ['tue', 'thu', 'fri'], nameKana: 'か' }),
  helper('in-all-a', { weekdays: ['thu', 'tue'], nameKana: 'あ' }),
  helper('in-unknown', { weekdays: [], nameKana: 'さ' }),
  helper('paused', { status: 'paused', weekdays: ['tue', 'thu'] }),
  helper('other-type', { serviceTypeIds: ['garden'], weekdays: ['tue', 'thu'] }),
  helper('far', { districtIds: ['C'], weekdays: ['tue', 'thu'] }),
  helper('in-and-near', { districtIds: ['B', 'A'], weekdays: ['thu'], nameKana: 'た' }),
];

describe('matchHelpers', () => {
  it('lists the district first, then neighbours; by weekday fit, then reading', () => {
    const m = matchHelpers(
      { districtId: 'A', serviceTypeId: 'shopping', weekdays: ['tue', 'thu'] },
      helpers,
      neighbours,
    );
    expect(m.map((x) => [x.helper.id, x.place, x.weekdayFit])).toEqual([
      ['in-all-a', 'in_district', 'all'],
      ['in-all-ka', 'in_district', 'all'],
      ['in-some', 'in_district', 'some'],
      ['in-and-near', 'in_district', 'some'],
      ['in-unknown', 'in_district', 'unknown'],
      ['in-none', 'in_district', 'none'],
      ['near-all', 'nearby', 'all'],
    ]);
    expect(m.find((x) => x.helper.id === 'in-all-a')?.sharedWeekdays).toEqual(['tue', 'thu']);
  });

  it('fits every helper as "any" when the need names no weekday', () => {
    const m = matchHelpers(
      { districtId: 'B', serviceTypeId: 'shopping', weekdays: [] },
      helpers,
      neighbours,
    );
    expect(new Set(m.map((x) => x.weekdayFit))).toEqual(new Set(['any']));
    expect(m[0]?.place).toBe('in_district');
    expect(m.map((x) => x.helper.id)).not.toContain('far');
  });

  it('finds nobody for a district without helpers or neighbours', () => {
    expect(
      matchHelpers(
        { districtId: 'Z', serviceTypeId: 'shopping', weekdays: [] },
        helpers,
        neighbours,
      ),
    ).toEqual([]);
  });
});
