import { describe, expect, it } from 'vitest';
import { directoryQueryString, parseDirectoryQuery } from './directory-query';

const FACETS = ['district', 'weekday', 'cost'];

describe('directory query in the URL', () => {
  it('round-trips text, facets, sort and town', () => {
    const state = {
      q: '買い物　同行',
      facets: { weekday: ['wed', 'fri'], cost: ['free'] },
      sort: 'distance' as const,
      town: 'twn001',
    };
    const qs = directoryQueryString(state, FACETS);
    expect(qs).toBe(
      '?q=%E8%B2%B7%E3%81%84%E7%89%A9%E3%80%80%E5%90%8C%E8%A1%8C&weekday=wed%2Cfri&cost=free&sort=distance&town=twn001',
    );
    expect(parseDirectoryQuery(new URLSearchParams(qs), FACETS)).toEqual(state);
  });

  it('ignores unknown facets and sorts, drops duplicates and empty values', () => {
    const s = parseDirectoryQuery(
      new URLSearchParams('?weekday=wed,,wed&evil=1&sort=random'),
      FACETS,
    );
    expect(s).toEqual({ q: '', facets: { weekday: ['wed'] }, sort: 'relevance', town: '' });
    expect(directoryQueryString(s, FACETS)).toBe('?weekday=wed');
    expect(directoryQueryString({ q: '', facets: {}, sort: 'relevance', town: '' }, FACETS)).toBe(
      '',
    );
  });
});
