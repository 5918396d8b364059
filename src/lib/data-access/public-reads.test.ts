// @vitest-environment happy-dom
/**
 * Where a snapshot read comes from: the data index.html carries (pb/index_with_data.go) only
 * for the document's first read while the page is young; any later read asks the server,
 * which the browser revalidates, so a page left open never reads its load-time data again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INLINE_SNAPSHOT_ID_PREFIX, PublicReads } from './public-reads';

const ORIGIN = 'http://127.0.0.1:8570';
const PLACE = {
  id: 'res1',
  name: 'さくらサロン',
  name_kana: 'さくらさろん',
  kind: 'gathering_place',
  status: 'active',
  is_public: true,
  location: { lon: 139.0, lat: 36.3 },
  schedule: {
    rules: [],
    closedDates: [],
    closedPeriods: [],
    closedOnPublicHolidays: false,
    note: '',
  },
  cost: { amountYen: 0, unit: 'free', note: '' },
  service_types: [],
  service_districts: [],
  accessibility: [],
};
let asked: string[];

/** The page's HTML carrying these documents, as the server inlines them. */
function carry(docs: Record<string, string>): void {
  document.body.innerHTML = Object.entries(docs)
    .map(
      ([name, json]) =>
        `<script type="application/json" id="${INLINE_SNAPSHOT_ID_PREFIX}${name}" data-version="abc">${json}</script>`,
    )
    .join('\n');
}

beforeEach(() => {
  asked = [];
  carry({
    site: JSON.stringify({ items: [] }),
    resources: JSON.stringify({ items: [PLACE] }),
  });
  vi.stubGlobal('fetch', (url: string) => {
    asked.push(url);
    const body = url.endsWith('/resources/res2') ? { ...PLACE, id: 'res2' } : { items: [] };
    return Promise.resolve(new Response(JSON.stringify(body)));
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('PublicReads and the data the page carries', () => {
  it('the first read takes the page data with no request (and drops its copy); after reset() the server is asked', async () => {
    const reads = new PublicReads(ORIGIN);
    expect(await reads.resources()).toMatchObject([{ id: 'res1', name: 'さくらサロン' }]);
    await reads.resources(); // shared: no request
    expect(asked).toEqual([]);
    expect(document.getElementById(`${INLINE_SNAPSHOT_ID_PREFIX}resources`)).toBeNull();
    reads.reset();
    expect(await reads.resources()).toEqual([]);
    expect(asked).toEqual([`${ORIGIN}/api/public/resources`]);
  });

  it('a document the page does not carry is asked of the server', async () => {
    const reads = new PublicReads(ORIGIN);
    await reads.site();
    await reads.areas();
    await reads.serviceTypes();
    expect(asked).toEqual([`${ORIGIN}/api/public/areas`, `${ORIGIN}/api/public/service_types`]);
  });

  it('a page open for more than 30 s asks the server', async () => {
    vi.spyOn(performance, 'now').mockReturnValue(31_000);
    await new PublicReads(ORIGIN).resources();
    expect(asked).toEqual([`${ORIGIN}/api/public/resources`]);
  });

  it('a place page finds its place in the carried list; a place not in it is asked of the server', async () => {
    const reads = new PublicReads(ORIGIN);
    expect(await reads.resource('res1')).toMatchObject({ id: 'res1', name: 'さくらサロン' });
    expect(asked).toEqual([]);
    expect(await reads.resource('res2')).toMatchObject({ id: 'res2' });
    expect(asked).toEqual([`${ORIGIN}/api/public/resources/res2`]);
  });

  it('after reset() a place is asked of the server, not taken from the page data', async () => {
    const reads = new PublicReads(ORIGIN);
    await reads.resources();
    reads.reset();
    await reads.resource('res2');
    await reads.resource('res1').catch(() => undefined);
    expect(asked).toEqual([
      `${ORIGIN}/api/public/resources/res2`,
      `${ORIGIN}/api/public/resources/res1`,
    ]);
  });

  it('page data that does not parse is asked of the server instead', async () => {
    carry({ resources: '{"items": [' });
    expect(await new PublicReads(ORIGIN).resources()).toEqual([]);
    expect(asked).toEqual([`${ORIGIN}/api/public/resources`]);
  });
});
