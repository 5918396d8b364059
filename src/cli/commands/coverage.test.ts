import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureConsole } from '../__fixtures__/capture-console';
import { main } from '../main';
import { meshCodeAt } from '../../lib/geo/mesh-code';

/*
 * Hand fixture (src/lib/geo/__fixtures__), 100 m mesh from (139.1°E, 36.3°N): cells are
 * 4.5″ × 3″ ≈ 112.0 m × 92.7 m there, so the diagonal neighbour is ≈ 145.4 m away.
 *   東区 = cells 0–3 × rows 0–3 (16 cells); 西区 = cells 4–7 (two features, one name).
 *   Population: 3,200 (65+: 640) over those 32 cells → 100 (20) per cell, plus 50 (10) in
 *   two cells east of both districts (in no area).
 *   One place at the centre of cell (1, 1); walk 150 m covers the 3 × 3 block around it
 *   (side neighbours at 112 m and 93 m, diagonals at 145 m; the next ring starts at 185 m).
 *   → 東区 900 covered / 700 uncovered; 西区 0 / 1,600; unassigned 50.
 */
const fx = (name: string): string =>
  fileURLToPath(new URL(`../../lib/geo/__fixtures__/${name}`, import.meta.url));

afterEach(() => vi.restoreAllMocks());

const capture = captureConsole;

const base = (overrides: Record<string, string> = {}): string[] => {
  const flags: Record<string, string> = {
    '--areas': fx('two-districts.geojson'),
    '--area-name': 'name',
    '--population': fx('two-districts-population.geojson'),
    '--population-field': 'JINKO',
    '--places': fx('one-place.geojson'),
    '--walk-m': '150',
    ...overrides,
  };
  return ['coverage', ...Object.entries(flags).flat(), '--json'];
};

describe('sasaeai coverage', () => {
  it('prints the documented JSON for the hand fixture', async () => {
    const { out, err } = capture();
    expect(await main(base({ '--population65-field': '高齢者' }))).toBe(0);
    expect(err).toEqual([]);
    expect(JSON.parse(out.join(''))).toEqual({
      walkM: 150,
      mesh: 100,
      mode: 'straight',
      totals: {
        population: 3250,
        covered: 900,
        uncovered: 2350,
        unassigned: 50,
        population65: 650,
        uncovered65: 470,
      },
      areas: [
        {
          name: '東区',
          population: 1600,
          covered: 900,
          uncovered: 700,
          population65: 320,
          uncovered65: 140,
        },
        {
          name: '西区',
          population: 1600,
          covered: 0,
          uncovered: 1600,
          population65: 320,
          uncovered65: 320,
        },
      ],
    });
  });

  it('reads places from CSV and population from mesh codes with the same result', async () => {
    const { out } = capture();
    expect(
      await main(
        base({
          '--places': fx('one-place.csv'),
          '--population': fx('two-districts-mesh.csv'),
          '--population-field': 'population',
        }),
      ),
    ).toBe(0);
    const r = JSON.parse(out.join(''));
    expect(r.totals).toEqual({ population: 3200, covered: 900, uncovered: 2300, unassigned: 0 });
    expect(r.areas.map((a: { uncovered: number }) => a.uncovered)).toEqual([700, 1600]);
  });

  it('shrinks coverage below the diagonal distance and grows it with the walk', async () => {
    const { out } = capture();
    await main(base({ '--walk-m': '140' })); // diagonals (145 m) drop out → 5 cells
    await main(base({ '--walk-m': '0' })); // the place is exactly at a cell centre → that cell only
    const [a, b] = out.map((s) => JSON.parse(s));
    expect(a.totals.covered).toBe(500);
    expect(b.totals.covered).toBe(100);
  });

  it('suggests the candidate that adds the most people first, with 250 m and 500 m meshes accepted', async () => {
    const { out } = capture();
    expect(
      await main([...base(), '--suggest', '2', '--candidates', fx('two-candidates.geojson')]),
    ).toBe(0);
    const r = JSON.parse(out.join(''));
    // 西公民館 (cell 5,1) covers 9 uncovered 西区 cells; 東集会所 (2,2) then adds 5 (4 of its 9 are covered).
    expect(
      r.suggestions.map((s: { name: string; extraCovered: number; rank: number }) => [
        s.rank,
        s.name,
        s.extraCovered,
      ]),
    ).toEqual([
      [1, '西公民館', 900],
      [2, '東集会所', 500],
    ]);
    // Without a candidates file, sites are uncovered cells, named by their mesh code.
    out.length = 0;
    expect(await main([...base(), '--suggest', '1'])).toBe(0);
    const [cell] = JSON.parse(out.join('')).suggestions as Array<{
      name: string;
      lng: number;
      lat: number;
    }>;
    expect(cell!.name).toBe(meshCodeAt(cell!.lng, cell!.lat, 100));
    out.length = 0;
    expect(await main(base({ '--mesh': '250', '--walk-m': '1000' }))).toBe(0);
    expect(JSON.parse(out.join('')).mesh).toBe(250);
  });

  it.each([
    [{ '--places': fx('missing.geojson') }, /places file .*missing\.geojson: not found/],
    [{ '--areas': fx('truncated.geojson') }, /areas file .*truncated\.geojson: not valid JSON/],
    [
      { '--places': fx('lat-lon-swapped.csv') },
      /places file .*lat-lon-swapped\.csv: row 2: coordinates \[36\.3\d*, 139\.1\d*\] are out of range/,
    ],
    [
      { '--population-field': 'POP' },
      /population file .*: no field 'POP' \(--population-field\); fields are: JINKO, 高齢者/,
    ],
    [{ '--area-name': 'NAME' }, /areas file .*: no field 'NAME'/],
    [{ '--mesh': '1000' }, /--mesh must be 100, 250 or 500/],
    [{ '--walk-m': 'far' }, /--walk-m must be a distance/],
    [
      { '--areas': fx('one-place.geojson') },
      /areas file .*: feature 1 is a Point; areas must be polygons/,
    ],
  ])('fails with a message naming the file and the problem (%#)', async (flags, message) => {
    const { out, err } = capture();
    expect(await main(base(flags as Record<string, string>))).not.toBe(0);
    expect(out).toEqual([]);
    expect(err.join('\n')).toMatch(message);
  });
});
