/**
 * findPersonalData runs in the app and, bundled into pb_hooks/lib/personal-data.js, in
 * PocketBase's VM. Both must find the same things in every text (run as the VM runs it: no
 * API the VM lacks).
 */
import { loadHookModule } from '../../../tests/helpers/load-hook-module';
import { describe, expect, it } from 'vitest';
import { findPersonalData, type PersonalDataHit } from './find-personal-data';

// The server's module, run as PocketBase's VM runs it.
const hook = loadHookModule<{ findPersonalData(text: string): PersonalDataHit[] }>(
  'lib/personal-data.js',
);

const TEXTS = [
  '',
  '連絡は090-1234-5678まで',
  '０２７－３２１－１２３４に電話',
  '０９０ー１２３４ー５６７８',
  'TEL 027 321 1234',
  '(027)321-1234',
  '（０２７）３２１－１２３４',
  '0273211234',
  '+81-27-321-1234',
  '+1-202-555-0100',
  '市内 21-1234 へ',
  '0120-123-456',
  'taro@example.jp に連絡',
  'ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ',
  'ａ@ｂ.jp ０９０-１２３４-５６７８',
  '買い物に困っている世帯が12件',
  '2026-12-05 のアンケート',
  '2025-2026年度の調査',
  '第2・第4水曜 10:00-12:00',
  '65歳以上 1,234人',
  '@ 公民館',
  '費用 300円',
  'mail: a.b-c@sub.example.co.jp, 電話 03.1234.5678',
  '12345678901234',
];

describe('findPersonalData: the app and the server hook agree', () => {
  it.each(TEXTS)('%s', (text) => {
    expect(hook.findPersonalData(text)).toEqual(findPersonalData(text));
  });

  it('the cases cover both kinds and texts with nothing', () => {
    const kinds = new Set(TEXTS.flatMap((t) => findPersonalData(t).map((h) => h.kind)));
    expect(kinds).toEqual(new Set(['phone', 'email']));
    expect(TEXTS.filter((t) => findPersonalData(t).length === 0).length).toBeGreaterThan(5);
  });
});
