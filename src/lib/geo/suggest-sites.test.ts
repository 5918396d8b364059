import { describe, expect, it } from 'vitest';
import { classifyCoverage } from './classify-coverage';
import { populationGrid, type GridEntry } from './population-grid';
import { forEachCellWithinM } from './for-each-cell-within-m';
import { suggestSites } from './suggest-sites';
import { uncoveredCellCandidates } from './uncovered-cell-candidates';

const W = 4.5 / 3600;
const H = 3 / 3600;
const centre = (c: number, r: number): [number, number] => [
  139.1 + (c + 0.5) * W,
  36.3 + (r + 0.5) * H,
];

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
    const cands = [0, 1, 4, 5, 8].map((c) => ({
      lng: centre(c, 0)[0],
      lat: centre(c, 0)[1],
      name: `c${c}`,
    }));
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
    const cands = [1, 5].map((c) => ({
      lng: centre(c, 0)[0],
      lat: centre(c, 0)[1],
      name: `c${c}`,
    }));
    expect(
      suggestSites(grid, none, cands, { walkM: 120, k: 1, weight: 'population65' })[0]?.name,
    ).toBe('c5');
    const covered = classifyCoverage(grid, [centre(1, 0)], 120);
    const got = suggestSites(grid, covered, cands, { walkM: 120, k: 2 });
    expect(got.map((s) => s.name)).toEqual(['c5']);
  });

  it('on a random town with every uncovered cell a candidate: each pick adds exactly what classification then covers, as a brute-force greedy picks', () => {
    let seed = 5;
    const rnd = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const town: GridEntry[] = [];
    for (let r = 0; r < 40; r++) {
      for (let c = 0; c < 50; c++) {
        if (rnd() < 0.8) {
          const population = Math.round(rnd() * 60);
          town.push({
            col: 31280 + c,
            row: 43560 + r,
            population,
            population65: Math.round(rnd() * population * 0.5),
          });
        }
      }
    }
    const g = populationGrid(town, 100);
    const places: [number, number][] = [centre(10, 10), centre(30, 25)];
    for (const weight of ['population', 'population65'] as const) {
      const walkM = 450;
      const covered = classifyCoverage(g, places, walkM);
      const cands = uncoveredCellCandidates(g, covered, (i) => `cell${i}`);
      const got = suggestSites(g, covered, cands, { walkM, k: 6, weight });
      expect(got).toHaveLength(6);
      const sum = (cov: Uint8Array, w: Float64Array): number =>
        cov.reduce((s, v, i) => s + (v ? w[i]! : 0), 0);
      let now = [...places];
      for (const s of got) {
        const before = classifyCoverage(g, now, walkM);
        now = [...now, [s.lng, s.lat]];
        const after = classifyCoverage(g, now, walkM);
        expect(sum(after, g.population) - sum(before, g.population)).toBeCloseTo(s.extraCovered, 6);
        expect(sum(after, g.population65) - sum(before, g.population65)).toBeCloseTo(
          s.extraCovered65!,
          6,
        );
      }
      // Brute force: every candidate's gain over its cells, every round.
      const w = weight === 'population65' ? g.population65 : g.population;
      const taken = Uint8Array.from(covered);
      const brute: string[] = [];
      for (let round = 0; round < 6; round++) {
        let best = -1;
        let bestGain = 1e-6;
        cands.forEach((c, k) => {
          let gain = 0;
          forEachCellWithinM(g, c.lng, c.lat, walkM, (i) => void (gain += taken[i] ? 0 : w[i]!));
          if (gain > bestGain + 1e-9) [best, bestGain] = [k, gain];
        });
        brute.push(cands[best]!.name);
        forEachCellWithinM(
          g,
          cands[best]!.lng,
          cands[best]!.lat,
          walkM,
          (i) => void (taken[i] = 1),
        );
      }
      expect(got.map((s) => s.name)).toEqual(brute);
    }
  });

  it('offers the uncovered populated cells as candidates by default', () => {
    const covered = classifyCoverage(grid, [centre(1, 0)], 120);
    expect(uncoveredCellCandidates(grid, covered, (i) => String(i))).toHaveLength(7);
  });
});
