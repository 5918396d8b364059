import { describe, expect, it } from 'vitest';
import type { Helper } from '../domain/helper';
import { helperForPerson } from './helper-for-person';

const helper: Helper = {
  id: 'h1',
  name: '支援 花子',
  nameKana: 'しえん はなこ',
  phone: '090-1111-2222',
  email: '',
  postalAddress: 'さくら野市本町1-2-3',
  serviceTypeIds: ['t-shop', 't-gone'],
  districtIds: ['d1'],
  weekdays: ['tue', 'thu'],
  availabilityNote: '午前中',
  courseCompletedOn: '',
  consentOn: '2026-01-10',
  consentPurpose: '地域の支え合い活動の紹介のため',
  consentRecordedBy: 'staff-1',
  note: '経験あり',
  status: 'active',
  updatedAt: '2026-02-01T03:04:05.000Z',
};

describe('helperForPerson', () => {
  it('holds every field the person gave, ids as names, and not the staff stamp', () => {
    const out = helperForPerson(
      helper,
      { districts: { d1: '本町地区' }, serviceTypes: { 't-shop': '買い物' } },
      '2026-12-05',
    );
    expect(out).toEqual({
      format: 'sasaeai-helper-record',
      version: 1,
      exportedOn: '2026-12-05',
      name: '支援 花子',
      nameKana: 'しえん はなこ',
      contact: { phone: '090-1111-2222', email: '', postalAddress: 'さくら野市本町1-2-3' },
      offers: ['買い物', 't-gone'],
      districts: ['本町地区'],
      weekdays: ['tue', 'thu'],
      availabilityNote: '午前中',
      courseCompletedOn: null,
      consent: { on: '2026-01-10', purpose: '地域の支え合い活動の紹介のため' },
      note: '経験あり',
      status: 'active',
      lastChanged: '2026-02-01T03:04:05.000Z',
    });
    expect(JSON.stringify(out)).not.toContain('staff-1');
  });
});
