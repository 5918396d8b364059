import { describe, expect, it } from 'vitest';
import { classifyCoverage } from './classify-coverage';
import { populationGrid, type GridEntry } from './population-grid';
import { suggestSites, uncoveredCellCandidates } from './suggest-sites';

const W = 4.5 / 3600;
const H = 3 / 3600;
const centre = (c: number, r: number): [number, number] => [139.1 + (c + 0.5) * W, 36.3 + (r + 0.5) * H];

describe('suggestSites', () => {
  // A row of 10 cells; cells 0–1 are dense (50 people), the rest 10 each. 65+ is the reverse.
  const entries: GridEntry[] = Array.from({ length: 10 }, (_, c) => ({
    col: 31280 + c,
    row: 43560,
    population: c < 2 ? 50 : 10,
    population65: c < 2 ? 1 : 8,
  }));
  const grid = populationGrid(entries, 100);
  const none = new Uint8Array(grid.n);

  it('picks greedily by extra people and stops when nothing is left to cover', () => {
    // walk 120 m reaches one neighbour each side (112 m) → a site covers 3 cells.
    const cands = [0, 1, 4, 5, 8].map((c) => ({ lng: centre(c, 0)[0], lat: centre(c, 0)[1], name: `c${c}` }));
    const got = suggestSites(grid, none, cands, { walkM: 120, k: 10 });
    // c1 covers cells 0–2 (110); then c4 3–5 (30) ties c5 4–6 (30): the first listed wins; then c8 7–9 (30); then c5 adds cell 6 (10).
    expect(got.map((s) => [s.name, s.extraCovered])).toEqual([
      ['c1', 110],
      ['c4', 30],
      ['c8', 30],
      ['c5', 10],
    ]);
    expect(got.map((s) => s.rank)).toEqual([1, 2, 3, 4]);
  });

  it('weights by 65+ when asked, and ignores already covered cells', () => {
    const cands = [1, 5].map((c) => ({ lng: centre(c, 0)[0], lat: centre(c, 0)[1], name: `c${c}` }));
    expect(suggestSites(grid, none, cands, { walkM: 120, k: 1, weight: 'population65' })[0]?.name).toBe('c5');
    const covered = classifyCoverage(grid, [centre(1, 0)], 120);
    const got = suggestSites(grid, covered, cands, { walkM: 120, k: 2 });
    expect(got.map((s) => s.name)).toEqual(['c5']);
  });

  it('offers the uncovered populated cells as candidates by default', () => {
    const covered = classifyCoverage(grid, [centre(1, 0)], 120);
    expect(uncoveredCellCandidates(grid, covered, (i) => String(i))).toHaveLength(7);
  });
});
