import { describe, expect, it } from 'vitest';
import { toCsv } from './to-csv';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks (RFC 4180), ends every record with CRLF, starts with a BOM', () => {
    expect(
      toCsv([
        ['名称', '費用'],
        ['サロン「結」, 本町', '1回 200円\n(お茶代 "実費")'],
      ]),
    ).toBe('\ufeff名称,費用\r\n"サロン「結」, 本町","1回 200円\n(お茶代 ""実費"")"\r\n');
    expect(toCsv([['a']], { bom: false })).toBe('a\r\n');
    expect(toCsv([])).toBe('\ufeff');
  });

  it('defuses text a spreadsheet would run as a formula (OWASP), also after leading white space', () => {
    const cells = [
      '=HYPERLINK("http://evil.example","x")',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
      '  =1+1',
      '\u3000@x',
      '-1',
    ];
    const written = toCsv([cells], { bom: false }).slice(0, -2);
    expect(written).toBe(
      [
        '"\'=HYPERLINK(""http://evil.example"",""x"")"',
        "'+1+1",
        "'-2+3",
        "'@SUM(A1)",
        "'\t=1",
        '"\'\r=1"',
        "'  =1+1",
        "'\u3000@x",
        "'-1",
      ].join(','),
    );
  });

  it('leaves harmless text alone, even with = + - @ inside', () => {
    expect(toCsv([['a=b', 'メール: x@example.com', '10-12時', '']], { bom: false })).toBe(
      'a=b,メール: x@example.com,10-12時,\r\n',
    );
  });

  it('writes numbers as numeric cells, unescaped; null, undefined and non-finite numbers empty', () => {
    expect(
      toCsv([[-1, 0, 36.30375, 1e21, null, undefined, Number.NaN, Infinity]], { bom: false }),
    ).toBe('-1,0,36.30375,1e+21,,,,\r\n');
  });
});
