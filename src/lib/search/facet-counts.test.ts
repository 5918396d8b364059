import { describe, expect, it } from 'vitest';
import { demoSearch } from './__fixtures__/demo-search-index';
import { buildSearchIndex } from './build-search-index';
import { facetCounts } from './facet-counts';
import { matchText } from './match-text';
import { searchResources } from './search-resources';

const tiny = buildSearchIndex(
  [
    {
      id: 'a',
      name: 'A',
      facets: { day: ['wed'], cost: ['free'], features: ['step_free', 'pick_up'] },
    },
    {
      id: 'b',
      name: 'B',
      facets: { day: ['wed', 'thu'], cost: ['more'], features: ['step_free'] },
    },
    { id: 'c', name: 'C', facets: { day: ['thu'], cost: ['free'], features: [] } },
    { id: 'd', name: 'D', facets: { day: [], cost: ['free'], features: ['pick_up'] } },
  ],
  [
    { name: 'day', values: ['mon', 'wed', 'thu'] },
    { name: 'cost', values: ['free', 'more'] },
    { name: 'features', values: ['step_free', 'pick_up'], mode: 'and' },
  ],
);
const all = Int32Array.from([0, 1, 2, 3]);
const ids = (docs: Int32Array) => Array.from(docs, (d) => tiny.ids[d]);

describe('facetCounts', () => {
  it('counts every value, keeping zero-count values', () => {
    const r = facetCounts(tiny, all, {});
    expect(ids(r.docs)).toEqual(['a', 'b', 'c', 'd']);
    expect(r.counts.day).toEqual({ mon: 0, wed: 2, thu: 2 });
    expect(r.counts.cost).toEqual({ free: 3, more: 1 });
  });

  it('ORs values within a facet and counts it as if each value were added', () => {
    const r = facetCounts(tiny, all, { day: ['wed'] });
    expect(ids(r.docs)).toEqual(['a', 'b']);
    // Choosing 水 must not hide 木: its count says what adding 木 would give.
    expect(r.counts.day).toEqual({ mon: 0, wed: 2, thu: 2 });
    expect(r.counts.cost).toEqual({ free: 1, more: 1 });
    expect(ids(facetCounts(tiny, all, { day: ['wed', 'thu'] }).docs)).toEqual(['a', 'b', 'c']);
  });

  it('ANDs facets with each other and counts each under the others', () => {
    const r = facetCounts(tiny, all, { day: ['wed'], cost: ['free'] });
    expect(ids(r.docs)).toEqual(['a']);
    expect(r.counts.day).toEqual({ mon: 0, wed: 1, thu: 1 }); // a; c is free on Thursday
    expect(r.counts.cost).toEqual({ free: 1, more: 1 }); // a; b is Wednesday but costs more
  });

  it('requires every selected value of an AND facet', () => {
    const r = facetCounts(tiny, all, { features: ['step_free', 'pick_up'] });
    expect(ids(r.docs)).toEqual(['a']);
    expect(r.counts.features).toEqual({ step_free: 1, pick_up: 1 });
  });

  it('keeps the order of the input documents and ignores unknown facets and values', () => {
    expect(
      ids(
        facetCounts(tiny, Int32Array.from([3, 0]), { cost: ['free'], nope: ['x'], day: ['sun'] })
          .docs,
      ),
    ).toEqual(['d', 'a']);
  });

  it('filters the demo city: 買い物 on Wednesday, free, in one district', () => {
    const { index, resources, districtIdByName } = demoSearch();
    const district = districtIdByName['北川地区']!;
    const text = matchText(index, '買い物');
    const r = facetCounts(index, text.docs, {
      district: [district],
      cost: ['free'],
      weekday: ['wed'],
    });
    for (const d of r.docs) {
      const res = resources[d]!;
      expect([res.districtId, ...res.serviceDistrictIds]).toContain(district);
      expect(res.cost.amountYen === 0 || res.cost.unit === 'free').toBe(true);
    }
    const sum = Object.values(r.counts.kind!).reduce((s, n) => s + n, 0);
    expect(sum).toBe(r.docs.length);
    // Same through the whole pipeline.
    const via = searchResources(index, {
      query: '買い物',
      facets: { district: [district], cost: ['free'], weekday: ['wed'] },
    });
    expect(via.total).toBe(r.docs.length);
  });
});
