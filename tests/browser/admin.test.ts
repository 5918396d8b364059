/**
 * Admins run a real city from the app (issue #11), in Chromium against a real PocketBase:
 * - /admin/users: create a coordinator with two districts and sign in as them (choosing a
 *   new password first), reset a password and use the one-time password, disable an account;
 * - /admin/settings: the walking distance is refused out of range (named), then saved, and
 *   every page shows the same distance (home ring legend, print sheet, coverage slider,
 *   district profile);
 * - the "done when": a PMTiles basemap uploaded on /admin/settings is still drawn
 *   after the app is rebuilt and the server restarted, as `npm start` does.
 * axe-core finds no violation on the new pages, and their controls are at least 44 px tall.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureSpa, PUBLIC_DIR } from '../../scripts/lib/spa-build';
import { findSharedData } from '../helpers/shared-data';
import type { TestServer } from '../helpers/server';
import { type ApiClient, type ListBody, signInSuperuser } from '../integration/api';
import { collectErrors, newContext, pixelStats, expectAxeClean, signedInPage } from './browser';
import { withServerAndBrowser } from './server-and-browser';
import { shortTargets } from './touch-targets';

type Rec = Record<string, unknown> & { id: string };

let server: TestServer;
let browser: Browser;
let su: ApiClient;
let districts: Rec[];
let town: Rec;

withServerAndBrowser((s, b) => ([server, browser] = [s, b]));

beforeAll(async () => {
  su = await signInSuperuser(server);
  districts = (
    await su.get<ListBody<Rec>>(
      `/api/collections/areas/records?perPage=3&sort=code&filter=${encodeURIComponent('kind = "district"')}`,
    )
  ).body.items;
  town = (
    await su.get<ListBody<Rec>>(
      `/api/collections/areas/records?perPage=1&sort=code&filter=${encodeURIComponent('kind = "town"')}`,
    )
  ).body.items[0]!;
}, 120_000);

/** Every button, select, text input and check-box label in the page's main area is ≥ 44 px tall. */
async function expectLargeTargets(page: Page): Promise<void> {
  expect(
    await shortTargets(
      page,
      'main button, main select, main input:not([type=checkbox]):not([type=radio]):not([type=file]):not([hidden]), main label:has(> input[type=checkbox]), main label:has(> input[type=radio])',
    ),
  ).toEqual([]);
}

/** Signs in with a one-time password, chooses `newPassword` on the new-password step, lands on `path`. */
async function firstSignIn(
  email: string,
  oneTime: string,
  newPassword: string,
  path: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page, errors } = await signedInPage(browser, server.url, email, path, {
    password: oneTime,
    waitForRedirect: false,
  });
  const heading = page.getByRole('heading', { name: '新しいパスワードを決めてください' });
  await heading.waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('change-heading');
  await expectAxeClean(page);
  // Too short first: refused, naming the field.
  await page.locator('#new-password').fill('short');
  await page.locator('#confirm-password').fill('short');
  await page.getByRole('button', { name: 'パスワードを決める' }).click();
  await expect
    .poll(() => page.locator('#new-password-error').textContent())
    .toContain('10文字以上');
  await page.locator('#new-password').fill(newPassword);
  await page.locator('#confirm-password').fill(newPassword);
  await page.getByRole('button', { name: 'パスワードを決める' }).click();
  await page.waitForURL((u) => u.pathname === path);
  expect(errors).toEqual([]);
  return { context, page };
}

describe('accounts page', () => {
  it('creates a coordinator with two districts, who signs in; resets a password; disables an account', async () => {
    const { context, page, errors } = await signedInPage(
      browser,
      server.url,
      'admin@example.com',
      '/admin/users',
    );
    await page.locator('tr[data-account="coordinator@example.com"]').waitFor();
    await expectAxeClean(page);
    await expectLargeTargets(page);

    // A coordinator without a district is refused, naming the field.
    await page.locator('#account-name').fill('地区 はじめ');
    await page.locator('#account-email').fill('hajime@example.org');
    await page.locator('#account-role').selectOption('coordinator');
    await page.getByRole('button', { name: 'アカウントを作る' }).click();
    await expect
      .poll(() => page.locator('#account-districts-error').textContent())
      .toContain('担当地区を1つ以上選んでください');
    await expectAxeClean(page);

    const [d1, d2] = [districts[0]!, districts[1]!];
    await page.getByRole('checkbox', { name: String(d1.name), exact: true }).check();
    await page.getByRole('checkbox', { name: String(d2.name), exact: true }).check();
    await page.getByRole('button', { name: 'アカウントを作る' }).click();
    const oneTimeEl = page.getByTestId('one-time-password');
    await oneTimeEl.waitFor();
    const oneTime = (await oneTimeEl.textContent())!.trim();
    expect(oneTime).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('one-time'))).toBe(
      true,
    );
    await expectAxeClean(page);
    const row = page.locator('tr[data-account="hajime@example.org"]');
    expect(await row.textContent()).toContain(`${String(d1.name)}、${String(d2.name)}`);

    // The coordinator signs in, chooses a password, and is a coordinator of both districts.
    const coord = await firstSignIn('hajime@example.org', oneTime, 'hajime-own-pass-1', '/manage');
    expect(await coord.page.getByTestId('user-role').textContent()).toBe(
      '生活支援コーディネーター',
    );
    const stored = await su.get<ListBody<Rec>>(
      `/api/collections/users/records?filter=${encodeURIComponent('email = "hajime@example.org"')}`,
    );
    expect(stored.body.items[0]).toMatchObject({
      role: 'coordinator',
      districts: [d1.id, d2.id],
      one_time_login: false,
    });
    await coord.context.close();

    // Reset: the admin confirms, a new one-time password is shown once and works.
    await page.getByRole('button', { name: 'パスワード再発行：地区 はじめ' }).click();
    await page.getByRole('button', { name: '仮パスワードを発行する' }).click();
    await expect.poll(async () => ((await oneTimeEl.textContent()) ?? '').trim()).not.toBe(oneTime);
    const reset = (await oneTimeEl.textContent())!.trim();
    expect(await row.textContent()).toContain('仮パスワード');
    const again = await firstSignIn('hajime@example.org', reset, 'hajime-new-pass-2', '/');
    await again.page.getByTestId('user-role').waitFor();

    // Disable: the admin confirms; the status line says so and has the focus; sign-in is refused.
    await page.getByRole('button', { name: '停止する：地区 はじめ' }).click();
    await page.getByRole('heading', { name: '停止する：地区 はじめ' }).waitFor();
    await expectAxeClean(page);
    await page.getByRole('button', { name: '停止する', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('users-status').textContent())
      .toContain('地区 はじめ さんのアカウントを停止しました');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'users-status',
    );
    expect(await row.textContent()).toContain('停止中');
    // The disabled user's open browser is signed out at its next page load.
    await again.page.reload();
    await again.page.getByRole('link', { name: 'ログイン' }).first().waitFor();
    expect(await again.page.getByTestId('user-role').count()).toBe(0);
    await again.context.close();
    const refused = await signedInPage(browser, server.url, 'hajime@example.org', '/', {
      password: 'hajime-new-pass-2',
      waitForRedirect: false,
    });
    await expect
      .poll(() => refused.page.locator('[role=alert]').textContent())
      .toContain('このアカウントは停止されています');
    await refused.context.close();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is refused to a coordinator', async () => {
    const { context, page } = await signedInPage(
      browser,
      server.url,
      'coordinator@example.com',
      '/admin/users',
    );
    await expect
      .poll(() => page.getByTestId('refusal').textContent())
      .toContain('管理者だけが使えます');
    expect(await page.locator('#account-name').count()).toBe(0);
    await context.close();
  });
});

describe('settings page: one walking distance everywhere', () => {
  it('refuses an out-of-range distance naming the field, then every page shows the saved one', async () => {
    const { context, page, errors } = await signedInPage(
      browser,
      server.url,
      'admin@example.com',
      '/admin/settings',
    );
    await page.locator('#settings-walk-m').waitFor();
    expect(await page.locator('#settings-walk-m').inputValue()).toBe('800');
    await expectAxeClean(page);
    await expectLargeTargets(page);

    await page.locator('#settings-walk-m').fill('50');
    await page.getByRole('button', { name: '設定を保存する' }).click();
    await expect
      .poll(() => page.locator('#settings-walk-m-error').textContent())
      .toContain('歩く距離は 100〜3000');
    expect(await page.locator('#settings-walk-m').getAttribute('aria-invalid')).toBe('true');
    await expectAxeClean(page);

    await page.locator('#settings-walk-m').fill('1000');
    await page.locator('#settings-walk-pace').fill('40');
    await page.locator('#settings-contact-org').fill('さくら野市 長寿支援課');
    await page.locator('#settings-contact-phone').fill('0120-000-000');
    await page.getByRole('button', { name: '設定を保存する' }).click();
    await expect
      .poll(() => page.getByTestId('settings-status').textContent())
      .toContain('設定を保存しました');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'settings-status',
    );
    const site = (await su.get<ListBody<Rec>>('/api/collections/site/records')).body.items[0]!;
    expect(site).toMatchObject({ walk_m: 1000, walk_m_per_min: 40 });

    // 1000 m at 40 m/min = 25 minutes, on every page.
    await page.goto(new URL(`/?town=${town.id}`, server.url).href);
    await expect
      .poll(() => page.locator('.legend').first().textContent(), { timeout: 30_000 })
      .toContain('徒歩25分（1000m）の範囲');
    expect(await page.getByTestId('site-contact').first().textContent()).toContain(
      'さくら野市 長寿支援課',
    );

    await page.goto(new URL(`/print?town=${town.id}`, server.url).href);
    await expect
      .poll(() => page.locator('.legend').first().textContent(), { timeout: 30_000 })
      .toContain('徒歩25分（1000m）の範囲');
    expect(await page.locator('.print-sheet [data-testid="site-contact"]').textContent()).toContain(
      '0120-000-000',
    );

    await page.goto(new URL('/coverage', server.url).href);
    await expect
      .poll(() => page.getByTestId('walk-value').textContent(), { timeout: 30_000 })
      .toContain('1,000 m');
    expect(await page.getByTestId('walk-value').textContent()).toContain('25分');

    await page.goto(new URL(`/districts/${districts[0]!.id}`, server.url).href);
    const select = page.locator('#profile-walk');
    await select.waitFor({ timeout: 30_000 });
    await expect.poll(() => select.inputValue()).toBe('1000');
    expect(await select.locator('option:checked').textContent()).toContain('25分');
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** The shared offline basemap (not in the repo: see README "Map basemaps"). */
const PMTILES = join(
  findSharedData() ?? '/nonexistent',
  'takasaki',
  'basemap_omt_2017_z0-13.pmtiles',
);

describe('a PMTiles basemap set on the settings page', () => {
  it.skipIf(!existsSync(PMTILES))(
    'is still drawn after the app is rebuilt and the server restarted (npm start)',
    async () => {
      const { context, page } = await signedInPage(
        browser,
        server.url,
        'admin@example.com',
        '/admin/settings',
      );
      await page.locator('#settings-pmtiles').waitFor();
      await page.locator('#settings-pmtiles').setInputFiles(PMTILES);
      await page.getByRole('radio', { name: /PMTiles ファイル/ }).check();
      await page.getByRole('button', { name: '設定を保存する' }).click();
      await expect
        .poll(() => page.getByTestId('settings-status').textContent(), { timeout: 60_000 })
        .toContain('設定を保存しました');
      expect(await page.locator('#settings-pmtiles-hint').textContent()).toMatch(
        /保存済みのファイル：basemap_omt_2017_z0\S*\.pmtiles/,
      );
      await context.close();

      // What `npm start` does when the sources changed: rebuild pb_public/, then serve.
      writeFileSync(join(PUBLIC_DIR, '.build-stamp'), 'changed sources');
      expect(ensureSpa(() => {})).toBe(true);
      await server.restart();

      const site = (
        await (await signInSuperuser(server)).get<ListBody<Rec>>('/api/collections/site/records')
      ).body.items[0]!;
      expect(site.basemap).toBe('pmtiles');
      const fileUrl = `${server.url}/api/files/${String(site.collectionId)}/${site.id}/${String(site.basemap_pmtiles)}`;
      const { context: visitor, foreignRequests } = await newContext(browser, server.url);
      const map = await visitor.newPage();
      const errors = collectErrors(map);
      const ranges: string[] = [];
      map.on('response', (res) => {
        if (res.url() === fileUrl && res.status() === 206)
          ranges.push(res.request().headers().range ?? '');
      });
      await map.goto(new URL(`/?town=${town.id}`, server.url).href);
      const canvas = map.locator('canvas.maplibregl-canvas');
      await canvas.waitFor({ timeout: 60_000 });
      // The header, then tiles: several range requests to the site's own file.
      await expect.poll(() => ranges.length, { timeout: 30_000 }).toBeGreaterThan(1);
      expect(ranges.every((r) => /^bytes=\d+-\d+$/.test(r))).toBe(true);
      await expect
        .poll(() => map.getByTestId('map-credits').textContent(), { timeout: 15_000 })
        .toContain('© OpenMapTiles © OpenStreetMap contributors');
      await expect
        .poll(async () => (await pixelStats(map, canvas)).distinctColours, { timeout: 30_000 })
        .toBeGreaterThan(8);
      expect(foreignRequests).toEqual([]);
      expect(errors).toEqual([]);
      await visitor.close();
    },
    600_000,
  );
});
