/**
 * The coordinators' printables (issue #17) in real Chromium against a real PocketBase with the
 * demo city: the monthly district calendar prints to A4 PDF pages whose text (pdftotext) holds
 * the month, the district and its sessions; the district page links the calendar feed and the
 * printable calendar; axe-core finds no violations on the calendar page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Gateway } from '../../src/lib/data-access/gateway';
import { toResource, type PbRecord } from '../../src/lib/data-access/records';
import { effectiveWalk } from '../../src/lib/domain/site-settings';
import type { LngLat } from '../../src/lib/domain/types';
import { districtWalkGaps } from '../../src/lib/geo/district-walk-gaps';
import { monthSessions } from '../../src/lib/domain/month-sessions';
import { SURVEY_DIMENSIONS } from '../../src/lib/domain/survey-tables';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import type { TestServer } from '../helpers/server';
import { anonymous, type ListBody, signInDemo } from '../integration/api';
import { collectErrors, newContext, expectAxeClean, signedInPage } from './browser';
import { withServerAndBrowser } from './server-and-browser';
import { printedPdf } from './printed-pdf';

let server: TestServer;
let browser: Browser;
let dir: string;
let district: PbRecord;
let places: PbRecord[];

withServerAndBrowser((s, b) => ([server, browser] = [s, b]));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sasaeai-print-'));
  const api = anonymous(server.url);
  const districts = (
    await api.get<ListBody<PbRecord>>(
      `/api/collections/areas/records?perPage=100&sort=code&filter=${encodeURIComponent('kind = "district"')}`,
    )
  ).body.items;
  district = districts[0]!;
  places = (
    await api.get<ListBody<PbRecord>>(
      `/api/collections/resources/records?perPage=500&filter=${encodeURIComponent(`district = "${district.id}"`)}`,
    )
  ).body.items;
}, 120_000);

afterAll(async () => {
  if (dir && !process.env.KEEP_PRINTS) rmSync(dir, { recursive: true, force: true });
  else if (dir) console.log('prints kept in', dir);
});

/** PDF of the page as printed (A4, print CSS) → { pages, text }. */
const printed = (page: Page, name: string) => printedPdf(page, join(dir, name));

describe('printable monthly district calendar', () => {
  it('prints every session of May 2026 of the public gathering places by date on A4 pages, with furigana, QR code and the support centre', async () => {
    const { context, foreignRequests } = await newContext(browser, server.url);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/districts/${district.id}/calendar?month=2026-05`);
    await page.getByTestId('monthly-heading').waitFor();
    await page.locator('.qr svg').waitFor();
    const heading = await page.getByTestId('monthly-heading').textContent();
    expect(heading).toContain(String(district.name));
    expect(heading).toContain('2026年5月');
    // Independent count: the schedule engine on the records as the API gives them.
    const days = monthSessions(
      places
        .map(toResource)
        .filter((r) => r.kind === 'gathering_place' && r.isPublic && r.status === 'active'),
      '2026-05',
    );
    const sessions = days.reduce((n, d) => n + d.sessions.length, 0);
    expect(sessions).toBeGreaterThan(5);
    expect(await page.locator('.day').count()).toBe(days.length);
    expect(await page.locator('.day li').count()).toBe(sessions);
    expect(await page.locator('.day rt').count()).toBeGreaterThan(0);

    await expectAxeClean(page);

    const pdf = await printed(page, 'calendar.pdf');
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.pages).toBeLessThanOrEqual(Math.ceil(sessions / 10) + 1);
    const flat = pdf.text.replace(/\s+/g, '');
    expect(flat).toContain(`${String(district.name)}`);
    expect(flat).toContain('2026年5月');
    const firstName = days[0]!.sessions[0]!.resource.name.replace(/\s+/g, '');
    expect(flat).toContain(firstName);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('is linked from the district profile, which also links its calendar feed', async () => {
    const { context } = await newContext(browser, server.url);
    const page = await context.newPage();
    await page.goto(`${server.url}/districts/${district.id}`);
    const feed = page.getByTestId('ics-district');
    await feed.waitFor();
    expect(await feed.getAttribute('href')).toBe(`/api/sasaeai/ics/district/${district.id}.ics`);
    const res = await fetch(`${server.url}${await feed.getAttribute('href')}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
    await context.close();
  });
});

describe('survey tables page', () => {
  it("shows tables that add up to each district's public gathering places, prints them and downloads them as CSV", async () => {
    const api = anonymous(server.url);
    const all = (
      await api.get<ListBody<PbRecord>>('/api/collections/resources/records?perPage=1000')
    ).body.items;
    const placesIn = (id: string) =>
      all.filter((r) => r.kind === 'gathering_place' && r.status === 'active' && r.district === id)
        .length;
    const { context } = await newContext(browser, server.url);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/survey?year=2026`);
    await page.getByTestId('survey-table-frequency').waitFor();
    expect(await page.getByTestId('survey-heading').textContent()).toContain('令和8年度');
    const rows = page.getByTestId('survey-table-frequency').locator('tbody tr');
    const count = await rows.count();
    expect(count).toBeGreaterThan(2);
    for (let i = 0; i < count - 1; i++) {
      const cells = await rows.nth(i).locator('td').allTextContents();
      const name = await rows.nth(i).locator('th').textContent();
      const districtRecord = (
        await api.get<ListBody<PbRecord>>(
          `/api/collections/areas/records?filter=${encodeURIComponent(`kind = "district" && name = "${name}"`)}`,
        )
      ).body.items[0]!;
      expect(Number(cells[0]), String(name)).toBe(placesIn(districtRecord.id));
      expect(cells.slice(1).reduce((n, c) => n + Number(c), 0)).toBe(Number(cells[0]));
    }
    await expectAxeClean(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('survey-csv').click(),
    ]);
    const csvPath = join(dir, 'survey.csv');
    await download.saveAs(csvPath);
    const csv = parse(readFileSync(csvPath), { bom: true }) as string[][];
    expect(csv[0]!.slice(0, 3)).toEqual(['年度', '地区', '通いの場の数']);
    expect(csv).toHaveLength(count + 1);

    const pdf = await printed(page, 'survey.pdf');
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    // The lead, then one table per page at most (each table is kept whole).
    expect(pdf.pages).toBeLessThanOrEqual(SURVEY_DIMENSIONS.length + 2);
    expect(pdf.text.replace(/\s+/g, '')).toContain('令和8年度');
    expect(pdf.text).toContain('週1回以上');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('council meeting pack', () => {
  it("prints the profile with the changes since the last meeting, records to confirm and residents' reports waiting", async () => {
    const coord = await signInDemo(server.url, 'coordinator@example.com');
    const districtId = (coord.record.districts as string[])[0]!;
    const mine = (
      await coord.get<ListBody<PbRecord>>(
        `/api/collections/resources/records?perPage=500&filter=${encodeURIComponent(`district = "${districtId}" && status = "active" && is_public = true`)}`,
      )
    ).body.items;
    const changed = mine[0]!;
    expect(
      (
        await coord.patch(`/api/collections/resources/records/${changed.id}`, {
          directions: '会議資料テスト：バス停から徒歩3分',
        })
      ).status,
    ).toBe(200);
    const reported = mine[1]!;
    const sent = await anonymous(server.url).post('/api/collections/suggestions/records', {
      resource: reported.id,
      topic: 'schedule',
      message: '会議資料テスト：第3木曜に変わりました',
    });
    expect(sent.status).toBe(200);

    const { context, page, errors } = await signedInPage(
      browser,
      server.url,
      'coordinator@example.com',
      '/manage',
    );
    await page.goto(`${server.url}/districts/${districtId}`);
    await page.getByRole('link', { name: '協議体の会議資料（A4 印刷用）' }).click();
    await page.getByTestId('pack-changes').waitFor();
    await page.getByTestId('pack-suggestions').waitFor();
    expect(await page.getByTestId('pack-changes').textContent()).toContain(String(changed.name));
    expect(await page.getByTestId('pack-suggestions').textContent()).toContain(
      '第3木曜に変わりました',
    );
    await expectAxeClean(page);

    const pdf = await printed(page, 'meeting.pdf');
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    const flat = pdf.text.replace(/\s+/g, '');
    expect(flat).toContain('会議資料');
    expect(flat).toContain(String(changed.name).replace(/\s+/g, ''));
    expect(flat).toContain('第3木曜に変わりました');
    expect(flat).toContain('確認が必要な記録');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws the walking-gap map for paper and lists the top suggested sites, as the coverage core computes them', async () => {
    // What the pack must show, computed here from the API with the same pure core (a visitor's view).
    // The district with the most residents beyond walking distance.
    const gw = new Gateway(server.url);
    const [areas, cells, resources, site] = await Promise.all([
      gw.listAreas({ kind: 'district', withGeometry: true }),
      gw.listPopulationCells(),
      gw.listResources(),
      gw.getSite(),
    ]);
    const walkM = effectiveWalk(site).walkM;
    const cityPlaces = resources
      .filter((r) => r.kind === 'gathering_place' && r.status === 'active' && r.location)
      .map((r) => r.location as LngLat);
    const [area, expected] = areas
      .map(
        (a) =>
          [
            a,
            districtWalkGaps(
              cells,
              { id: a.id, name: a.name, geometry: a.geometry! },
              cityPlaces,
              walkM,
              3,
            ),
          ] as const,
      )
      .filter((e): e is [(typeof areas)[number], NonNullable<(typeof e)[1]>] => e[1] !== null)
      .sort((a, b) => b[1].uncovered - a[1].uncovered)[0]!;
    expect(expected.uncovered).toBeGreaterThan(0);
    expect(expected.suggestions).toHaveLength(3);

    const { context } = await newContext(browser, server.url);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/districts/${area.id}/meeting`);
    await page.getByTestId('pack-sites').waitFor();
    const line = (await page.getByTestId('pack-gaps-line').textContent()) ?? '';
    expect(line).toContain(expected.uncovered.toLocaleString('ja-JP'));
    expect(line).toContain(expected.population.toLocaleString('ja-JP'));
    // the map: the district's gap areas and one numbered mark per suggested site
    const map = page.getByTestId('pack-gap-map');
    expect(await map.getAttribute('role')).toBe('img');
    expect(await page.getByTestId('pack-gap-area').count()).toBe(expected.gaps.features.length);
    expect(await page.getByTestId('pack-gap-site').allTextContents()).toEqual(['1', '2', '3']);
    // the table: the same sites in the same order, with the residents each brings within reach
    const rows = await page.getByTestId('pack-sites').locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(3);
    expected.suggestions.forEach((s, i) => {
      expect(rows[i]).toContain(s.name);
      expect(rows[i]).toContain(Math.round(s.extraCovered).toLocaleString('ja-JP'));
    });
    await expectAxeClean(page);

    const pdf = await printed(page, 'meeting-gaps.pdf');
    const flat = pdf.text.replace(/\s+/g, '');
    expect(flat).toContain('新しい通いの場の候補地');
    expect(flat).toContain(expected.suggestions[0]!.name);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('embeddable district list and map', () => {
  it("shows the district's public places of the chosen kinds without the site chrome, also inside an iframe from the snippet", async () => {
    const { context } = await newContext(browser, server.url, {
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/districts/${district.id}`);
    const snippet = await page.getByTestId('embed-snippet').inputValue();
    const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
    expect(src).toBe(
      `${server.url}/embed/districts/${district.id}?kinds=gathering_place,mutual_aid,watch_over`,
    );

    await page.goto(`${server.url}/embed/districts/${district.id}?kinds=gathering_place`);
    const list = page.getByTestId('embed-list');
    await list.locator('li').first().waitFor();
    const expected = places.filter(
      (r) => r.kind === 'gathering_place' && r.is_public === true && r.status === 'active',
    ).length;
    expect(await list.locator('li').count()).toBe(expected);
    expect(await page.locator('.site-header').count()).toBe(0);
    expect(await page.locator('.site-footer').count()).toBe(0);
    await page.locator('.maplibregl-canvas').waitFor();
    await expectAxeClean(page);

    // The snippet as another website would paste it.
    await page.setContent(
      `<!doctype html><html lang="ja"><body><h1>町内会だより</h1>${snippet}</body></html>`,
    );
    const frame = page.frameLocator('iframe');
    await frame.getByTestId('embed-list').locator('li').first().waitFor();
    expect(await frame.getByTestId('embed-list').locator('li').count()).toBeGreaterThanOrEqual(
      expected,
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
