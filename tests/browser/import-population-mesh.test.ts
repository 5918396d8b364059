/**
 * The admin import page reading a population table by mesh code, in a real browser against a
 * real PocketBase with the demo city: the dry run shows counts, the sum and the skipped label
 * row; applying saves the cells in population_cells; a broken mesh code names its row and saves
 * nothing. axe on every state.
 */
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server';
import { type ListBody, signInSuperuser } from '../integration/api';
import { expectAxeClean } from './browser';
import {
  applyAll,
  applyButton,
  BROWSER_FIXTURES,
  dryRun,
  onImportPage,
  type Rec,
} from './import-page';
import { withServerAndBrowser } from './server-and-browser';

let server: TestServer;
let browser: Browser;

withServerAndBrowser((s, b) => ([server, browser] = [s, b]));

describe('admin import page: population by mesh code', () => {
  it('admin: population by mesh code → dry run (counts, sum, skipped label row) → apply → the cells exist; a bad mesh code names its row and saves nothing', async () => {
    const su = await signInSuperuser(server);
    const cells = async (source: string) =>
      (
        await su.get<ListBody<Rec>>(
          `/api/collections/population_cells/records?perPage=50&sort=mesh_code&filter=${encodeURIComponent(`source = "${source}"`)}`,
        )
      ).body.items;
    const totalCells = async () =>
      (await su.get<ListBody<Rec>>('/api/collections/population_cells/records?perPage=1')).body
        .totalItems;
    const totalBefore = await totalCells();
    expect(await cells('admin-mesh-500m')).toEqual([]);

    const { page, errors } = await onImportPage(browser, server);
    await page
      .locator('#file-population')
      .setInputFiles(resolve(BROWSER_FIXTURES, 'admin-mesh-500m.csv'));
    await page.getByLabel('地域メッシュごと（メッシュコード）').check();
    await page.getByLabel('調査年（例：2020）').fill('2020');
    await dryRun(page);
    const counts = page.getByTestId('report-counts');
    await counts.waitFor();
    expect(
      (
        await counts
          .getByRole('row', { name: /人口メッシュ/ })
          .locator('td')
          .allTextContents()
      ).map(Number),
    ).toEqual([3, 0, 0]);
    const sum = await page
      .getByTestId('report-population')
      .getByRole('row', { name: /人口メッシュ/ })
      .locator('td')
      .textContent();
    expect(Number(sum!.replace(/,/g, ''))).toBe(812 + 655 + 430);
    // e-Stat's second header line of labels is skipped with a warning naming its row.
    const skipped = await page
      .getByTestId('report-issues')
      .locator('tbody tr')
      .first()
      .locator('td')
      .allTextContents();
    expect(skipped.slice(0, 4)).toEqual(['注意', 'admin-mesh-500m.csv', '2', 'KEY_CODE']);
    expect(await cells('admin-mesh-500m')).toEqual([]);
    await expectAxeClean(page);

    await applyAll(page);
    const saved = await cells('admin-mesh-500m');
    expect(
      saved.map((c) => [c.mesh_code, c.mesh_m, c.population, c.population_65, c.year]),
    ).toEqual([
      ['543930661', 500, 812, 240, 2020],
      ['543930662', 500, 655, 201, 2020],
      ['543930663', 500, 430, 0, 2020],
    ]);
    expect(await totalCells()).toBe(totalBefore + 3);

    // A broken mesh table: the bad code's row is named, nothing can be applied, nothing is saved.
    await page
      .locator('#file-population')
      .setInputFiles(resolve(BROWSER_FIXTURES, 'admin-mesh-broken.csv'));
    await dryRun(page);
    const issues = page.getByTestId('report-issues');
    await issues.waitFor();
    const bad = await issues.locator('tbody tr').first().locator('td').allTextContents();
    expect(bad.slice(0, 4)).toEqual(['エラー', 'admin-mesh-broken.csv', '3', 'KEY_CODE']);
    expect(bad[4]).toContain('「543930665」は 500m メッシュのコードとして正しくありません');
    await expect(page.getByTestId('report-status').textContent()).resolves.toContain(
      '何も保存されていません',
    );
    await expect(page.locator('#file-population').getAttribute('aria-invalid')).resolves.toBe(
      'true',
    );
    expect(await applyButton(page).count()).toBe(0);
    await expectAxeClean(page);
    expect(await cells('admin-mesh-broken')).toEqual([]);
    expect(await totalCells()).toBe(totalBefore + 3);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
