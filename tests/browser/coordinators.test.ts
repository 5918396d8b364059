/**
 * Coordinators keeping the directory true (issue #6), in a real browser against a real
 * PocketBase with the demo city: a coordinator signs in, edits a place's schedule to
 * "2nd and 4th Wednesday" (after a refused bad time), confirms it, accepts a resident's
 * suggestion and sees the district's confirmed share go up; a coordinator of another
 * district is refused; axe-core finds no violations on the coordinator pages.
 */
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server';
import { anonymous, type ApiClient, type ListBody, signInDemo } from '../integration/api';
import { signedInPage, expectAxeClean, type OpenedPage } from './browser';
import { withServerAndBrowser } from './server-and-browser';

type Rec = Record<string, unknown> & { id: string };

let server: TestServer;
let browser: Browser;
let coordApi: ApiClient;
let place: Rec;
let districtId: string;
let suggestionId: string;

withServerAndBrowser((s, b) => ([server, browser] = [s, b]));

beforeAll(async () => {
  coordApi = await signInDemo(server.url, 'coordinator@example.com');
  const mine = coordApi.record.districts as string[];
  const res = await coordApi.get<ListBody<Rec>>(
    `/api/collections/resources/records?perPage=500&sort=last_verified_at&filter=${encodeURIComponent(
      `kind = "gathering_place" && status = "active" && is_public = true && district = "${mine[0]}"`,
    )}`,
  );
  // the least recently confirmed public place: it is in the re-confirm queue and counts as stale
  place = res.body.items[0]!;
  districtId = place.district as string;
  const s = await anonymous(server.url).post<Rec>('/api/collections/suggestions/records', {
    resource: place.id,
    topic: 'schedule',
    message: '第2・第4水曜に変わったそうです',
  });
  expect(s.status).toBe(200);
  suggestionId = s.body.id;
}, 60_000);

const signedIn = (email: string): Promise<OpenedPage> =>
  signedInPage(browser, server.url, email, '/manage');

async function shareText(page: Page): Promise<string> {
  const el = page.getByTestId(`share-${districtId}`);
  await el.waitFor();
  return (await el.textContent()) ?? '';
}

/** "12か月以内に確認済み：{confirmed}件…" → confirmed. */
const confirmedCount = (text: string) => Number(/確認済み：(\d+)件/.exec(text)?.[1] ?? NaN);

describe('a coordinator keeps a place up to date', () => {
  it('edits the schedule, confirms, accepts a suggestion and sees the share go up', async () => {
    const { context, page, errors } = await signedIn('coordinator@example.com');
    const before = confirmedCount(await shareText(page));
    expect(before).toBeGreaterThanOrEqual(0);
    await expect.poll(() => page.locator(`[data-queue-row="${place.id}"]`).count()).toBe(1);
    await expectAxeClean(page);

    await page.locator(`[data-queue-row="${place.id}"] a.name`).click();
    await page.waitForURL((u) => u.pathname === `/manage/resources/${place.id}`);
    await page.locator('#res-name').waitFor();

    // replace the schedule with one rule: 2nd and 4th Wednesday, first with a bad time
    const remove = page.getByRole('button', { name: 'この決まりを削除' });
    while ((await remove.count()) > 0) await remove.first().click();
    await page.getByRole('button', { name: '日時の決まりを追加' }).click();
    await page.getByLabel('水曜日').check();
    await page.getByLabel('第2', { exact: true }).check();
    await page.getByLabel('第4', { exact: true }).check();
    await page.locator('#rule-0-start').fill('12:00');
    await page.locator('#rule-0-end').fill('10:00');
    // and a phone number with letters, and a pin outside the city
    await page.locator('#res-publicPhone').fill('0270-00-12ab');
    await page.locator('#res-lng').fill('150');
    await page.locator('#res-lng').dispatchEvent('change');
    await page.getByRole('button', { name: '保存する' }).click();
    await expect
      .poll(() => page.locator('#rule-0-end-error').textContent())
      .toContain('終了時刻は開始時刻より後');
    expect(await page.locator('#publicPhone-error').textContent()).toContain('数字とハイフン');
    expect(await page.locator('#location-error').textContent()).toContain('市の外');
    expect(await page.locator('#rule-0-end').getAttribute('aria-invalid')).toBe('true');
    await expectAxeClean(page);
    const unchanged = await coordApi.get<Rec>(`/api/collections/resources/records/${place.id}`);
    expect([unchanged.body.schedule, unchanged.body.public_phone]).toEqual([
      place.schedule,
      place.public_phone,
    ]);

    // a click on the map places the pin (fills latitude and longitude) …
    const lat0 = await page.locator('#res-lat').inputValue();
    await page.getByTestId('pin-map').locator('canvas').click();
    await expect.poll(() => page.locator('#res-lat').inputValue()).not.toBe(lat0);
    // … and a town's point can be taken instead
    await page.locator('#res-town').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'この町の代表点を使う' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: '代表点を位置にしました' }).count())
      .toBe(1);

    await page.locator('#res-publicPhone').fill(String(place.public_phone ?? ''));
    await page.locator('#rule-0-start').fill('10:00');
    await page.locator('#rule-0-end').fill('12:00');
    // save and accept the resident's suggestion in one go
    await page.locator('#res-accept').selectOption(suggestionId);
    await page.getByRole('button', { name: '保存する' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: '保存しました' }).count())
      .toBe(1);
    await expect
      .poll(async () => (await page.getByTestId('schedule-preview').allTextContents()).join())
      .toContain('第2・第4水曜 10:00〜12:00');
    const saved = await coordApi.get<{
      schedule: { rules: unknown[] };
      location_approximate: boolean;
    }>(`/api/collections/resources/records/${place.id}`);
    expect(saved.body.schedule.rules).toEqual([
      { type: 'monthly_nth', weekdays: ['wed'], nth: [2, 4], start: '10:00', end: '12:00' },
    ]);
    expect(saved.body.location_approximate).toBe(true);
    const handled = await coordApi.get<Rec>(`/api/collections/suggestions/records/${suggestionId}`);
    expect([handled.body.status, handled.body.handled_by]).toEqual([
      'accepted',
      coordApi.record.id,
    ]);
    expect(await page.locator(`[data-suggestion="${suggestionId}"]`).count()).toBe(0);

    // confirmed today, by visit
    await page.locator(`#confirm-${place.id}-method`).selectOption('visit');
    await page
      .getByRole('button', { name: /本日確認済みにする/ })
      .first()
      .click();
    await expect.poll(() => page.getByTestId('last-confirmed').textContent()).toContain('訪問');
    // the change history shows the schedule change
    await expect
      .poll(() => page.locator('#history-heading + .table-wrap').textContent())
      .toContain('日時：');
    expect(await page.locator('#history-heading + .table-wrap').textContent()).toContain(
      '→ 第2・第4水曜 10:00〜12:00',
    );
    await expect
      .poll(() => page.locator('#history-heading + .table-wrap').textContent())
      .toContain('最終確認日時：');

    await expectAxeClean(page);

    // back in the workspace: the share went up by one, the place left the queue
    await page.goto(new URL('/manage', server.url).href);
    await expect.poll(async () => confirmedCount(await shareText(page))).toBe(before + 1);
    expect(await page.locator(`[data-queue-row="${place.id}"]`).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('a coordinator of another district is not offered the form', async () => {
    const { context, page } = await signedIn('coordinator2@example.com');
    await page.goto(new URL(`/manage/resources/${place.id}`, server.url).href);
    await expect.poll(() => page.locator('.notice-info').textContent()).toContain('担当外の地区');
    expect(await page.locator('#res-name').count()).toBe(0);
    expect(await page.getByRole('button', { name: /本日確認済みにする/ }).count()).toBe(0);
    // their own "add an activity" form offers only their own district
    await page.goto(new URL('/manage/resources/new', server.url).href);
    await page.locator('#res-districtId').waitFor();
    const options = await page
      .locator('#res-districtId option')
      .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    expect(options).not.toContain(districtId);
    expect(options.length).toBeGreaterThan(0);
    await expectAxeClean(page);
    await context.close();
  });

  it('a care manager reads only', async () => {
    const { context, page } = await signedIn('caremanager@example.com');
    await expect.poll(() => page.locator('.notice-info').textContent()).toContain('閲覧のみ');
    await page.goto(new URL(`/manage/resources/${place.id}`, server.url).href);
    await expect.poll(() => page.locator('.notice-info').textContent()).toContain('閲覧のみ');
    expect(await page.locator('#res-name').count()).toBe(0);
    await context.close();
  });
});

describe('council and district pages', () => {
  it('show progress, let the coordinator record a meeting, and show the profile and its print version, without axe violations', async () => {
    const { context, page } = await signedIn('coordinator@example.com');
    const councils = await coordApi.get<ListBody<Rec>>(
      `/api/collections/councils/records?filter=${encodeURIComponent(`layer = 2 && district = "${districtId}"`)}`,
    );
    const council = councils.body.items[0]!;
    await page.goto(new URL('/councils', server.url).href);
    await expect
      .poll(() => page.getByTestId('council-progress').textContent(), { timeout: 10_000 })
      .toMatch(/地区中\d+地区/);
    expect(await page.locator('table').first().textContent()).toContain('令和');
    await expectAxeClean(page);

    const section = page.locator(`section[aria-labelledby="council-${council.id}"]`);
    await section.getByText('協議体の情報を更新・会議を記録').click();
    await section.getByLabel('参加者').fill('十二');
    await section.getByRole('button', { name: '会議を記録する' }).click();
    await expect
      .poll(() => section.locator(`#edit-${council.id}-theme-error`).textContent())
      .toContain('入力してください');
    expect(await section.locator(`#edit-${council.id}-attendees-error`).textContent()).toContain(
      '0以上の数',
    );
    await expectAxeClean(page);
    await section.getByLabel('テーマ').fill('買い物の困りごと');
    await section.getByLabel('参加者').fill('12');
    await section.getByRole('button', { name: '会議を記録する' }).click();
    await expect
      .poll(() => section.getByRole('status').textContent())
      .toContain('会議を記録しました');
    const meetings = await coordApi.get<ListBody<Rec>>(
      `/api/collections/council_meetings/records?filter=${encodeURIComponent(`council = "${council.id}" && theme = "買い物の困りごと"`)}`,
    );
    expect(meetings.body.items.map((m) => m.attendees)).toEqual([12]);

    await page.goto(new URL(`/districts/${districtId}`, server.url).href);
    await expect
      .poll(() => page.getByTestId('profile-share').textContent(), { timeout: 10_000 })
      .toContain('確認済み');
    await expect
      .poll(() => page.getByTestId('profile-walk').textContent(), { timeout: 10_000 })
      .toMatch(/800m以内.*[\d,]+人中[\d,]+人/);
    // a shorter walk never covers more residents
    const covered = async () =>
      Number(
        /([\d,]+)人（/
          .exec((await page.getByTestId('profile-walk').textContent()) ?? '')?.[1]
          ?.replace(/,/g, ''),
      );
    const at800 = await covered();
    await page.locator('#profile-walk').selectOption('500');
    await expect.poll(() => page.getByTestId('profile-walk').textContent()).toContain('500m以内');
    expect(await covered()).toBeLessThanOrEqual(at800);
    await expectAxeClean(page);
    await page.goto(new URL(`/districts/${districtId}/print`, server.url).href);
    await expect.poll(() => page.locator('#profile-list').count(), { timeout: 10_000 }).toBe(1);
    expect(
      await page.locator('#profile-list ~ table, #profile-list + table').first().textContent(),
    ).toContain('第2・第4水曜');
    await expectAxeClean(page);
    await context.close();
  }, 60_000);
});
