/**
 * The coordinators' "possible duplicates" list (issue #12), in a real browser against a real
 * PocketBase with the demo city: the same centre entered twice 10 m apart (one with a phone)
 * is listed; the coordinator compares the two side by side, keeps the first, moves the phone
 * over and merges; the status names the merge and takes focus, the pair leaves the list, the
 * other record is archived with `merged_into`; a second pair is dismissed as "not a duplicate".
 * axe-core finds no violations with the comparison open. The admin import page lists a doubled
 * row of a places file as a likely duplicate (not created) until 「重複らしい行も登録する」 is ticked.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server';
import { placeBody, type ApiClient, signInSuperuser, signInDemo } from '../integration/api';
import { expectAxeClean, signedInPage } from './browser';
import { onImportPage, dryRun } from './import-page';
import { withServerAndBrowser } from './server-and-browser';

type Rec = Record<string, unknown> & { id: string };

let server: TestServer;
let browser: Browser;
let su: ApiClient;
let keepId: string;
let mergeId: string;

withServerAndBrowser((s, b) => ([server, browser] = [s, b]));

beforeAll(async () => {
  su = await signInSuperuser(server);
  const coord = await signInDemo(server.url, 'coordinator@example.com');
  const district = (coord.record.districts as string[])[0]!;
  const base = placeBody(district);
  const create = async (body: Record<string, unknown>) =>
    (await su.post<Rec>('/api/collections/resources/records', { ...base, ...body })).body.id;
  keepId = await create({ name: '重複テスト地区センター', location: { lon: 139.0, lat: 36.32 } });
  mergeId = await create({
    name: '重複テスト地区センター',
    location: { lon: 139.0, lat: 36.32009 },
    public_phone: '027-321-1234',
  });
  await create({ name: '重複テスト公民館', location: { lon: 139.05, lat: 36.3 } });
  await create({ name: '重複テスト公民館', location: { lon: 139.05, lat: 36.3002 } });
}, 60_000);

describe('possible duplicates in the coordinator workspace', () => {
  it('lists a doubled place, compares side by side, merges it, and dismisses another pair', async () => {
    const { context, page, errors } = await signedInPage(
      browser,
      server.url,
      'coordinator@example.com',
      '/manage',
    );

    const section = page.getByTestId('possible-duplicates');
    const pair = section.locator(`[data-pair="${keepId}|${mergeId}"]`);
    await pair.waitFor();
    await pair.getByRole('button', { name: '比べて統合する' }).click();
    const table = pair.getByTestId('merge-compare');
    await table.waitFor();
    expect(await table.textContent()).toContain('027-321-1234');
    // The phone is offered (the kept one lacks it) and ticked.
    expect(await pair.getByLabel('残す側にない値を移す：電話番号').isChecked()).toBe(true);
    await expectAxeClean(page);

    await pair.getByRole('button', { name: '統合する', exact: true }).click();
    const status = section.getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain('統合しました');
    expect(await status.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => pair.count()).toBe(0);
    const kept = (await su.get<Rec>(`/api/collections/resources/records/${keepId}`)).body;
    const merged = (await su.get<Rec>(`/api/collections/resources/records/${mergeId}`)).body;
    expect(kept.public_phone).toBe('027-321-1234');
    expect(merged).toMatchObject({ status: 'closed', merged_into: keepId });

    const other = section.locator('li', { hasText: '重複テスト公民館' });
    await other.getByRole('button', { name: '重複ではない' }).click();
    await expect
      .poll(() => status.textContent(), { timeout: 30_000 })
      .toContain('重複ではないと記録しました');
    await expect.poll(() => other.count()).toBe(0);
    // Still gone after a reload (the dismissal is stored).
    await page.reload();
    await section.waitFor();
    await page.waitForTimeout(300);
    expect(await section.locator('li', { hasText: '重複テスト' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('likely duplicates on the admin import page', () => {
  it('lists the doubled row with the row it repeats, creates it only when asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sasaeai-dup-'));
    const file = join(dir, 'doubled.csv');
    writeFileSync(
      file,
      'ID,名称,住所,緯度,経度\nd-1,ダブりテスト地区センター,さくら野市本町一丁目2-3,36.30125,139.076875\nd-2,ダブりテスト地区センター,さくら野市本町一丁目2-3,36.30134,139.076875\n',
    );
    const { context, page, errors } = await onImportPage(browser, server);
    await page.locator('#file-places').setInputFiles(file);
    await dryRun(page);
    const table = page.getByTestId('report-duplicates');
    await table.waitFor();
    const row = table.locator('tbody tr');
    expect(await row.count()).toBe(1);
    expect((await row.locator('td').allTextContents()).map((s) => s.trim())).toEqual([
      'doubled.csv',
      '3',
      'ダブりテスト地区センター',
      'doubled.csv の 2 行目「ダブりテスト地区センター」',
      '10 m',
      '登録しない',
    ]);
    const created = async () =>
      (
        await page
          .getByTestId('report-counts')
          .getByRole('row', { name: /施設・活動/ })
          .locator('td')
          .first()
          .textContent()
      )?.trim();
    expect(await created()).toBe('1');
    await expectAxeClean(page);

    await page.getByLabel('重複らしい行も登録する').check();
    await dryRun(page);
    // The dry run reads the whole directory again: give a busy machine time.
    await expect
      .poll(() => table.locator('tbody td').last().textContent(), { timeout: 30_000 })
      .toBe('登録する');
    await expect.poll(created, { timeout: 30_000 }).toBe('2');
    expect(errors).toEqual([]);
    await context.close();
  });
});
