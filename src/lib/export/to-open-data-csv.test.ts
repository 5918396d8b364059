import { describe, expect, it } from 'vitest';
import { generateDemoCity } from '../demo-city/generate-demo-city';
import { readPlaces } from '../import/read-places';
import { directoryFromDataset } from './public-directory';
import { OPEN_DATA_CSV_COLUMNS, openDataRows, toOpenDataCsv } from './to-open-data-csv';

const demo = generateDemoCity({});
const directory = directoryFromDataset(demo);
const csv = toOpenDataCsv(directory);
const bytes = new TextEncoder().encode(csv);

describe('toOpenDataCsv', () => {
  it('starts with a UTF-8 BOM and the standard header, CRLF line ends', () => {
    expect(bytes.slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1).split('\r\n')[0]).toBe(OPEN_DATA_CSV_COLUMNS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes commas, quotes and line breaks', () => {
    const r = {
      ...directory.resources[0]!,
      name: 'サロン "ひだまり", 本町',
      description: '一行目\n二行目',
    };
    const text = toOpenDataCsv({ ...directory, resources: [r] });
    expect(text).toContain('"サロン ""ひだまり"", 本町"');
    expect(text).toContain('"一行目\n二行目"');
    const back = readPlaces({ name: 'x.csv', bytes: new TextEncoder().encode(text) });
    expect(back.places[0]?.name).toBe('サロン "ひだまり", 本町');
    expect(back.places[0]?.note).toBe('一行目\n二行目');
  });

  it('round-trips through the importer: names, readings, addresses, exact points, phones, URLs, notes', () => {
    const back = readPlaces({ name: 'export.csv', bytes });
    expect(back.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(back.places).toHaveLength(directory.resources.length);
    directory.resources.forEach((r, i) => {
      const p = back.places[i]!;
      expect(p).toMatchObject({
        sourceId: r.id,
        name: r.name,
        nameKana: r.nameKana,
        address: r.address,
        phone: r.publicPhone,
        url: r.website,
        note: r.description,
      });
      expect(p.location).toEqual(r.location);
    });
  });

  it('writes only a plain every-week rule into 利用可能曜日/開始時間/終了時間, other schedules as words', () => {
    const rows = openDataRows(directory);
    const col = (name: string) =>
      OPEN_DATA_CSV_COLUMNS.indexOf(name as (typeof OPEN_DATA_CSV_COLUMNS)[number]);
    const back = readPlaces({ name: 'export.csv', bytes });
    let weekly = 0;
    let other = 0;
    directory.resources.forEach((r, i) => {
      const rule = r.schedule.rules.length === 1 ? r.schedule.rules[0]! : null;
      const p = back.places[i]!;
      if (rule?.type === 'weekly' && (rule.intervalWeeks ?? 1) === 1) {
        weekly++;
        expect(p.weekdays.slice().sort()).toEqual(rule.weekdays.slice().sort());
        expect([p.start, p.end]).toEqual([rule.start, rule.end]);
      } else {
        if (r.schedule.rules.length) other++;
        expect(p.weekdays).toEqual([]);
      }
      if (r.schedule.rules.length) expect(rows[i + 1]![col('利用可能日時特記事項')]).not.toBe('');
    });
    expect(weekly).toBeGreaterThan(0);
    expect(other).toBeGreaterThan(0);
  });

  it('never writes a private contact', () => {
    for (const c of demo.contacts) {
      if (c.directPhone) expect(csv).not.toContain(c.directPhone);
      if (c.email) expect(csv).not.toContain(c.email);
      if (c.personInCharge) expect(csv).not.toContain(c.personInCharge);
    }
  });
});
