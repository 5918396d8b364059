import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/browser/esm/sync';
import { readCsvTable } from './read-csv-table';
import { encodeShiftJis } from './__fixtures__/write-shapefile';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('readCsvTable', () => {
  it('reads rows keyed by header with their line numbers (BOM, quotes, CRLF)', () => {
    const t = readCsvTable({
      name: 'a.csv',
      bytes: utf8('\uFEFFID, 名称 \r\n1,"公民館\r\n別館"\r\n\r\n2,集会所\r\n'),
    });
    expect(t.issues.issues).toEqual([]);
    expect(t.header).toEqual(['ID', '名称']);
    // Line numbers as csv-parse counts them (the reader before streaming gave the same).
    expect(t.rows).toEqual([
      { line: 4, values: { ID: '1', 名称: '公民館\r\n別館' } },
      { line: 6, values: { ID: '2', 名称: '集会所' } },
    ]);
  });

  it('gives the same rows when a multi-byte character and a quoted field straddle the 1 MiB steps', () => {
    // Rows of varying length so that some boundary falls inside 「…」 and inside a quoted field.
    const lines = ['ID,名称,備考'];
    for (let i = 0, chars = 0; chars < 800_000; i++) {
      lines.push(`${i},長寿センター${'あ'.repeat(i % 7)},"一行目\n二行目,${i}"`);
      chars += lines.at(-1)!.length + 1;
    }
    const text = lines.join('\n') + '\n';
    // The oracle: csv-parse's one-shot parser over the whole decoded text (the reader before streaming).
    const expected = (
      parse(text, {
        relax_column_count: true,
        skip_empty_lines: true,
        info: true,
      }) as unknown as Array<{ record: string[]; info: { lines: number } }>
    )
      .slice(1)
      .map(({ record, info }) => ({
        line: info.lines,
        values: { ID: record[0], 名称: record[1], 備考: record[2] },
      }));
    expect(expected).toHaveLength(lines.length - 1);
    for (const bytes of [utf8(text), encodeShiftJis(text)]) {
      expect(bytes.length).toBeGreaterThan(2 ** 20);
      const t = readCsvTable({ name: 'big.csv', bytes });
      expect(t.issues.issues).toEqual([]);
      expect(t.rows.length).toBe(expected.length);
      expect(JSON.stringify(t.rows) === JSON.stringify(expected)).toBe(true);
    }
  }, 60_000);

  it('names an unreadable encoding, a broken quote and an empty file', () => {
    expect(readCsvTable({ name: 'e.csv', bytes: new Uint8Array() }).issues.issues[0]).toMatchObject(
      { code: 'fileEmpty' },
    );
    expect(
      readCsvTable({ name: 'h.csv', bytes: utf8('ID,名称\n') }).issues.issues[0],
    ).toMatchObject({ code: 'noDataRows' });
    expect(
      readCsvTable({ name: 'q.csv', bytes: utf8('ID,名称\n1,"open\n') }).issues.issues[0],
    ).toMatchObject({ code: 'csvUnreadable' });
    expect(
      readCsvTable({ name: 'b.csv', bytes: new Uint8Array([0x49, 0x44, 0x0a, 0xff, 0xff, 0x0a]) })
        .issues.issues[0],
    ).toMatchObject({ code: 'notTextAuto', row: 2 });
  });

  it('stops at maxRows with an error naming the file and the limit, before reading the rest', () => {
    const rows = (n: number) =>
      utf8('ID,名称\n' + Array.from({ length: n }, (_, i) => `${i},場所${i}\n`).join(''));
    expect(
      readCsvTable({ name: 'ok.csv', bytes: rows(5) }, 'auto', { maxRows: 5 }).rows,
    ).toHaveLength(5);
    const over = readCsvTable({ name: 'big.csv', bytes: rows(6) }, 'auto', { maxRows: 5 });
    expect(over.rows).toEqual([]);
    expect(over.issues.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'big.csv',
        code: 'csvTooManyRows',
        params: { limit: 5 },
      }),
    ]);
    // A broken row far beyond the limit is never reached: reading stopped at the limit.
    const brokenTail = utf8(new TextDecoder().decode(rows(6)) + '"never closed\n');
    expect(
      readCsvTable({ name: 'big.csv', bytes: brokenTail }, 'auto', { maxRows: 5 }).issues.issues[0],
    ).toMatchObject({ code: 'csvTooManyRows' });
  });
});
