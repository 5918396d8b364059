/**
 * The admin import page in a real browser against a real PocketBase with the demo city:
 * a coordinator is refused; the admin uploads a small standard places CSV, sees the dry-run
 * report (2 new places, one placed on its town's point), applies, and the new places are on
 * the server; a broken CSV shows the row-level error tied to its input and changes nothing; a CSV
 * with other headings is read once its columns are mapped on the page.
 * The open-data page downloads a CSV with the new public place and no private contact.
 * axe on every state.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server';
import { anonymous, signIn, type ListBody } from '../integration/api';
import { collectErrors, formatViolations, launchBrowser, newContext, runAxe } from './browser';

const PASSWORD = 'sasaeai-demo';
const FIXTURES = resolve(__dirname, '../fixtures/import');
type Rec = Record<string, unknown> & { id: string };

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signedIn(email: string): Promise<{ page: Page; errors: string[] }> {
  const { context } = await newContext(browser, server.url);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(new URL('/login?redirect=%2Fadmin%2Fimport', server.url).href);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(PASSWORD);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await page.waitForURL((u) => u.pathname === '/admin/import');
  return { page, errors };
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const violations = await runAxe(page);
  expect(violations, formatViolations(violations)).toEqual([]);
}

async function resourcesNamed(prefix: string): Promise<Rec[]> {
  const su = await signIn(server.url, server.superuser.email, server.superuser.password, '_superusers');
  const res = await su.get<ListBody<Rec>>(`/api/collections/resources/records?perPage=50&filter=${encodeURIComponent(`name ~ "${prefix}"`)}`);
  return res.body.items;
}

describe('admin import page', () => {
  it('refuses anyone but an admin', async () => {
    const { page } = await signedIn('coordinator@example.com');
    await expect(page.getByTestId('refusal').textContent()).resolves.toContain('管理者だけ');
    expect(await page.locator('#file-places').count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('admin: upload places CSV → dry-run report → apply → the places exist', async () => {
    const { page, errors } = await signedIn('admin@example.com');
    await expectNoAxeViolations(page);
    await page.locator('#file-places').setInputFiles(resolve(FIXTURES, 'admin-places.csv'));
    await page.getByRole('button', { name: '確認する（まだ反映しません）' }).click();
    const counts = page.getByTestId('report-counts');
    await counts.waitFor();
    const row = counts.getByRole('row', { name: /施設・活動/ });
    expect((await row.locator('td').allTextContents()).map(Number)).toEqual([2, 0, 0]);
    await expect(page.getByText('町の代表点に置いた施設：1 件').isVisible()).resolves.toBe(true);
    expect(await resourcesNamed('テスト')).toEqual([]);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: '反映する（すべて保存）' }).click();
    await page.getByText(/保存しました/).waitFor();
    const created = await resourcesNamed('テスト');
    expect(created.map((r) => r.name).sort()).toEqual(['さかえ町テストサロン', 'ひだまりテスト茶の間']);
    const hidamari = created.find((r) => r.name === 'ひだまりテスト茶の間')!;
    expect(hidamari.location).toEqual({ lon: 139.076875, lat: 36.30125 });
    expect((hidamari.schedule as { rules: Array<{ weekdays: string[] }> }).rules[0]?.weekdays).toEqual(['mon', 'thu']);

    // Checking the same file again: nothing to change.
    await page.getByRole('button', { name: '確認する（まだ反映しません）' }).click();
    await page.getByTestId('report-status').filter({ hasText: '変更はありません' }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('admin: a broken CSV shows the row-level error on its input and changes nothing', async () => {
    const before = await resourcesNamed('居場所');
    const { page } = await signedIn('admin@example.com');
    await page.locator('#file-places').setInputFiles(resolve(FIXTURES, 'admin-places-broken.csv'));
    await page.getByRole('button', { name: '確認する（まだ反映しません）' }).click();
    const issues = page.getByTestId('report-issues');
    await issues.waitFor();
    const cells = await issues.locator('tbody tr').first().locator('td').allTextContents();
    expect(cells.slice(0, 4)).toEqual(['エラー', 'admin-places-broken.csv', '3', '緯度']);
    expect(cells[4]).toContain('北緯36度');
    await expect(page.locator('#file-places').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#file-places').getAttribute('aria-describedby')).resolves.toBe('error-places');
    expect(await page.getByRole('button', { name: '反映する（すべて保存）' }).count()).toBe(0);
    await expectNoAxeViolations(page);
    expect(await resourcesNamed('居場所')).toEqual(before);
    expect(before.some((r) => r.name === '正しい行の居場所')).toBe(false);
    await page.context().close();
  });

  it('admin: maps the columns of a CSV in another layout → dry-run counts it → apply → the place exists', async () => {
    const { page, errors } = await signedIn('admin@example.com');
    await page.locator('#file-places').setInputFiles(resolve(FIXTURES, 'admin-places-custom.csv'));
    await page.getByLabel('ファイルの形式').selectOption({ label: 'その他（列名を指定）' });
    // Unmapped, the name column 名称 is missing: the report says so and nothing can be applied.
    await page.getByRole('button', { name: '確認する（まだ反映しません）' }).click();
    await page.getByTestId('report-issues').waitFor();
    await expect(page.getByTestId('report-issues').textContent()).resolves.toContain('名称');
    expect(await page.getByRole('button', { name: '反映する（すべて保存）' }).count()).toBe(0);

    const mapping: Array<[RegExp, string]> = [
      [/^ID の列/, '番号'], [/^名前の列/, '施設名'], [/^よみがなの列/, 'ふりがな'], [/^住所の列/, '所在地'],
      [/^緯度の列/, 'Y'], [/^経度の列/, 'X'], [/^電話番号の列/, 'TEL'], [/^曜日の列/, '曜日'],
      [/^開始時間の列/, '開始'], [/^終了時間の列/, '終了'],
    ];
    for (const [label, column] of mapping) await page.getByLabel(label).fill(column);
    await page.getByRole('button', { name: '確認する（まだ反映しません）' }).click();
    // The new report replaces the one with the error.
    await page.getByTestId('report-issues').waitFor({ state: 'detached' });
    const row = page.getByTestId('report-counts').getByRole('row', { name: /施設・活動/ });
    await row.waitFor();
    expect((await row.locator('td').allTextContents()).map(Number)).toEqual([1, 0, 0]);
    expect(await resourcesNamed('マッピングテスト')).toEqual([]);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: '反映する（すべて保存）' }).click();
    await page.getByText(/保存しました/).waitFor();
    await expectNoAxeViolations(page);
    const [created] = await resourcesNamed('マッピングテスト');
    expect(created).toMatchObject({
      name: 'マッピングテスト食堂', name_kana: 'まっぴんぐてすとしょくどう', address: 'さくら野市本町一丁目4-5',
      public_phone: '0120-000-777', location: { lon: 139.0771, lat: 36.3014 },
    });
    expect((created!.schedule as { rules: unknown[] }).rules[0]).toMatchObject({ weekdays: ['tue'], start: '11:00', end: '14:00' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('open data page: anyone downloads a CSV with the public places and no private contact', async () => {
    const { context } = await newContext(browser, server.url);
    const page = await context.newPage();
    await page.goto(new URL('/open-data', server.url).href);
    await page.getByTestId('download-csv').waitFor();
    await expectNoAxeViolations(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('ひだまりテスト茶の間');
    const su = await signIn(server.url, server.superuser.email, server.superuser.password, '_superusers');
    const contacts = (await su.get<ListBody<Rec>>('/api/collections/resource_contacts/records?perPage=200')).body.items;
    for (const c of contacts) if (String(c.direct_phone ?? '').length >= 4) expect(text).not.toContain(String(c.direct_phone));
    const publicCount = (await anonymous(server.url).get<ListBody<Rec>>('/api/collections/resources/records?perPage=1')).body.totalItems;
    expect(text.trim().split('\r\n')).toHaveLength(publicCount + 1);
    await context.close();
  });
});
