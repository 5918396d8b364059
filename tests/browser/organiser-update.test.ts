/**
 * The organiser's update link (issue #16) in a real browser against a real PocketBase with the
 * demo city: on a 390 px phone with large text, the holder of a link answers 「今も同じです」
 * with one tap and sends a change through the short form (axe 0, every target ≥ 44 px, no
 * sideways scrolling, focus moved to the result); the coordinator sees the change as a diff in
 * the queue and accepts it (the place is changed and confirmed 「主催者の確認」). Staleness on the
 * public pages: a place past the notice months shows the notice with when and how it was
 * confirmed; a place past the leave-out months leaves the residents' list but its page still
 * opens, with the notice.
 */
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server';
import { type ApiClient, signInSuperuser, signInDemo } from '../integration/api';
import {
  collectErrors,
  newContext,
  PHONE,
  expectAxeClean,
  type OpenedPage,
  openPage,
  signedInPage,
} from './browser';
import { withServerAndBrowser } from './server-and-browser';
import { shortTargets } from './touch-targets';

type Rec = Record<string, unknown> & { id: string };

let server: TestServer;
let browser: Browser;
let su: ApiClient;
let coord: ApiClient;
let place: Rec;

async function issueToken(resourceId: string): Promise<string> {
  const res = await coord.post<{ token: string }>('/api/sasaeai/update-links', {
    resource: resourceId,
  });
  expect(res.status).toBe(200);
  return res.body.token;
}

/** Every button, text input and radio label in the main area is at least 44 px tall; nothing scrolls sideways. */
async function expectPhoneFriendly(page: Page): Promise<void> {
  expect(
    await shortTargets(
      page,
      'main button, main input:not([type=radio]), main textarea, main label:has(> input[type=radio])',
    ),
  ).toEqual([]);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

async function openAsOrganiser(token: string): Promise<OpenedPage> {
  const opened = await openPage(browser, server.url, `/update#${token}`, {
    viewport: PHONE,
    touch: true,
  });
  await opened.page.getByRole('button', { name: '文字を大きく' }).click();
  await opened.page.locator('h1', { hasText: String(place.name) }).waitFor();
  return opened;
}

const openSuggestions = async (): Promise<Rec[]> =>
  (
    await su.get<{ items: Rec[] }>(
      `/api/collections/suggestions/records?sort=-created&filter=${encodeURIComponent(`resource="${place.id}" && status="open"`)}`,
    )
  ).body.items;

withServerAndBrowser((s, b) => ([server, browser] = [s, b]));

beforeAll(async () => {
  su = await signInSuperuser(server);
  coord = await signInDemo(server.url, 'coordinator@example.com');
  const districts = coord.record.districts as string[];
  const all = (await su.get<{ items: Rec[] }>('/api/collections/resources/records?perPage=1000'))
    .body.items;
  place = all.find(
    (r) =>
      districts.includes(String(r.district)) &&
      r.status === 'active' &&
      r.is_public === true &&
      r.kind === 'gathering_place',
  )!;
  expect(place).toBeTruthy();
}, 120_000);

/** A fresh context signed in as coordinator@, on the place's record page. */
function coordinatorOnPlacePage(): Promise<OpenedPage> {
  return signedInPage(
    browser,
    server.url,
    'coordinator@example.com',
    `/manage/resources/${place.id}`,
  );
}

describe('the organiser’s page on a phone', () => {
  it('one tap: 「今も同じです」 lands in the district’s queue', async () => {
    const token = await issueToken(place.id);
    const { page, errors, close } = await openAsOrganiser(token);
    expect(await page.locator('main').textContent()).toContain('いまの登録内容');
    await expectAxeClean(page);
    await expectPhoneFriendly(page);

    await page.getByRole('button', { name: '今も同じです' }).click();
    const thanks = page.getByRole('status').filter({ hasText: 'ありがとうございました' });
    await thanks.waitFor();
    expect(await thanks.evaluate((el) => el === document.activeElement)).toBe(true);
    const queued = (await openSuggestions())[0]!;
    expect(queued).toMatchObject({ origin: 'organiser', proposed: { kind: 'still_same' } });
    // the token is in the fragment only: the page's own URL never reached the server with it
    expect(page.url()).toContain('#');
    expect(errors).toEqual([]);
    await close();
  });

  it('the short form: a bad phone is named and focused; the change is sent', async () => {
    const token = await issueToken(place.id);
    const { page, errors, close } = await openAsOrganiser(token);
    await page.getByRole('button', { name: '変わったところがあります' }).click();
    const heading = page.getByRole('heading', { name: '変わったところを教えてください' });
    await heading.waitFor();
    expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.getByLabel('お休みしています').check();
    await page.getByLabel('お休み・終了の理由（わかれば）').fill('会場の改修のため');
    await page.getByLabel('定員（人）').fill('15');
    await page.getByLabel('問い合わせの電話').fill('でんわ');
    await page.getByRole('button', { name: 'この内容で送る' }).click();
    const phone = page.getByLabel('問い合わせの電話');
    await expect.poll(() => phone.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await phone.getAttribute('aria-invalid')).toBe('true');
    await expectAxeClean(page);
    await expectPhoneFriendly(page);

    await phone.fill('027-999-0000');
    await page.getByRole('button', { name: 'この内容で送る' }).click();
    const thanks = page.getByRole('status').filter({ hasText: '地区の担当者が確かめてから' });
    await thanks.waitFor();
    expect(await thanks.evaluate((el) => el === document.activeElement)).toBe(true);
    const queued = (await openSuggestions())[0]!;
    expect(queued.proposed).toMatchObject({
      kind: 'changes',
      status: 'paused',
      statusReason: '会場の改修のため',
      capacity: 15,
      publicPhone: '027-999-0000',
    });
    expect(errors).toEqual([]);
    await close();
  });

  it('the coordinator sees the change as a diff and accepts it: changed and confirmed 「主催者の確認」', async () => {
    const { context, page, errors } = await coordinatorOnPlacePage();
    const changes = (await openSuggestions()).find(
      (s) => (s.proposed as { kind: string }).kind === 'changes',
    )!;
    const item = page.locator(`[data-suggestion="${changes.id}"]`);
    await item.waitFor({ timeout: 30_000 });
    expect(await item.locator('tr[data-field="status"]').textContent()).toMatch(/活動中.*休止中/);
    expect(await item.locator('tr[data-field="capacity"]').textContent()).toContain('15人');
    expect(await item.textContent()).toContain('主催者から');
    await expectAxeClean(page);

    await item.getByRole('button', { name: '採用する' }).click();
    await expect
      .poll(
        async () =>
          (await su.get<Rec>(`/api/collections/suggestions/records/${changes.id}`)).body.status,
        { timeout: 15_000 },
      )
      .toBe('accepted');
    const after = (await su.get<Rec>(`/api/collections/resources/records/${place.id}`)).body;
    expect(after).toMatchObject({
      status: 'paused',
      status_reason: '会場の改修のため',
      capacity: 15,
      public_phone: '027-999-0000',
      verification_method: 'organiser',
    });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('issuing a link from the place’s page', () => {
  it('the coordinator issues a link; its QR code shows and the link opens the organiser’s page; withdrawing stops it', async () => {
    const { context, page, errors } = await coordinatorOnPlacePage();
    const panel = page.getByTestId('update-link');
    await panel.waitFor({ timeout: 30_000 });
    await panel.getByRole('button', { name: /新しいリンクを発行する|リンクを発行する/ }).click();
    const link = panel.getByLabel('更新リンク', { exact: true });
    await link.waitFor();
    const url = await link.inputValue();
    expect(url).toMatch(/\/update#[A-Za-z0-9]{40}$/);
    expect(
      await panel.getByRole('img', { name: '更新リンクのQRコード' }).locator('svg').count(),
    ).toBe(1);
    expect(await panel.getByRole('status').evaluate((el) => el === document.activeElement)).toBe(
      true,
    );
    await expectAxeClean(page);

    const organiser = await context.newPage();
    await organiser.goto(url);
    await organiser.locator('h1', { hasText: String(place.name) }).waitFor();
    await organiser.close();

    await panel.getByRole('button', { name: 'リンクを取り消す' }).click();
    await expect.poll(() => panel.textContent()).toContain('有効なリンクはありません');
    const again = await context.newPage();
    await again.goto(url);
    await again.getByText('このリンクは新しいリンクに替わりました').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the admin’s staleness settings', () => {
  it('shows the defaults, refuses stages out of order naming the field, and saves', async () => {
    const { context, page, errors } = await signedInPage(
      browser,
      server.url,
      'admin@example.com',
      '/admin/settings',
    );
    const notice = page.locator('#settings-noticeMonths');
    await notice.waitFor({ timeout: 30_000 });
    expect([
      await page.locator('#settings-flagMonths').inputValue(),
      await notice.inputValue(),
      await page.locator('#settings-hideMonths').inputValue(),
    ]).toEqual(['10', '12', '24']);
    await notice.fill('6');
    await page.getByRole('button', { name: '設定を保存する' }).click();
    await expect
      .poll(() => page.locator('#settings-noticeMonths-error').textContent())
      .toContain('前の段階の月数以上');
    await expectAxeClean(page);
    await notice.fill('11');
    await page.getByRole('button', { name: '設定を保存する' }).click();
    const site = async (): Promise<Rec> =>
      (await su.get<{ items: Rec[] }>('/api/collections/site/records')).body.items[0]!;
    await expect.poll(async () => (await site()).stale_notice_months, { timeout: 15_000 }).toBe(11);
    expect(await site()).toMatchObject({
      stale_flag_months: 10,
      stale_hide_months: 24,
      organiser_auto_confirm: false,
    });
    // back to the defaults for the public-page test below
    await su.patch(`/api/collections/site/records/${(await site()).id}`, {
      stale_notice_months: 0,
      stale_flag_months: 0,
      stale_hide_months: 0,
    });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('staleness on the public pages', () => {
  it('the notice after 12 months; off the residents’ list after 24, its page still found with the notice', async () => {
    const towns = (
      await su.get<{ items: Rec[] }>(
        `/api/collections/areas/records?perPage=1000&filter=${encodeURIComponent("kind='town'")}`,
      )
    ).body.items;
    const town = towns.find((t) => t.point && (t.point as { lon: number }).lon !== 0)!;
    const { context } = await newContext(browser, server.url);
    const page = await context.newPage();
    const errors = collectErrors(page);
    const listIds = async (): Promise<string[]> => {
      await page.goto(new URL(`/?town=${town.id}`, server.url).href);
      await page.locator('ol.results > li').first().waitFor({ timeout: 30_000 });
      return page
        .locator('ol.results > li')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-resource-id') ?? ''));
    };
    const [oldest, older, fresh] = await listIds();
    const monthsAgo = (n: number): string => {
      const d = new Date();
      d.setUTCMonth(d.getUTCMonth() - n);
      return d.toISOString().replace('T', ' ');
    };
    await su.patch(`/api/collections/resources/records/${oldest}`, {
      last_verified_at: monthsAgo(25),
      verification_method: 'phone',
    });
    await su.patch(`/api/collections/resources/records/${older}`, {
      last_verified_at: monthsAgo(13),
      verification_method: 'visit',
    });
    await su.patch(`/api/collections/resources/records/${fresh}`, {
      last_verified_at: monthsAgo(0),
      verification_method: 'organiser',
      accepting_newcomers: 'yes',
      capacity_available: 3,
      capacity_updated_at: '2026-04-01 00:00:00.000Z',
    });

    await expect.poll(listIds, { timeout: 20_000 }).not.toContain(oldest);
    expect(await listIds()).toContain(older);

    for (const [id, method] of [
      [older, '訪問'],
      [oldest, '電話'],
    ] as const) {
      await page.goto(new URL(`/places/${id}`, server.url).href);
      const notice = page.locator('.stale-notice');
      await notice.waitFor({ timeout: 20_000 });
      expect(await notice.textContent()).toContain('情報の確認から1年以上たっています');
      expect(await page.locator('p.confirmed').textContent()).toMatch(
        new RegExp(`最後に確認した日：.*（${method}）`),
      );
    }
    await expectAxeClean(page);
    // found by name in the directory, with the notice
    const oldestName = (await su.get<Rec>(`/api/collections/resources/records/${oldest}`)).body
      .name as string;
    await page.goto(new URL(`/directory?q=${encodeURIComponent(oldestName)}`, server.url).href);
    const card = page
      .locator('article, li')
      .filter({ hasText: oldestName })
      .filter({ has: page.locator('.stale-notice') })
      .first();
    await card.waitFor({ timeout: 30_000 });
    // a freshly confirmed place shows when and how, and no notice
    await page.goto(new URL(`/places/${fresh}`, server.url).href);
    await page.locator('p.confirmed').waitFor({ timeout: 20_000 });
    expect(await page.locator('p.confirmed').textContent()).toContain('主催者の確認');
    expect(await page.locator('.stale-notice').count()).toBe(0);
    // the newcomers/capacity answer with its own "as of" date
    expect(await page.locator('main').textContent()).toContain('空き：3人');
    expect(await page.getByTestId('capacity-as-of').textContent()).toContain('2026年4月1日時点');
    expect(errors).toEqual([]);
    await context.close();
  });
});
