import { describe, expect, it } from 'vitest';
import { toCsv } from './shortlist-rows';

describe('toCsv', () => {
  it('quotes commas, quotes and newlines, starts with a BOM and ends lines with CRLF', () => {
    expect(toCsv([['名称', '費用'], ['サロン「結」, 本町', '1回 200円\n(お茶代 "実費")']])).toBe(
      '\ufeff名称,費用\r\n"サロン「結」, 本町","1回 200円\n(お茶代 ""実費"")"\r\n',
    );
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(toCsv([['=HYPERLINK("x")', '-1', 'ok']])).toBe('\ufeff"\'=HYPERLINK(""x"")",\'-1,ok\r\n');
  });
});
