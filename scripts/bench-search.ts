/**
 * `npm run bench:search` — the directory search at 1,000, 10,000 and 100,000 records.
 *
 * Records are the demo city's 358 resources, repeated with a town name and number added to
 * name, reading and address so that names stay distinct (the mix of kinds, service types,
 * schedules and descriptions is the demo's). For each size it measures, in the same run:
 * - index build (ours: normalise + bigram index + facets) vs building a fuse.js index over all records;
 * - per keystroke, typing a set of queries one character at a time with a facet chosen:
 *   ours = text match + facet filter + live counts of every facet + sort, first 50 hits;
 *   fuse-only = plain `fuse.search` over all records (no facets: a lower bound for that approach).
 * Our keystrokes are timed REPEATS times over; p95 is over all those samples.
 * The last line is one JSON object (medians in ms).
 */
import Fuse from 'fuse.js';
import { generateDemoCity } from '../src/lib/demo-city/generate-demo-city';
import { PLACE_NAMES } from '../src/lib/demo-city/place-names';
import { SERVICE_TYPE_CATALOG } from '../src/lib/domain/service-type-catalog';
import type { Resource, ServiceType } from '../src/lib/domain/types';
import { buildSearchIndex, SEARCH_FIELDS } from '../src/lib/search/build-search-index';
import { resourceSearchDocuments } from '../src/lib/search/resource-search-documents';
import { searchResources } from '../src/lib/search/search-resources';

const SIZES = [1_000, 10_000, 100_000];
/** Typed one character at a time; the typo query exercises the fuzzy stage. */
const TYPED = [
  'いきいきサロン',
  '買い物 水',
  'たいそう',
  'ぼらんてあ',
  '緑ケ丘 サロン',
  'ｺﾐｭﾆﾃｨｶﾌｪ',
];
const FUSE_KEYSTROKES_AT_100K = 6;
/** Our keystroke sequence is typed this many times (the machine is shared: more samples, steadier medians). */
const REPEATS = 3;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (x: number): number => Math.round(x * 100) / 100;
function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const v = fn();
  return [v, performance.now() - t0];
}

const ds = generateDemoCity();
const serviceTypes: ServiceType[] = SERVICE_TYPE_CATALOG.map((s, i) => ({
  id: s.code,
  ...s,
  sortOrder: i,
}));
const base: Resource[] = ds.resources.map(({ serviceTypeCodes, ...r }) => ({
  ...r,
  serviceTypeIds: serviceTypeCodes,
  updatedAt: '',
}));
const towns = [...PLACE_NAMES.urbanTowns, ...PLACE_NAMES.estateTowns, ...PLACE_NAMES.ruralTowns];
const lookups = {
  serviceTypes,
  areas: ds.areas.filter((a) => a.kind === 'district' || a.kind === 'daily_life_area'),
  organizations: ds.organizations,
};

function records(n: number): Resource[] {
  const out: Resource[] = [];
  for (let i = 0; i < n; i++) {
    const r = base[i % base.length]!;
    const round = Math.floor(i / base.length);
    if (round === 0) {
      out.push(r);
      continue;
    }
    const [town, kana] = towns[(i * 7 + round) % towns.length]!;
    out.push({
      ...r,
      id: `b${i.toString(36).padStart(14, '0')}`,
      name: `${r.name} ${town}${round}`,
      nameKana: `${r.nameKana} ${kana}`,
      address: `${town}${round}-${i % 50}`,
    });
  }
  return out;
}

const keystrokes = TYPED.flatMap((q) =>
  Array.from({ length: [...q].length }, (_, i) => [...q].slice(0, i + 1).join('')),
);
const facets = { weekday: ['wed'] };
const summary: Record<string, number> = {};
console.log(`keystrokes per run: ${keystrokes.length}; facet chosen: weekday=wed`);
console.log(
  'records  build(ms)  fuseBuild(ms)  query+facets median/p95 (ms)  fuse-only median (ms)  ratio',
);

for (const n of SIZES) {
  const resources = records(n);
  const [index, buildMs] = time(() => {
    const { documents, facets: defs } = resourceSearchDocuments(resources, lookups);
    return buildSearchIndex(documents, defs);
  });
  const fuseDocs = index.fields;
  const [fuse, fuseBuildMs] = time(
    () =>
      new Fuse(fuseDocs, {
        keys: [...SEARCH_FIELDS],
        ignoreLocation: true,
        threshold: 0.4,
        includeScore: true,
      }),
  );

  for (const q of keystrokes.slice(0, 5)) searchResources(index, { query: q, facets, limit: 50 }); // warm-up
  const ours: number[] = [];
  for (let rep = 0; rep < REPEATS; rep++)
    for (const q of keystrokes)
      ours.push(time(() => searchResources(index, { query: q, facets, limit: 50 }))[1]);

  const fuseStrokes =
    n >= 100_000
      ? keystrokes.filter(
          (_, i) => i % Math.ceil(keystrokes.length / FUSE_KEYSTROKES_AT_100K) === 0,
        )
      : keystrokes;
  fuse.search('さろん');
  const fuseMs: number[] = [];
  for (const q of fuseStrokes) fuseMs.push(time(() => fuse.search(q))[1]);

  const key = n >= 1000 ? `${n / 1000}k` : String(n);
  summary[`buildMs${key}`] = round(buildMs);
  summary[`fuseBuildMs${key}`] = round(fuseBuildMs);
  summary[`queryMsMedian${key}`] = round(median(ours));
  summary[`queryMsP95${key}`] = round(
    [...ours].sort((a, b) => a - b)[Math.floor(ours.length * 0.95)]!,
  );
  summary[`fuseOnlyMsMedian${key}`] = round(median(fuseMs));
  summary[`speedup${key}`] = round(median(fuseMs) / median(ours));
  console.log(
    `${String(n).padStart(7)}  ${round(buildMs).toString().padStart(9)}  ${round(fuseBuildMs).toString().padStart(13)}  ${`${round(median(ours))} / ${summary[`queryMsP95${key}`]}`.padStart(28)}  ${round(median(fuseMs)).toString().padStart(21)}  ×${summary[`speedup${key}`]}`,
  );
}
console.log(JSON.stringify(summary));
