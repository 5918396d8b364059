import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importIssue, IssueList, type ImportFile } from './import-issue';
import {
  IMPORT_MESSAGE_CODES,
  IMPORT_MESSAGES,
  importMessage,
  renderImportMessage,
} from './import-messages';
import { readPlaces } from './read-places';

const placeholders = (template: string) =>
  [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
const csv = (name: string, text: string): ImportFile => ({
  name,
  bytes: new TextEncoder().encode(text),
});

describe('import message catalog', () => {
  it('has both languages for every code, with the same placeholders', () => {
    expect(IMPORT_MESSAGE_CODES.length).toBeGreaterThan(60);
    for (const code of IMPORT_MESSAGE_CODES) {
      const { ja, en } = IMPORT_MESSAGES[code];
      expect(ja.trim(), code).not.toBe('');
      expect(en.trim(), code).not.toBe('');
      expect(placeholders(ja), code).toEqual(placeholders(en));
      // Japanese text is Japanese (not a copied English template).
      expect(ja, code).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('knows every code the importer sources use', () => {
    const dir = resolve(import.meta.dirname);
    const sources = readdirSync(dir).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'import-messages.ts',
    );
    const used = new Set<string>();
    for (const f of sources) {
      const text = readFileSync(resolve(dir, f), 'utf8');
      // The code is the third argument of issues.error/warn(row, field, code, params), the fifth
      // of importIssue(severity, file, row, field, code, params); mesh-code problems and the
      // decoder choose theirs as values.
      const arg = String.raw`(?:[^,;()]|\([^()]*\))*`;
      for (const m of text.matchAll(
        new RegExp(String.raw`\.(?:error|warn)\(${arg},${arg},\s*'(\w+)'`, 'g'),
      ))
        used.add(m[1]!);
      for (const m of text.matchAll(
        new RegExp(String.raw`importIssue\(${arg},${arg},${arg},${arg},\s*'(\w+)'`, 'g'),
      ))
        used.add(m[1]!);
      for (const m of text.matchAll(/\{\s*code: '(\w+)',\s*params/g)) used.add(m[1]!);
      for (const m of text.matchAll(/'(notText\w+)'/g)) used.add(m[1]!);
      // No English message text is written inline any more.
      expect(text, f).not.toMatch(/\.(?:error|warn)\([^;]*?[`"]/);
      expect(text, f).not.toMatch(/message: [`'"]/);
    }
    expect(used.size).toBeGreaterThan(60);
    const unknown = [...used].filter((c) => !(c in IMPORT_MESSAGES));
    expect(unknown).toEqual([]);
    // And the catalog holds no dead entries.
    const unused = IMPORT_MESSAGE_CODES.filter((c) => !used.has(c));
    expect(unused).toEqual([]);
  });

  it('renders an issue in Japanese and English; the English is the issue message', () => {
    const issue = importIssue('error', 'places.csv', 4, '緯度', 'latOutOfRange', { value: 135 });
    expect(issue.message).toBe(
      'latitude 135 is outside -90…90 (are latitude and longitude swapped?).',
    );
    expect(importMessage(issue, 'en')).toBe(issue.message);
    expect(importMessage(issue, 'ja')).toBe(
      '緯度 135 は -90〜90 の範囲外です（緯度と経度が入れ替わっていませんか）。',
    );

    const twice = importIssue('error', 'places.csv', 5, 'ID', 'idTwice', { id: '12', firstRow: 3 });
    expect(importMessage(twice, 'ja')).toBe(
      'この行の ID「12」は 3 行目でも使われています。ID は施設ごとに 1 つにしてください。',
    );
    expect(twice.message).toBe(
      'id "12" is used twice (first on row 3); each place needs its own id.',
    );
  });

  it('shows internal keys as Japanese words in Japanese only', () => {
    const issue = importIssue('warning', 'places.csv', null, '電話番号', 'columnNotUsed', {
      column: '電話番号',
      placeField: 'phone',
    });
    expect(issue.message).toBe(
      'column "電話番号" is not used (phone switched off in the column mapping): no place gets a phone.',
    );
    expect(importMessage(issue, 'ja')).toBe(
      '列「電話番号」は読み込みません（列の対応で「電話番号」を「使わない」にしています）。どの施設にも電話番号は入りません。',
    );
    const clash = importIssue('error', 'districts.csv', 2, 'code', 'codeClash', {
      areaKind: 'district',
      code: 'D1',
      existing: '本町',
      source: 'demo',
    });
    expect(clash.message).toBe(
      'a district with code "D1" already exists ("本町", from demo); codes must be unique.',
    );
    expect(importMessage(clash, 'ja')).toContain('コード「D1」の地区はすでにあります');
  });

  it('falls back to the message for an issue without a (known) code', () => {
    const plain = {
      severity: 'error' as const,
      file: 'x.csv',
      row: null,
      field: '',
      message: 'something old',
    };
    expect(importMessage(plain, 'ja')).toBe('something old');
    expect(importMessage({ ...plain, code: 'noSuchCode', params: {} }, 'ja')).toBe('something old');
  });

  it('gives reader issues a code and params (a real file through readPlaces)', () => {
    const result = readPlaces(
      csv(
        'places.csv',
        '名称,緯度,経度,ID\n公民館,36.3,139.0,1\n集会所,36.3,139.0,1\n広場,北緯36度,139.0,2\n',
      ),
    );
    const [dup, bad] = result.issues;
    expect(bad).toMatchObject({
      row: 4,
      field: '緯度',
      code: 'latNotNumber',
      params: { value: '北緯36度' },
      message: 'latitude "北緯36度" is not a number.',
    });
    expect(importMessage(bad!, 'ja')).toBe('緯度「北緯36度」が数字ではありません。');
    expect(dup).toMatchObject({
      row: 3,
      code: 'idTwice',
      message: 'id "1" is used twice (first on row 2); each place needs its own id.',
    });
    expect(importMessage(dup!, 'ja')).toBe(
      'この行の ID「1」は 2 行目でも使われています。ID は施設ごとに 1 つにしてください。',
    );
  });

  it('keeps an unknown placeholder visible instead of blank', () => {
    expect(renderImportMessage('latOutOfRange', {}, 'ja')).toContain('{value}');
    const list = new IssueList('a.csv');
    list.error(1, '', 'fileEmpty');
    expect(list.issues[0]).toMatchObject({
      code: 'fileEmpty',
      params: {},
      message: 'the file is empty.',
    });
  });
});
