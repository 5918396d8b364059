import { describe, expect, it } from 'vitest';
import { readPlaces } from './read-places';

const csv = (text: string) => ({ name: 'places.csv', bytes: new TextEncoder().encode(text) });
const HEADER = 'ID,名称,住所,緯度,経度,電話番号,利用可能曜日,開始時間,終了時間,URL\n';

describe('checkPlaceRow (through readPlaces)', () => {
  it('refuses a time that does not exist and an end before the start, naming row and column', () => {
    const r = readPlaces(
      csv(
        HEADER +
          '1,夜のサロン,高崎市,36.3,139.0,,月,25:00,09:00,\n2,朝のサロン,高崎市,36.3,139.0,,月,12:00,10:00,\n3,昼のサロン,高崎市,36.3,139.0,,月,10:00,12:00,\n',
      ),
    );
    expect(r.places.map((p) => p.name)).toEqual(['昼のサロン']);
    expect(r.issues).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        row: 2,
        field: '開始時間',
        code: 'timeInvalid',
        params: { value: '25:00' },
      }),
    );
    expect(r.issues).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        row: 3,
        field: '終了時間',
        code: 'timeEndBeforeStart',
      }),
    );
  });

  it('leaves out a phone or URL that is not one, with a warning; reads full-width digits', () => {
    const r = readPlaces(
      csv(
        HEADER +
          '1,サロンA,高崎市,36.3,139.0,abc-defg,,,,www.example.jp\n2,サロンB,高崎市,36.3,139.0,０２７-３２１-１２３４,,,,https://example.jp/\n',
      ),
    );
    const [a, b] = r.places;
    expect([a?.phone, a?.url]).toEqual(['', '']);
    expect([b?.phone, b?.url]).toEqual(['027-321-1234', 'https://example.jp/']);
    expect(r.issues).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        row: 2,
        field: '電話番号',
        code: 'phoneInvalid',
      }),
    );
    expect(r.issues).toContainEqual(
      expect.objectContaining({ severity: 'warning', row: 2, field: 'URL', code: 'urlInvalid' }),
    );
  });

  it('warns about a position outside Japan and weekdays it cannot read', () => {
    const r = readPlaces(
      csv(
        HEADER +
          '1,サロンA,高崎市,48.85,2.35,,,,,\n2,サロンB,高崎市,36.3,139.0,,随時,10:00,12:00,\n',
      ),
    );
    expect(r.places).toHaveLength(2);
    expect(r.issues).toContainEqual(
      expect.objectContaining({ severity: 'warning', row: 2, field: '緯度', code: 'outsideJapan' }),
    );
    expect(r.issues).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        row: 3,
        field: '利用可能曜日',
        code: 'weekdaysUnreadable',
      }),
    );
  });
});
