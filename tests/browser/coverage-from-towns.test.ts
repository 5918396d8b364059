/**
 * A city loaded the usual first way — e-Stat town boundaries with their population, a towns →
 * districts mapping and a list of places, no mesh table — gets coverage: the page spreads each
 * town's residents over the 100 m cells inside it, says so, and the numbers add up. The
 * district profile shows its walking coverage from the same spread.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommand } from '../../src/cli/commands/import';
import { sampleTownsZip } from '../../src/lib/import/__fixtures__/write-shapefile';
import type { TestServer } from '../helpers/server';
import { asSuperuser, runCli } from '../integration/run-cli';
import { collectErrors, newContext, expectAxeClean, waitForCoverageTable } from './browser';
import { withServerAndBrowser } from './server-and-browser';

let server: TestServer;
let browser: Browser;
let dir: string;

withServerAndBrowser((s, b) => ([server, browser] = [s, b]), { demo: false });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sasaeai-towns-only-'));
  const towns = join(dir, 'h27ka10202.zip');
  writeFileSync(towns, sampleTownsZip());
  const districts = join(dir, 'districts.csv');
  // Three towns of 120, 340 and 560 people (the fixture): two in 中央, one in 東.
  writeFileSync(districts, 'town_name,district\n八島町,中央\n旭町,中央\n東町,東\n');
  const places = join(dir, 'places.csv');
  writeFileSync(places, 'ID,名称,住所,緯度,経度\n1,八島サロン,高崎市八島町1,36.3205,139.0045\n');
  const run = await runCli(importCommand, [
    '--city-name',
    '高崎市',
    '--city-code',
    '10202',
    '--towns',
    towns,
    '--districts',
    districts,
    '--places',
    places,
    ...asSuperuser(server),
    '--apply',
  ]);
  expect(run.code, run.out).toBe(0);
}, 120_000);

afterAll(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const count = (text: string | null): number => Number((text ?? '').replace(/[^\d]/g, ''));

describe('coverage of a city loaded from town boundaries alone', () => {
  it('spreads town populations over mesh cells, says so, and ranks both districts; axe 0', async () => {
    const { context, foreignRequests } = await newContext(browser, server.url);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(new URL('/coverage', server.url).href);
    await waitForCoverageTable(page);
    const rows = page.getByTestId('coverage-table').locator('tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await page.getByTestId('from-towns').isVisible()).toBe(true);
    // All 1,020 residents are counted, split 460 / 560 between the districts.
    expect(
      count(
        await page
          .getByTestId('coverage-totals')
          .locator('div')
          .first()
          .locator('dd')
          .textContent(),
      ),
    ).toBe(1020);
    const byName = new Map<string, number>();
    for (const row of await rows.all())
      byName.set(
        (await row.locator('th').textContent())!.trim(),
        count(await row.locator('td:nth-child(3)').textContent()),
      );
    expect(Object.fromEntries(byName)).toEqual({ 中央: 460, 東: 560 });
    // The one salon in 八島町 covers someone; 東町 is farther than 800 m from it, so 東 keeps everyone uncovered.
    expect(count(await page.getByTestId('total-uncovered').textContent())).toBeLessThan(1020);
    await expectAxeClean(page);

    // The district profile counts the same people within walking distance (中央: 460 residents).
    await rows.filter({ hasText: '中央' }).locator('th a').click();
    await page.getByTestId('profile-walk').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('profile-walk').textContent()).toMatch(/460/);
    expect(foreignRequests).toEqual([]);
    expect(errors.filter((e) => !/WebGL|webgl/.test(e))).toEqual([]);
    await context.close();
  }, 90_000);
});
