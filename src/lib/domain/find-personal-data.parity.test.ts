/**
 * findPersonalData is written twice: TypeScript for the app and CommonJS for PocketBase's VM
 * (pb_hooks/lib/personal-data.js). Every case must give the same hits in both.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { findPersonalData } from './find-personal-data';

const hookModule = { exports: {} as unknown };
runInNewContext(
  readFileSync(new URL('../../../pb_hooks/lib/personal-data.js', import.meta.url), 'utf8'),
  { module: hookModule },
);
const hook = hookModule.exports as { findPersonalData: typeof findPersonalData };

describe('findPersonalData: app and server agree', () => {
  it.each([
    '連絡は090-1234-5678まで',
    '０２７－３２１－１２３４に電話',
    'TEL 027 321 1234',
    '(027)321-1234',
    '0273211234',
    '+81-27-321-1234',
    '+1-202-555-0100',
    '市内 21-1234 へ',
    '0120-123-456',
    'taro@example.jp に連絡',
    'ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ',
    'ａ@ｂ.jp ０９０-１２３４-５６７８',
    '',
    '買い物に困っている世帯が12件',
    '2026-12-05 のアンケート',
    '2025-2026年度の調査',
    '第2・第4水曜 10:00-12:00',
    '65歳以上 1,234人',
    '@ 公民館',
    '平日の午前なら 9時〜12時',
  ])('%s', (text) => {
    expect(JSON.parse(JSON.stringify(hook.findPersonalData(text)))).toEqual(findPersonalData(text));
  });
});
