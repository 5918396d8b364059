/**
 * The district profile's 地域診断 and confirmed-share trend (issues #19 item 5, #16 item 5) and
 * the staleness months from the site settings (#16), in real Chromium against a real
 * PocketBase with the demo city: on a 390 px phone the diagnosis table shows each indicator
 * with the city's value, a rank 「N地区中M位」 and the direction in words (unknown as
 * 「データなし」); the trend chart draws from the public trend (no counts column); axe finds
 * nothing; the print view and the meeting pack carry the same section; /councils ranks
 * every district in a table that sorts and saves as CSV; and after an admin changes the
 * staleness months the profile counts by them.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { toResource, type PbRecord } from '../../src/lib/data-access/records';
import { reconfirmQueue } from '../../src/lib/domain/reconfirm-queue';
import type { TestServer } from '../helpers/server';
import { anonymous, type ApiClient, type ListBody, signInSuperuser } from '../integration/api';
import {
  PHONE,
  collectErrors,
  newContext,
  expectAxeClean,
  type OpenedPage,
  openPage,
} from './browser';
import { smallTargets } from './touch-targets';
import { withServerAndBrowser } from './server-and-browser';

let server: TestServer;
let browser: Browser;
let su: ApiClient;
let siteId: string;
/** A district whose overdue count differs between the default months and one month. */
let districtId = '';
let places: PbRecord[] = [];

const overdueCount = (records: PbRecord[], months: number): number =>
  reconfirmQueue(records.map(toResource), new Date(), {
    flagMonths: months,
    dueMonths: months,
  }).filter((x) => x.state !== 'due_soon').length;

withServerAndBrowser((s, b) => ([server, browser] = [s, b]));

beforeAll(async () => {
  su = await signInSuperuser(server);
  const api = anonymous(server.url);
  siteId = (await api.get<ListBody<PbRecord>>('/api/collections/site/records')).body.items[0]!.id;
  const districts = (
    await api.get<ListBody<PbRecord>>(
      `/api/collections/areas/records?perPage=100&sort=code&filter=${encodeURIComponent('kind = "district"')}`,
    )
  ).body.items;
  for (const d of districts) {
    const list = (
      await api.get<ListBody<PbRecord>>(
        `/api/collections/resources/records?perPage=500&filter=${encodeURIComponent(`district = "${d.id}"`)}`,
      )
    ).body.items;
    if (overdueCount(list, 1) !== overdueCount(list, 12)) {
      districtId = d.id;
      places = list;
      break;
    }
  }
  expect(districtId, 'a demo district with records confirmed 1–12 months ago').not.toBe('');
}, 120_000);

function openProfile(): Promise<OpenedPage> {
  return openPage(browser, server.url, `/districts/${districtId}`, {
    viewport: PHONE,
    touch: true,
    waitFor: '[data-testid="diagnosis-table"]',
  });
}

describe('district profile: 地域診断 and trend', () => {
  it('shows every indicator with the city, a rank and the direction as a table, and the trend chart, on a phone', async () => {
    const { page, errors, close } = await openProfile();
    const rows = page.getByTestId('diagnosis-table').locator('tbody tr');
    expect(await rows.count()).toBe(5);
    const share65 = (await rows.nth(0).innerText()).replace(/\s+/g, ' ');
    expect(share65).toContain('65歳以上の割合');
    expect(share65).toMatch(/\d+\.\d%/);
    expect(share65).toMatch(/\d+地区中\d+位/);
    expect(share65).toMatch(/市より(高い|低い)|市と同じ/);
    // no household table in the demo city: unknown, never 0
    const single = (await rows.nth(2).innerText()).replace(/\s+/g, ' ');
    expect(single).toContain('データなし');
    expect(single).not.toContain('0.0%');
    const walk = (await rows.nth(4).innerText()).replace(/\s+/g, ' ');
    expect(walk).toMatch(/\d+地区中\d+位/);
    await expect(page.getByTestId('district-diagnosis').innerText()).resolves.toContain('出典');

    const chart = page.getByTestId('trend-chart');
    await chart.waitFor();
    expect(await chart.locator('svg path.line').getAttribute('d')).toMatch(/^M/);
    expect(await chart.locator('tbody tr').count()).toBe(12);
    // the public trend has no counts: two columns only
    expect(await chart.locator('thead th').count()).toBe(2);

    await expectAxeClean(page);
    expect(await smallTargets(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('counts overdue records by the staleness months in the site settings', async () => {
    const before = await openProfile();
    const line = before.page.getByTestId('profile-overdue');
    expect((await line.innerText()).replace(/\s+/g, '')).toContain(
      `12か月を過ぎた記録と、未確認の記録：${overdueCount(places, 12)}件`,
    );
    await before.close();

    const res = await su.patch(`/api/collections/site/records/${siteId}`, {
      stale_flag_months: 1,
      stale_notice_months: 1,
      stale_hide_months: 1,
    });
    expect(res.status).toBe(200);
    const after = await openProfile();
    const text = (await after.page.getByTestId('profile-overdue').innerText()).replace(/\s+/g, '');
    expect(text).toContain(`1か月を過ぎた記録と、未確認の記録：${overdueCount(places, 1)}件`);
    await after.close();
  });

  it('is in the print view and the council meeting pack too', async () => {
    const { context } = await newContext(browser, server.url);
    const page = await context.newPage();
    for (const path of ['print', 'meeting']) {
      await page.goto(`${server.url}/districts/${districtId}/${path}`);
      await page.getByTestId('diagnosis-table').waitFor();
      expect(await page.getByTestId('diagnosis-table').locator('tbody tr').count()).toBe(5);
      await page.getByTestId('trend-chart').waitFor();
    }
    await context.close();
  });
});

describe('/councils: the district ranking', () => {
  it('lists every district with ranks, sorts by a column (unknown last) and saves the order shown as CSV', async () => {
    const { context } = await newContext(browser, server.url, { viewport: PHONE, touch: true });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/councils`);
    const table = page.getByTestId('diagnosis-ranking-table');
    await table.waitFor();
    const districts = (
      await anonymous(server.url).get<ListBody<PbRecord>>(
        `/api/collections/areas/records?perPage=200&filter=${encodeURIComponent('kind = "district"')}`,
      )
    ).body.items;
    const body = table.locator('tbody tr');
    expect(await body.count()).toBe(districts.length);
    expect(await table.locator('tfoot').innerText()).toContain('市全体');

    /** The 65+ share column (the third cell) as numbers, in the order shown. */
    const shares = async (): Promise<number[]> =>
      (await table.locator('tbody tr td:nth-of-type(2)').allInnerTexts()).map((x) =>
        Number(/([\d.]+)%/.exec(x)?.[1] ?? NaN),
      );
    const desc = await shares();
    expect(desc.every((x) => Number.isFinite(x))).toBe(true);
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    expect(await body.first().innerText()).toMatch(new RegExp(`${districts.length}地区中1位`));

    await table.locator('button[data-sort="share65"]').click();
    const asc = await shares();
    expect(asc).toEqual([...desc].sort((a, b) => a - b));
    expect(await page.getByTestId('diagnosis-sorted').textContent()).toContain('小さい順');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '地域診断をCSVで保存' }).click(),
    ]);
    const rows = parse(
      readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, ''),
    ) as string[][];
    expect(rows[0]!.slice(0, 3)).toEqual([
      '地区',
      '活動中の通いの場',
      '65歳以上の割合（高齢化率）',
    ]);
    expect(rows).toHaveLength(districts.length + 2);
    expect(rows.at(-1)![0]).toBe('市全体');
    const shown = await table.locator('tbody tr th').allInnerTexts();
    expect(rows.slice(1, -1).map((r) => r[0])).toEqual(shown.map((x) => x.trim()));
    expect(rows.slice(1, -1).map((r) => Number(r[2]))).toEqual(asc);

    await expectAxeClean(page);
    expect(await smallTargets(page, '[data-testid="diagnosis-ranking"]')).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
