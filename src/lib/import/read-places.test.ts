import { describe, expect, it } from 'vitest';
import { parseWeekdays, readPlaces } from './read-places';
import { encodeShiftJis } from './__fixtures__/write-shapefile';

const csv = (text: string, name = 'places.csv') => ({ name, bytes: new TextEncoder().encode(text) });
const HEADER = 'ID,名称,名称_カナ,住所,緯度,経度,電話番号,利用可能曜日,開始時間,終了時間,URL,備考';

describe('readPlaces (自治体標準オープンデータセット CSV)', () => {
  it('reads the standard columns, weekdays and times', () => {
    const r = readPlaces(csv(`\uFEFF${HEADER}\n001,八島サロン,ヤシマサロン,高崎市八島町1,36.32,139.0,027-000-0000,月～水,9:30,11:30,https://example.jp,お茶代100円\n`));
    expect(r.issues).toEqual([]);
    expect(r.places[0]).toMatchObject({ row: 2, sourceId: '001', name: '八島サロン', location: [139.0, 36.32], weekdays: ['mon', 'tue', 'wed'], start: '09:30', end: '11:30' });
  });

  it('rejects latitude 135 naming the file, row and field', () => {
    const r = readPlaces(csv(`${HEADER}\n001,A,,,36.3,139.0,,,,,,\n002,B,,,135,36.3,,,,,,\n`));
    expect(r.issues).toEqual([expect.objectContaining({ severity: 'error', file: 'places.csv', row: 3, field: '緯度' })]);
    expect(r.issues[0]!.message).toMatch(/latitude 135 is outside/);
  });

  it('rejects duplicate source ids, naming both rows', () => {
    const r = readPlaces(csv(`${HEADER}\n7,A,,,36.3,139.0,,,,,,\n7,B,,,36.3,139.0,,,,,,\n`));
    expect(r.issues[0]).toMatchObject({ row: 3, field: 'ID' });
    expect(r.issues[0]!.message).toMatch(/first on row 2/);
  });

  it('reads Shift_JIS and reports undecodable bytes with the line', () => {
    const sjis = encodeShiftJis(`${HEADER}\n1,公民館,,,36.3,139.0,,,,,,\n`);
    expect(readPlaces({ name: 's.csv', bytes: sjis }).places[0]!.name).toBe('公民館');
    const broken = new Uint8Array([...new TextEncoder().encode(`${HEADER}\n`), 0x31, 0x2c, 0xff, 0xff, 0x0a]);
    const r = readPlaces({ name: 'bad.csv', bytes: broken });
    expect(r.issues[0]).toMatchObject({ file: 'bad.csv', row: 2 });
    expect(r.issues[0]!.message).toMatch(/not valid UTF-8 or Shift_JIS/);
  });

  it('refuses an empty file', () => {
    expect(readPlaces(csv('')).issues[0]!.message).toMatch(/empty/);
  });

  it('maps other columns', () => {
    const r = readPlaces(csv('番号,施設名,Y,X\n5,集会所,36.3,139.0\n'), { format: 'custom', columns: { sourceId: '番号', name: '施設名', lat: 'Y', lng: 'X' } });
    expect(r.places[0]).toMatchObject({ sourceId: '5', name: '集会所', location: [139.0, 36.3] });
  });
});

describe('parseWeekdays', () => {
  it.each([
    ['月,水,金', ['mon', 'wed', 'fri']],
    ['月曜日・木曜日', ['mon', 'thu']],
    ['平日', ['mon', 'tue', 'wed', 'thu', 'fri']],
    ['土〜月', ['sat', 'sun', 'mon'].sort((a, b) => ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(a) - ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(b))],
    ['不定期', []],
  ])('%s', (text, days) => expect(parseWeekdays(text)).toEqual(days));
});
