import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { relevanceReport } from '../../lib/search/__fixtures__/relevance-metrics';
import {
  TAKASAKI_HIRAGANA_QUERIES,
  TAKASAKI_SHELTER_QUERIES,
} from '../../lib/search/__fixtures__/takasaki-shelter-queries';
import { runMain } from '../__fixtures__/run-main';
import { sharedData } from '../../../tests/helpers/shared-data';

const SHELTERS = sharedData('takasaki', 'shelters_designated_evacuation.geojson');
const dir = mkdtempSync(join(tmpdir(), 'sasaeai-search-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const run = runMain;

/** `sasaeai search --places FILE --name-field name --query QUERY`, then the `extra` flags. */
const search = (places: string, query: string, ...extra: string[]) =>
  run(['search', '--places', places, '--name-field', 'name', '--query', query, ...extra]);

describe('sasaeai search', () => {
  const csv = join(dir, 'places.csv');
  writeFileSync(
    csv,
    '\ufeffname,kana,address\n高森健康体操教室,たかもりけんこうたいそうきょうしつ,さくら野市高森1\nサロン 京ヶ島,さろん きょうがしま,さくら野市京ヶ島2\n,,さくら野市名無し\nいきいきサロン,いきいきさろん,さくら野市本町\n',
  );

  it('prints a JSON array of names, best first, matching readings and ヶ variants', async () => {
    let r = await search(csv, 'たいそう', '--kana-field', 'kana', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(['高森健康体操教室']);
    r = await search(csv, '京ケ島', '--json');
    expect(JSON.parse(r.out)).toEqual(['サロン 京ヶ島']);
    r = await search(csv, 'ｻﾛﾝ', '--limit', '1', '--json');
    expect(JSON.parse(r.out)).toHaveLength(1);
  });

  it('names the missing flag, a bad limit and an unknown field', async () => {
    expect((await run(['search', '--places', csv, '--query', 'x'])).err).toContain('--name-field');
    expect((await search(csv, 'x', '--limit', '0')).err).toContain('--limit');
    const r = await run(['search', '--places', csv, '--name-field', '名称', '--query', 'x']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('"名称"');
    expect(r.err).toContain('name, kana, address');
  });

  it('rejects a file that is not a FeatureCollection', async () => {
    const bad = join(dir, 'bad.geojson');
    writeFileSync(bad, '{"type":"Feature"}');
    const r = await search(bad, 'x');
    expect(r.code).toBe(2);
    expect(r.err).toContain('not a GeoJSON FeatureCollection');
  });

  it.runIf(existsSync(SHELTERS))(
    'finds the real Takasaki shelters (labelled queries)',
    async () => {
      const results = new Map<string, string[]>();
      for (const q of TAKASAKI_SHELTER_QUERIES) {
        const r = await search(SHELTERS, q.query, '--limit', '20', '--json');
        expect(r.code, r.err).toBe(0);
        results.set(q.query, JSON.parse(r.out) as string[]);
      }
      const report = relevanceReport(TAKASAKI_SHELTER_QUERIES, (q) => results.get(q)!);
      console.info(
        'Takasaki shelters relevance',
        JSON.stringify({ ...report, failures: report.failures }),
      );
      expect(report.recallAt20).toBeGreaterThanOrEqual(0.95);
      expect(report.top5Rate).toBeGreaterThanOrEqual(0.9);
    },
  );

  it.runIf(existsSync(SHELTERS))(
    'finds the real Takasaki shelters typed in hiragana through generated readings (top 5 each)',
    async () => {
      const results = new Map<string, string[]>();
      for (const q of TAKASAKI_HIRAGANA_QUERIES) {
        const r = await search(SHELTERS, q.query, '--generate-readings', '--limit', '20', '--json');
        expect(r.code, r.err).toBe(0);
        results.set(q.query, JSON.parse(r.out) as string[]);
      }
      const report = relevanceReport(TAKASAKI_HIRAGANA_QUERIES, (q) => results.get(q)!);
      console.info('Takasaki shelters in hiragana', JSON.stringify(report));
      expect(report.failures).toEqual([]);
      // Without generated readings the same queries find nothing: the names carry no kana.
      const bare = await run([
        'search',
        '--places',
        SHELTERS,
        '--name-field',
        'name',
        '--query',
        TAKASAKI_HIRAGANA_QUERIES[0]!.query,
        '--json',
      ]);
      expect(JSON.parse(bare.out)).not.toContain(TAKASAKI_HIRAGANA_QUERIES[0]!.expected[0]);
    },
    60_000,
  );
});
