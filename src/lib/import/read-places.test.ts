import { describe, expect, it } from 'vitest';
import { columnsFor } from './columns-for';
import { parseWeekdays } from './parse-weekdays';
import { MAX_PLACE_ROWS, readPlaces, readPlacesHeader } from './read-places';
import { encodeShiftJis } from './__fixtures__/write-shapefile';
import { parseMap } from '../../cli/commands/import';

const csv = (text: string, name = 'places.csv') => ({
  name,
  bytes: new TextEncoder().encode(text),
});
const HEADER = 'ID,名称,名称_カナ,住所,緯度,経度,電話番号,利用可能曜日,開始時間,終了時間,URL,備考';

describe('readPlaces (自治体標準オープンデータセット CSV)', () => {
  it('reads the standard columns, weekdays and times', () => {
    const r = readPlaces(
      csv(
        `\uFEFF${HEADER}\n001,八島サロン,ヤシマサロン,高崎市八島町1,36.32,139.0,027-000-0000,月～水,9:30,11:30,https://example.jp,お茶代100円\n`,
      ),
    );
    expect(r.issues).toEqual([]);
    expect(r.places[0]).toMatchObject({
      row: 2,
      sourceId: '001',
      name: '八島サロン',
      location: [139.0, 36.32],
      weekdays: ['mon', 'tue', 'wed'],
      start: '09:30',
      end: '11:30',
    });
  });

  it('rejects latitude 135 naming the file, row and field', () => {
    const r = readPlaces(csv(`${HEADER}\n001,A,,,36.3,139.0,,,,,,\n002,B,,,135,36.3,,,,,,\n`));
    expect(r.issues).toEqual([
      expect.objectContaining({ severity: 'error', file: 'places.csv', row: 3, field: '緯度' }),
    ]);
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
    const broken = new Uint8Array([
      ...new TextEncoder().encode(`${HEADER}\n`),
      0x31,
      0x2c,
      0xff,
      0xff,
      0x0a,
    ]);
    const r = readPlaces({ name: 'bad.csv', bytes: broken });
    expect(r.issues[0]).toMatchObject({ file: 'bad.csv', row: 2 });
    expect(r.issues[0]!.message).toMatch(/not valid UTF-8 or Shift_JIS/);
  });

  it(`refuses a file of more than ${MAX_PLACE_ROWS} rows by name (reading stops at the limit)`, () => {
    const body = Array.from(
      { length: MAX_PLACE_ROWS + 1 },
      (_, i) => `${i},A${i},,,36.3,139.0,,,,,,`,
    ).join('\n');
    const r = readPlaces(csv(`${HEADER}\n${body}\n`, 'huge.csv'));
    expect(r.places).toEqual([]);
    expect(r.issues).toEqual([
      expect.objectContaining({ severity: 'error', file: 'huge.csv', code: 'csvTooManyRows' }),
    ]);
    expect(r.issues[0]!.message).toMatch(/more than 100000 rows/);
  });

  it('refuses an empty file', () => {
    expect(readPlaces(csv('')).issues[0]!.message).toMatch(/empty/);
  });

  it('maps other columns', () => {
    const r = readPlaces(csv('番号,施設名,Y,X\n5,集会所,36.3,139.0\n'), {
      format: 'custom',
      columns: { sourceId: '番号', name: '施設名', lat: 'Y', lng: 'X' },
    });
    expect(r.places[0]).toMatchObject({ sourceId: '5', name: '集会所', location: [139.0, 36.3] });
  });

  it('switches an optional column off with an empty mapping (the column is ignored, the report says so)', () => {
    // 電話番号 holds a contact person's mobile, not the place's phone: switched off.
    const r = readPlaces(
      csv(`${HEADER}\n1,サロン,,,36.3,139.0,090-1111-2222,月,,,https://example.jp,メモ\n`),
      { columns: { phone: '', note: '' } },
    );
    expect(r.places[0]).toMatchObject({
      name: 'サロン',
      phone: '',
      note: '',
      url: 'https://example.jp',
      location: [139.0, 36.3],
    });
    expect(r.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        row: null,
        field: '電話番号',
        message: expect.stringMatching(/not used \(phone switched off/),
      }),
      expect.objectContaining({
        severity: 'warning',
        row: null,
        field: '備考',
        message: expect.stringMatching(/not used \(note switched off/),
      }),
    ]);
  });

  it('switching off a column the file lacks is silent; a mapped column missing from the file is a warning', () => {
    const r = readPlaces(csv('名称,緯度,経度\nサロン,36.3,139.0\n'), {
      columns: { phone: '', url: 'ホームページ' },
    });
    expect(r.places).toHaveLength(1);
    expect(r.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        field: 'ホームページ',
        message: expect.stringMatching(/url: the column "ホームページ" is not in the file/),
      }),
    ]);
  });

  it('refuses to switch off the name, or only one of latitude/longitude; both off leaves places without a point', () => {
    const body = `${HEADER}\n1,サロン,,,36.3,139.0,,,,,,\n`;
    const noName = readPlaces(csv(body), { columns: { name: '' } });
    expect(noName.places).toEqual([]);
    expect(noName.issues[0]).toMatchObject({
      severity: 'error',
      row: 1,
      message: expect.stringMatching(/name column cannot be switched off/),
    });
    const noLat = readPlaces(csv(body), { columns: { lat: '' } });
    expect(noLat.places).toEqual([]);
    expect(noLat.issues[0]).toMatchObject({
      severity: 'error',
      field: '経度',
      message: expect.stringMatching(/latitude and longitude go together/),
    });
    const noPoint = readPlaces(csv(body), { columns: { lat: '', lng: '' } });
    expect(noPoint.places[0]).toMatchObject({ name: 'サロン', location: null });
  });

  it('the CLI --columns expresses "not used" as an empty value (phone=)', () => {
    const columns = parseMap('name=施設名,phone=', '--columns');
    expect(columns).toEqual({ name: '施設名', phone: '' });
    const r = readPlaces(csv('施設名,緯度,経度,電話番号\nサロン,36.3,139.0,090-1111-2222\n'), {
      columns,
    });
    expect(r.places[0]).toMatchObject({ name: 'サロン', phone: '' });
  });

  it('columnsFor: standard names, overrides, "" for off; the GSI fallbacks do not undo an override', () => {
    expect(columnsFor('standard', [], { phone: '', name: '施設名' })).toMatchObject({
      name: '施設名',
      phone: '',
      lat: '緯度',
    });
    expect(columnsFor('gsi', ['name', 'address'], {}).name).toBe('name');
    expect(columnsFor('gsi', ['name', 'address'], { address: '' }).address).toBe('');
  });

  it('readPlacesHeader reads only the first row, UTF-8 with BOM or Shift_JIS, and names a bad encoding', () => {
    expect(
      readPlacesHeader(csv(`\uFEFF ID , 名称 ,電話番号\n1,a,2\n"unterminated`)).header,
    ).toEqual(['ID', '名称', '電話番号']);
    expect(
      readPlacesHeader({ name: 's.csv', bytes: encodeShiftJis('名称,経度\n公民館,139\n') }).header,
    ).toEqual(['名称', '経度']);
    const bad = readPlacesHeader({
      name: 'bad.csv',
      bytes: new Uint8Array([0x31, 0x2c, 0xff, 0xff, 0x0a]),
    });
    expect(bad.header).toEqual([]);
    expect(bad.issues[0]).toMatchObject({
      severity: 'error',
      file: 'bad.csv',
      message: expect.stringMatching(/not valid UTF-8 or Shift_JIS/),
    });
    const gj = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'a', phone: '1' },
          geometry: { type: 'Point', coordinates: [139, 36] },
        },
      ],
    };
    expect(
      readPlacesHeader({ name: 'p.geojson', bytes: new TextEncoder().encode(JSON.stringify(gj)) })
        .header,
    ).toEqual(['name', 'phone']);
  });
});

describe('parseWeekdays', () => {
  it.each([
    ['月,水,金', ['mon', 'wed', 'fri']],
    ['月曜日・木曜日', ['mon', 'thu']],
    ['平日', ['mon', 'tue', 'wed', 'thu', 'fri']],
    [
      '土〜月',
      ['sat', 'sun', 'mon'].sort(
        (a, b) =>
          ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(a) -
          ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(b),
      ),
    ],
    ['不定期', []],
  ])('%s', (text, days) => expect(parseWeekdays(text)).toEqual(days));
});
