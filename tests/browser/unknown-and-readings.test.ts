/**
 * Issue #12 in a real browser: the admin imports a place list without readings and without any
 * word on who may come. The dry run lists the reading generated in the browser (kuromoji +
 * IPADIC from /kuromoji-dict/), the place page shows 「未確認」 instead of a made-up
 * 「どなたでも」 and leaves the newcomers line out, and the resource form shows the reading as
 * generated, with 「未確認」 chosen, until a coordinator confirms it. axe on each page.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server';
import { type ListBody, signInSuperuser } from '../integration/api';
import { expectAxeClean } from './browser';
import { onImportPage, dryRun, applyAll } from './import-page';
import { withServerAndBrowser } from './server-and-browser';

let server: TestServer;
let browser: Browser;
let dir: string;
type Rec = Record<string, unknown> & { id: string };

withServerAndBrowser((s, b) => ([server, browser] = [s, b]));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sasaeai-readings-'));
}, 60_000);

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
});

describe('imported places: unknown stays unknown, readings are generated and marked', () => {
  it('import page → place page → resource form', async () => {
    const { context, page, errors } = await onImportPage(browser, server);

    const csv = join(dir, 'halls.csv');
    writeFileSync(
      csv,
      'ID,名称,住所,緯度,経度\nrd-001,中川長寿センター,さくら野市本町一丁目2-3,36.30125,139.076875\n',
    );
    await page.locator('#file-places').setInputFiles(csv);
    await dryRun(page);
    await page
      .getByText('自動で付けたよみがな：1 件', { exact: false })
      .waitFor({ timeout: 60_000 });
    expect(await page.getByText('中川長寿センター（なかがわちょうじゅせんたー）').count()).toBe(1);
    await expectAxeClean(page);
    await applyAll(page);

    const su = await signInSuperuser(server);
    const [hall] = (
      await su.get<ListBody<Rec>>(
        `/api/collections/resources/records?filter=${encodeURIComponent('name = "中川長寿センター"')}`,
      )
    ).body.items;
    expect(hall).toMatchObject({
      name_kana: 'なかがわちょうじゅせんたー',
      name_kana_generated: true,
      eligibility: '',
      booking: '',
      accepting_newcomers: '',
    });

    // Residents read 「未確認」, never a default.
    await page.goto(new URL(`/places/${hall!.id}`, server.url).href);
    // While the place loads, the page's h1 is the site title: wait for the place's own details.
    await page.locator('main').getByText('未確認').first().waitFor();
    const details = await page.locator('main').innerText();
    expect(details).toContain('中川長寿センター');
    for (const invented of [
      'どなたでも',
      '新しい方も歓迎',
      '初めての方は事前にお電話を',
      '予約不要',
    ])
      expect(details).not.toContain(invented);
    await expectAxeClean(page);

    // The coordinator's form: the reading is marked as generated; who may come is 「未確認」.
    await page.goto(new URL(`/manage/resources/${hall!.id}`, server.url).href);
    await page.locator('#res-nameKana').waitFor();
    expect(await page.locator('#res-nameKana-generated').isVisible()).toBe(true);
    expect(await page.locator('#res-eligibility option:checked').textContent()).toBe('未確認');
    expect(await page.locator('#res-acceptingNewcomers option:checked').textContent()).toBe(
      '未確認',
    );
    await expectAxeClean(page);
    await page.getByRole('button', { name: 'よみがなを確認済みにする' }).click();
    expect(await page.locator('#res-nameKana-generated').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('import page: a name pattern that keeps nothing is a warning naming the names the file has; a broken pattern is refused', async () => {
    const { context, page, errors } = await onImportPage(browser, server);
    const csv = join(dir, 'shelters.csv');
    writeFileSync(
      csv,
      'ID,名称,名称_カナ,住所,緯度,経度\ns-1,本町小学校,ほんちょうしょうがっこう,さくら野市本町,36.30125,139.076875\ns-2,本町地区市民センター,ほんちょうちくしみんせんたー,さくら野市本町,36.30125,139.076875\n',
    );
    await page.locator('#file-places').setInputFiles(csv);
    await page.locator('#places-name').fill('(公民館');
    await dryRun(page);
    await page.getByText('正規表現として読めません', { exact: false }).waitFor();
    await page.locator('#places-name').fill('公民館');
    await dryRun(page);
    const warning = page.getByText('名前の条件「公民館」に合う行が 1 つもありません', {
      exact: false,
    });
    await warning.waitFor({ timeout: 60_000 });
    expect(await warning.textContent()).toContain('本町小学校, 本町地区市民センター');
    await expectAxeClean(page);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
