import { describe, expect, it } from 'vitest';
import { shortlistSnapshot } from '$lib/domain/shortlist-snapshot';
import type { Resource } from '$lib/domain/types';
import { allEn as en, allJa as ja } from '$lib/i18n/__fixtures__/all-messages';
import { describeEntryChanges } from './describe-entry-changes';
import { yanagichoSalon } from '$lib/domain/__fixtures__/yanagicho-salon';

const resource = yanagichoSalon();
const day = (iso: string) => iso.slice(0, 10);
const added = { at: '2026-10-01T09:00:00.000Z', snapshot: shortlistSnapshot(resource) };

describe('describeEntryChanges', () => {
  it('says when no record was kept, and never invents a date', () => {
    expect(describeEntryChanges(ja, 'ja', undefined, resource, day)).toBe('追加時の記録なし');
    expect(describeEntryChanges(en, 'en', undefined, resource, day)).toBe(
      'No record of when it was added',
    );
  });

  it('says nothing changed since the date it was added', () => {
    expect(describeEntryChanges(ja, 'ja', added, resource, day)).toBe(
      '2026-10-01にリストへ追加。その後の変更なし',
    );
  });

  it('names each changed field with its value when added, in both languages', () => {
    const now = {
      ...resource,
      cost: { amountYen: 200, unit: 'per_visit', note: '' },
      publicPhone: '027-111-1111',
    } as Resource;
    expect(describeEntryChanges(ja, 'ja', added, now, day)).toBe(
      '2026-10-01にリストへ追加。その後の変更：費用（追加時：無料）、電話（追加時：未登録）',
    );
    expect(describeEntryChanges(en, 'en', added, now, day)).toBe(
      'Added to the list on 2026-10-01. Changed since: cost (was: Free), phone (was: not recorded)',
    );
  });
});
