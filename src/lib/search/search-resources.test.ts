import { describe, expect, it } from 'vitest';
import { demoSearch } from './__fixtures__/demo-search-index';
import { relevanceReport } from './__fixtures__/relevance-metrics';
import { RELEVANCE_QUERIES } from './__fixtures__/relevance-queries';
import { buildSearchIndex } from './build-search-index';
import { searchResources } from './search-resources';

const names = (query: string, extra: Parameters<typeof searchResources>[1] = { query }) =>
  searchResources(demoSearch().index, { ...extra, query }).hits.map((h) => h.name);

describe('searchResources over the demo city', () => {
  it('meets the relevance bars on the labelled set (recall@20 ≥ 0.95, intended in top 5 ≥ 90%)', () => {
    const { index, resources } = demoSearch();
    const known = new Set(resources.map((r) => r.name));
    for (const q of RELEVANCE_QUERIES)
      for (const e of q.expected) expect(known.has(e), `label "${e}" exists`).toBe(true);
    expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(40);
    const report = relevanceReport(RELEVANCE_QUERIES, (q) =>
      searchResources(index, { query: q, limit: 20 }).hits.map((h) => h.name),
    );
    expect(report.failures.filter((f) => f.missing.length > 0)).toEqual([]);
    expect(report.recallAt20).toBeGreaterThanOrEqual(0.95);
    expect(report.top5Rate).toBeGreaterThanOrEqual(0.9);
  });

  it('matches the reading: たいそう finds 体操 classes, ranked by where the term is found', () => {
    const hits = names('たいそう');
    expect(hits.length).toBeGreaterThan(10);
    // Readings of names outrank the service type 「体操・運動教室」 (read たいそう), which still matches.
    const firstOther = hits.findIndex((n) => !n.includes('体操'));
    expect(firstOther).toBeGreaterThan(10);
    expect(hits.slice(firstOther).some((n) => n.startsWith('シニアヨガ'))).toBe(true);
    expect(names('たかもりけんこうたいそう')[0]).toBe('高森健康体操教室');
  });

  it('requires every space-separated term (ASCII or 全角) to match', () => {
    const both = names('中里　サロン');
    expect(both).toContain('中里ふれあいサロン');
    expect(both).not.toContain('中里百歳体操クラブ');
    expect(names('中里 サロン')).toEqual(both);
  });

  it('gives the same results for full-width, half-width, katakana and hiragana spellings', () => {
    expect(names('ｼﾙﾊﾞｰ')).toEqual(names('シルバー'));
    expect(names('しるばー')).toEqual(names('シルバー'));
    expect(names('緑ケ丘')).toEqual(names('緑ヶ丘'));
  });

  it('tolerates a typo in a longer word but not in a short one', () => {
    const typo = searchResources(demoSearch().index, { query: 'まごごろ弁当' });
    expect(typo.hits[0]?.name).toBe('まごころ弁当 配食サービス');
    expect(typo.hits[0]?.exact).toBe(false);
    expect(names('ごご')).not.toContain('まごころ弁当 配食サービス');
  });

  it('sorts by reading order and by estimated walking distance from an origin', () => {
    const { index } = demoSearch();
    const byName = searchResources(index, { query: 'サロン', sort: 'name' }).hits;
    const collator = new Intl.Collator('ja');
    const kana = byName.map((h) => demoSearch().resources[h.index]!.nameKana);
    for (let i = 1; i < kana.length; i++)
      expect(collator.compare(kana[i - 1]!, kana[i]!)).toBeLessThanOrEqual(0);

    const origin: [number, number] = [139.075, 36.3];
    const near = searchResources(index, { query: 'サロン', sort: 'distance', origin }).hits;
    const walks = near.map((h) => h.walkM).filter((w): w is number => w !== null);
    expect(walks.length).toBeGreaterThan(10);
    for (let i = 1; i < walks.length; i++) expect(walks[i]!).toBeGreaterThanOrEqual(walks[i - 1]!);
    expect(searchResources(index, { query: 'サロン' }).hits[0]?.walkM).toBeNull();
  });

  it('returns everything in reading order for an empty query, and honours limit but reports the total', () => {
    const { index, resources } = demoSearch();
    const all = searchResources(index, { query: '  ', limit: 5 });
    expect(all.total).toBe(resources.length);
    expect(all.hits).toHaveLength(5);
  });
});

describe('buildSearchIndex', () => {
  it('rejects a missing or repeated id, naming the document', () => {
    expect(() => buildSearchIndex([{ id: '', name: 'a' }])).toThrow(/document 1 \(a\)/);
    expect(() =>
      buildSearchIndex([
        { id: 'x', name: 'a' },
        { id: 'x', name: 'b' },
      ]),
    ).toThrow(/"x" appears twice \(document 2\)/);
  });
});
