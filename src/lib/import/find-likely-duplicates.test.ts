import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../../../tests/helpers/shared-data';
import type { LngLat } from '../domain/types';
import { findLikelyDuplicates } from './find-likely-duplicates';
import { prepareImport } from './prepare-import';
import { sampleTownsZip } from './__fixtures__/write-shapefile';

const at = (name: string, lng: number, lat: number) => ({ name, location: [lng, lat] as LngLat });
/** A point `m` metres north of [lng, lat]. */
const north = (lng: number, lat: number, m: number): [number, number] => [lng, lat + m / 111_195];

describe('findLikelyDuplicates', () => {
  it('pairs the same normalised name within 100 m, not beyond', () => {
    const pairs = findLikelyDuplicates([
      at('京ヶ島公民館', 139, 36.3),
      at('京ケ島 公民館', ...north(139, 36.3, 99)),
      at('京ヶ島公民館', ...north(139, 36.3, 250)),
    ]);
    expect(pairs).toEqual([
      {
        first: 0,
        second: 1,
        distanceM: expect.closeTo(99, 0) as unknown as number,
        reason: 'same_name',
      },
    ]);
  });

  it('pairs near-identical names (brackets, generic words, the city name) within 30 m only', () => {
    const base = at('中央公民館', 139, 36.3);
    const near = (name: string, m: number) => ({ name, location: north(139, 36.3, m) });
    expect(findLikelyDuplicates([base, near('中央公民館（体育館）', 20)])[0]?.reason).toBe(
      'similar_name',
    );
    expect(findLikelyDuplicates([base, near('市立中央公民館', 20)])[0]?.reason).toBe(
      'similar_name',
    );
    expect(
      findLikelyDuplicates([base, near('高崎市中央公民館', 20)], { cityWords: ['高崎市'] })[0]
        ?.reason,
    ).toBe('similar_name');
    expect(findLikelyDuplicates([base, near('中央公民館一帯', 29)])).toHaveLength(1);
    expect(findLikelyDuplicates([base, near('中央公民館一帯', 40)])).toEqual([]);
    expect(
      findLikelyDuplicates(
        [at('高崎市立中央公民館（本館）', 139, 36.3), near('中央公民館敷地', 10)],
        { cityWords: ['高崎'] },
      )[0]?.reason,
    ).toBe('similar_name');
    // A name that is only generic words says nothing.
    expect(findLikelyDuplicates([at('体育館', 139, 36.3), near('市立体育館', 10)])).toEqual([]);
    // A different proper noun or a sister site is not a duplicate, however close.
    expect(
      findLikelyDuplicates([
        at('老人保健施設福寿苑', 139, 36.3),
        { name: '老人保健施設幸寿苑', location: north(139, 36.3, 5) },
      ]),
    ).toEqual([]);
    expect(
      findLikelyDuplicates([
        at('ケアサポートセンターようざん', 139, 36.3),
        { name: 'ケアサポートセンターようざん並榎', location: north(139, 36.3, 4) },
      ]),
    ).toEqual([]);
  });

  it('never pairs places without a location, and skips pairs before fromIndex', () => {
    expect(
      findLikelyDuplicates([
        { name: 'A', location: null },
        { name: 'A', location: null },
      ]),
    ).toEqual([]);
    const three = [at('A館', 139, 36.3), at('A館', 139, 36.3), at('A館', 139, 36.3)];
    // Each place once, with the earliest place it repeats.
    expect(findLikelyDuplicates(three).map((p) => [p.first, p.second])).toEqual([
      [0, 1],
      [0, 2],
    ]);
    expect(findLikelyDuplicates(three, { fromIndex: 2 }).map((p) => [p.first, p.second])).toEqual([
      [0, 2],
    ]);
  });

  it('agrees with a brute-force scan on random points (same names): each place with the earliest it repeats', () => {
    let seed = 3;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const items = Array.from({ length: 300 }, () =>
      at(`館${Math.floor(rnd() * 5)}`, 139 + rnd() * 0.01, 36.3 + rnd() * 0.01),
    );
    const fast = findLikelyDuplicates(items).map((p) => `${p.first}-${p.second}`);
    const slow: string[] = [];
    for (let j = 0; j < items.length; j++)
      for (let i = 0; i < j; i++) {
        if (slow.at(-1)?.endsWith(`-${j}`)) break;
        const [a, b] = [items[i]!.location!, items[j]!.location!];
        const dLat = ((b[1] - a[1]) * Math.PI) / 180;
        const dLng = ((b[0] - a[0]) * Math.PI) / 180;
        const h =
          Math.sin(dLat / 2) ** 2 +
          Math.cos((a[1] * Math.PI) / 180) *
            Math.cos((b[1] * Math.PI) / 180) *
            Math.sin(dLng / 2) ** 2;
        if (items[i]!.name === items[j]!.name && 2 * 6371008.8 * Math.asin(Math.sqrt(h)) <= 100)
          slow.push(`${i}-${j}`);
      }
    expect(fast).toEqual(slow);
  });

  it('finds the shelters both real GSI lists name (Takasaki 117, Chiba 中央区 53), and none inside one list', () => {
    const read = (city: string, file: string) =>
      (
        JSON.parse(readFileSync(sharedData(city, file), 'utf8')) as {
          features: Array<{ properties: { name: string }; geometry: { coordinates: LngLat } }>;
        }
      ).features.map((f) => ({
        name: f.properties.name,
        location: f.geometry.coordinates,
      }));
    for (const [city, expected] of [
      ['takasaki', 117],
      ['chiba_chuo', 53],
    ] as const) {
      const evacuation = read(city, 'shelters_designated_evacuation.geojson');
      const emergency = read(city, 'shelters_designated_emergency.geojson');
      expect(findLikelyDuplicates(evacuation, { cityWords: ['高崎市', '千葉市'] })).toEqual([]);
      expect(findLikelyDuplicates(emergency)).toEqual([]);
      const both = findLikelyDuplicates([...evacuation, ...emergency], {
        fromIndex: evacuation.length,
      });
      expect(both.filter((p) => p.reason === 'same_name')).toHaveLength(expected);
    }
  });

  it('finds the one repeat among 100,000 places at 400 shared points (a grid per name, not all pairs)', () => {
    const items = Array.from({ length: 100_000 }, (_, i) =>
      at(`サロン${i}`, 139 + (i % 400) * 0.001, 36.3),
    );
    items.push(at('サロン7', 139 + 7 * 0.001, 36.3));
    const pairs = findLikelyDuplicates(items);
    expect(pairs).toEqual([{ first: 7, second: 100_000, distanceM: 0, reason: 'same_name' }]);
  }, 60_000);
});

describe('the dry run with a doubled shelter list', () => {
  const csv = {
    name: 'doubled-shelters.csv',
    bytes: new Uint8Array(
      readFileSync(new URL('./__fixtures__/doubled-shelters.csv', import.meta.url)),
    ),
  };
  const request = (keepDuplicates?: boolean) => ({
    city: { name: '高崎市', code: '10202' },
    boundaries: { file: { name: 'h27ka10202.zip', bytes: sampleTownsZip() } },
    mapping: {
      file: { name: 'd.csv', bytes: new TextEncoder().encode('town_name,district\n*,中央\n') },
    },
    places: [{ file: csv, kind: 'gathering_place' as const }],
    keepDuplicates,
  });
  const empty = { areas: [], resources: [], dataSources: [], site: null };

  it('creates the first of each and lists the others with their rows', async () => {
    const plan = await prepareImport(request(), empty);
    expect(plan.report.ok).toBe(true);
    expect(plan.report.duplicates.map((d) => [d.row, d.of.row, d.reason, d.created])).toEqual([
      [4, 2, 'same_name', false],
      [5, 3, 'similar_name', false],
    ]);
    const created = plan.ops.filter((o) => o.collection === 'resources').map((o) => o.origin.row);
    expect(created).toEqual([2, 3, 6, 7, 8]);
    expect(
      plan.report.issues.filter((i) => i.code === 'likelyDuplicate').map((i) => i.row),
    ).toEqual([4, 5]);
  });

  it('creates every row with keepDuplicates, still listing them', async () => {
    const plan = await prepareImport(request(true), empty);
    expect(plan.ops.filter((o) => o.collection === 'resources')).toHaveLength(7);
    expect(plan.report.duplicates.every((d) => d.created)).toBe(true);
  });

  it('does not create a row again that the directory already has (within 100 m), and re-imports update, not flag', async () => {
    const first = await prepareImport(request(), empty);
    const resources = first.ops.flatMap((o) =>
      o.collection === 'resources' ? [{ ...o.record, updatedAt: '' }] : [],
    );
    const areas = first.ops.flatMap((o) => (o.collection === 'areas' ? [o.record] : []));
    const again = await prepareImport(request(), { ...empty, areas, resources });
    expect(again.report.duplicates.map((d) => d.row)).toEqual([4, 5]);
    expect(again.ops.filter((o) => o.collection === 'resources')).toEqual([]);
    // The same places from another file: each one meets its directory copy.
    const other = {
      ...request(),
      places: [{ file: { ...csv, name: 'other.csv' }, kind: 'gathering_place' as const }],
    };
    const fromOther = await prepareImport(other, { ...empty, areas, resources });
    expect(
      fromOther.report.issues
        .filter((i) => i.code === 'likelyDuplicateOfDirectory')
        .map((i) => i.row),
    ).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(fromOther.ops.filter((o) => o.collection === 'resources')).toEqual([]);
  });
});
