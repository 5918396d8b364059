import { describe, expect, it } from 'vitest';
import { findPersonalData } from './find-personal-data';

const kinds = (t: string) => findPersonalData(t).map((h) => h.kind);

describe('findPersonalData', () => {
  it.each([
    ['連絡は090-1234-5678まで', 'phone'],
    ['０２７－３２１－１２３４に電話', 'phone'],
    ['TEL 027 321 1234', 'phone'],
    ['(027)321-1234', 'phone'],
    ['0273211234', 'phone'],
    ['+81-27-321-1234', 'phone'],
    ['市内 21-1234 へ', 'phone'],
    ['0120-123-456', 'phone'],
    ['taro@example.jp に連絡', 'email'],
    ['ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ', 'email'],
  ])('finds %s', (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });

  it.each([
    [''],
    ['買い物に困っている世帯が12件'],
    ['2026-12-05 のアンケート'],
    ['2025-2026年度の調査'],
    ['第2・第4水曜 10:00-12:00'],
    ['65歳以上 1,234人'],
    ['@ 公民館'],
    ['費用 300円'],
  ])('finds nothing in %s', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  it('returns the matched text after normalisation, e-mail and phone both', () => {
    expect(findPersonalData('ａ@ｂ.jp ０９０-１２３４-５６７８')).toEqual([
      { kind: 'email', text: 'a@b.jp' },
      { kind: 'phone', text: '090-1234-5678' },
    ]);
  });
});
