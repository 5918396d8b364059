/**
 * The admin import page reading places CSVs, in a real browser against a real PocketBase with
 * the demo city: a coordinator is refused; a broken CSV shows the row-level error tied to its
 * input and changes nothing; a CSV with other headings is read once its columns are picked from
 * its header on the page; a column switched off (「使わない」) by keyboard in a Shift_JIS file is
 * not imported and the report says so. axe on every state.
 */
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server';
import { expectAxeClean } from './browser';
import {
  applyAll,
  applyButton,
  BROWSER_FIXTURES,
  dryRun,
  IMPORT_FIXTURES,
  onImportPage,
  resourcesNamed,
} from './import-page';
import { withServerAndBrowser } from './server-and-browser';

let server: TestServer;
let browser: Browser;

withServerAndBrowser((s, b) => ([server, browser] = [s, b]));

describe('admin import page: places CSV columns', () => {
  it('refuses anyone but an admin', async () => {
    const { page } = await onImportPage(browser, server, 'coordinator@example.com');
    await expect(page.getByTestId('refusal').textContent()).resolves.toContain('管理者だけ');
    expect(await page.locator('#file-places').count()).toBe(0);
    await expectAxeClean(page);
    await page.context().close();
  });

  it('admin: a broken CSV shows the row-level error on its input and changes nothing', async () => {
    const before = await resourcesNamed(server, '居場所');
    const { page } = await onImportPage(browser, server);
    await page
      .locator('#file-places')
      .setInputFiles(resolve(IMPORT_FIXTURES, 'admin-places-broken.csv'));
    await dryRun(page);
    const issues = page.getByTestId('report-issues');
    await issues.waitFor();
    const cells = await issues.locator('tbody tr').first().locator('td').allTextContents();
    expect(cells.slice(0, 4)).toEqual(['エラー', 'admin-places-broken.csv', '3', '緯度']);
    expect(cells[4]).toContain('緯度「北緯36度」が数字ではありません');
    await expect(page.locator('#file-places').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#file-places').getAttribute('aria-describedby')).resolves.toBe(
      'error-places',
    );
    expect(await applyButton(page).count()).toBe(0);
    await expectAxeClean(page);
    expect(await resourcesNamed(server, '居場所')).toEqual(before);
    expect(before.some((r) => r.name === '正しい行の居場所')).toBe(false);
    await page.context().close();
  });

  it('admin: picks the columns of a CSV in another layout from its header → dry-run counts it → apply → the place exists', async () => {
    const { page, errors } = await onImportPage(browser, server);
    await page
      .locator('#file-places')
      .setInputFiles(resolve(IMPORT_FIXTURES, 'admin-places-custom.csv'));
    await page.getByLabel('ファイルの形式').selectOption({ label: 'その他（列名を指定）' });
    // The selects offer the file's own headings; no standard name matches, so the name is not chosen yet.
    const nameSelect = page.getByLabel(/^名前の列/);
    await nameSelect.waitFor();
    expect(await nameSelect.locator('option').allTextContents()).toEqual([
      '（列を選んでください）',
      '番号',
      '施設名',
      'ふりがな',
      '所在地',
      'Y',
      'X',
      'TEL',
      '曜日',
      '開始',
      '終了',
    ]);
    expect(
      await page
        .getByLabel(/^電話番号の列/)
        .locator('option')
        .first()
        .textContent(),
    ).toBe('使わない');
    await dryRun(page);
    await expect(page.getByTestId('form-error').textContent()).resolves.toContain(
      '「名前の列」を選んでください',
    );
    await expect(nameSelect.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await page.getByTestId('report-counts').count()).toBe(0);
    await expectAxeClean(page);

    const mapping: Array<[RegExp, string]> = [
      [/^ID の列/, '番号'],
      [/^名前の列/, '施設名'],
      [/^よみがなの列/, 'ふりがな'],
      [/^住所の列/, '所在地'],
      [/^緯度の列/, 'Y'],
      [/^経度の列/, 'X'],
      [/^電話番号の列/, 'TEL'],
      [/^曜日の列/, '曜日'],
      [/^開始時間の列/, '開始'],
      [/^終了時間の列/, '終了'],
    ];
    for (const [label, column] of mapping) await page.getByLabel(label).selectOption(column);
    await dryRun(page);
    const row = page.getByTestId('report-counts').getByRole('row', { name: /施設・活動/ });
    await row.waitFor();
    expect(await page.getByTestId('form-error').count()).toBe(0);
    expect((await row.locator('td').allTextContents()).map(Number)).toEqual([1, 0, 0]);
    expect(await resourcesNamed(server, 'マッピングテスト')).toEqual([]);
    await expectAxeClean(page);

    await applyAll(page);
    await expectAxeClean(page);
    const [created] = await resourcesNamed(server, 'マッピングテスト');
    expect(created).toMatchObject({
      name: 'マッピングテスト食堂',
      name_kana: 'まっぴんぐてすとしょくどう',
      address: 'さくら野市本町一丁目4-5',
      public_phone: '0120-000-777',
      location: { lon: 139.0771, lat: 36.3014 },
    });
    expect((created!.schedule as { rules: unknown[] }).rules[0]).toMatchObject({
      weekdays: ['tue'],
      start: '11:00',
      end: '14:00',
    });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('admin: a standard column switched off (使わない) by keyboard is not imported, and the report says so (Shift_JIS file)', async () => {
    const { page, errors } = await onImportPage(browser, server);
    // Shift_JIS, as many city open-data CSVs are: the headings are decoded in the browser as the import does.
    await page
      .locator('#file-places')
      .setInputFiles(resolve(BROWSER_FIXTURES, 'admin-places-phone-off-sjis.csv'));
    const phone = page.getByLabel(/^電話番号の列/);
    await phone.waitFor();
    // Standard names in the header are chosen already; a field the file lacks starts as 使わない.
    await expect(phone.inputValue()).resolves.toBe('電話番号');
    await expect(page.getByLabel(/^URL の列/).inputValue()).resolves.toBe('');
    await expect(page.getByLabel(/^名前の列/).inputValue()).resolves.toBe('名称');
    // The name cannot be switched off: its select has no 使わない. Latitude can be, because the
    // demo city's towns are loaded: a place without coordinates takes its town's point.
    expect(
      await page
        .getByLabel(/^名前の列/)
        .locator('option', { hasText: '使わない' })
        .count(),
    ).toBe(0);
    await page
      .getByLabel(/^緯度の列/)
      .locator('option', { hasText: '使わない' })
      .waitFor({ state: 'attached' });
    // This 電話番号 column holds a contact person's mobile: switch it off with the keyboard.
    await phone.focus();
    await page.keyboard.press('Home');
    await expect(phone.inputValue()).resolves.toBe('');
    await expect(phone.locator('option:checked').textContent()).resolves.toBe('使わない');

    await dryRun(page);
    const columns = page.getByTestId('report-columns');
    await columns.waitFor();
    expect(
      await columns
        .getByRole('row', { name: /^電話番号の列/ })
        .locator('td')
        .textContent(),
    ).toBe('使わない');
    expect(
      await columns
        .getByRole('row', { name: /^備考の列/ })
        .locator('td')
        .textContent(),
    ).toBe('備考');
    const warning = page
      .getByTestId('report-issues')
      .locator('tbody tr')
      .filter({ hasText: '電話番号' });
    const cells = await warning.locator('td').allTextContents();
    expect(cells.slice(0, 4)).toEqual(['注意', 'admin-places-phone-off-sjis.csv', '—', '電話番号']);
    expect(cells[4]).toContain('列「電話番号」は読み込みません');
    const row = page.getByTestId('report-counts').getByRole('row', { name: /施設・活動/ });
    expect((await row.locator('td').allTextContents()).map(Number)).toEqual([1, 0, 0]);
    await expectAxeClean(page);

    await applyAll(page);
    const [created] = await resourcesNamed(server, '列なしテスト');
    expect(created).toMatchObject({
      name: '列なしテスト会館',
      public_phone: '',
      description: '予約不要',
      address: 'さくら野市本町一丁目7',
    });
    expect(JSON.stringify(created)).not.toContain('090-0000-1234');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
