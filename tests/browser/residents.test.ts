/**
 * The residents' journey in a real browser against a real PocketBase with the demo city:
 * choose a town (typed in hiragana) → the first result is the truly nearest active place
 * (computed here from the API data, with our own haversine) → open it → the next dates of a
 * monthly schedule are right → the print sheet lists it. The suggestion form: bad input gets
 * a clear message; a good one is stored and is not visible to the public. axe on every page.
 */
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { japaneseHolidays } from '../../src/lib/domain/japanese-holidays';
import type { TestServer } from '../helpers/server';
import { collectErrors, newContext, PHONE, expectAxeClean } from './browser';
import { withServerAndBrowser } from './server-and-browser';
import { signInSuperuser } from '../integration/api';

interface PbPoint {
  lon: number;
  lat: number;
}
interface TownRec {
  id: string;
  name: string;
  name_kana: string;
  point: PbPoint;
}
interface MonthlyRule {
  type: string;
  weekdays: string[];
  nth: number[];
  start: string;
  end: string;
}
interface ResourceRec {
  id: string;
  name: string;
  status: string;
  location: PbPoint;
  schedule: {
    rules: MonthlyRule[];
    closedOnPublicHolidays: boolean;
    closedPeriods: { from: string; to: string }[];
    closedDates: string[];
  };
}

/** The browser's frozen "now": a Monday in January 2026 (成人の日 is 2026-01-12). */
const NOW = new Date('2026-01-05T09:00:00+09:00');
const TODAY = '2026-01-05';
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

let server: TestServer;
let browser: Browser;
let towns: TownRec[] = [];
let resources: ResourceRec[] = [];

async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(new URL(path, server.url), init);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

function haversineM(a: PbPoint, b: PbPoint): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * r) / 2) ** 2 +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}

function nearestTo(p: PbPoint): ResourceRec {
  const located = resources.filter(
    (r) => r.status === 'active' && !(r.location.lon === 0 && r.location.lat === 0),
  );
  return located.reduce((best, r) =>
    haversineM(p, r.location) < haversineM(p, best.location) ? r : best,
  );
}

/** The next `n` dates of a monthly_nth schedule, by brute force over the calendar. */
function expectedMonthlyDates(s: ResourceRec['schedule'], from: string, n: number): string[] {
  const out: string[] = [];
  const holidays = new Set([...japaneseHolidays(2026).keys(), ...japaneseHolidays(2027).keys()]);
  for (let d = new Date(`${from}T00:00:00Z`); out.length < n; d.setUTCDate(d.getUTCDate() + 1)) {
    const iso = d.toISOString().slice(0, 10);
    const dom = d.getUTCDate();
    const dim = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
    const matches = s.rules.some(
      (rule) =>
        rule.type === 'monthly_nth' &&
        rule.weekdays.includes(WEEKDAYS[d.getUTCDay()]!) &&
        (rule.nth.includes(Math.ceil(dom / 7)) || (rule.nth.includes(-1) && dom + 7 > dim)),
    );
    const mmdd = iso.slice(5);
    const closed =
      s.closedDates.includes(iso) ||
      (s.closedOnPublicHolidays && holidays.has(iso)) ||
      s.closedPeriods.some((p) =>
        p.from <= p.to ? mmdd >= p.from && mmdd <= p.to : mmdd >= p.from || mmdd <= p.to,
      );
    if (matches && !closed) out.push(iso);
  }
  return out;
}

async function open(path: string, viewport?: { width: number; height: number }) {
  const { context, foreignRequests } = await newContext(
    browser,
    server.url,
    viewport ? { viewport } : {},
  );
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  const errors = collectErrors(page);
  await page.goto(new URL(path, server.url).href);
  await page.locator('h1').waitFor();
  return { context, page, errors, foreignRequests };
}

async function expectNoAxeViolations(
  page: Page,
  opts: { networkIdle?: boolean } = {},
): Promise<void> {
  if (opts.networkIdle ?? true) await page.waitForLoadState('networkidle');
  await expectAxeClean(page);
}

/** A town whose nearest place meets monthly on the nth weekday (the hardest dates to get right). */
let town: TownRec;
let nearest: ResourceRec;

withServerAndBrowser((s, b) => ([server, browser] = [s, b]), { demo: true });

beforeAll(async () => {
  towns = (
    await api<{ items: TownRec[] }>(
      `/api/collections/areas/records?perPage=1000&filter=${encodeURIComponent("kind='town'")}`,
    )
  ).items;
  resources = (
    await api<{ items: ResourceRec[] }>('/api/collections/resources/records?perPage=1000')
  ).items;
  const candidates = towns
    .filter((t) => t.name_kana && !(t.point.lon === 0 && t.point.lat === 0))
    .map((t) => ({ t, r: nearestTo(t.point) }))
    .filter(
      ({ r }) => r.schedule.rules.length === 1 && r.schedule.rules[0]!.type === 'monthly_nth',
    );
  expect(candidates.length, 'a town whose nearest place meets monthly').toBeGreaterThan(0);
  // Prefer one closed on holidays, so the holiday rule is exercised too.
  const pick = candidates.find(({ r }) => r.schedule.closedOnPublicHolidays) ?? candidates[0]!;
  town = pick.t;
  nearest = pick.r;
}, 120_000);

describe('residents’ journey', () => {
  it('choose a town by its reading → nearest first → place page with the next dates → print', async () => {
    const { context, page, errors, foreignRequests } = await open('/');
    await page.locator('#town-input').waitFor();
    await expectNoAxeViolations(page);

    // Typing the reading in hiragana finds the kanji name; keyboard only.
    await page.locator('#town-input').click();
    await page.keyboard.type(town.name_kana);
    const option = page.getByRole('option', { name: new RegExp(town.name) }).first();
    await option.waitFor();
    const options = await page.getByRole('option').allTextContents();
    const index = options.findIndex((o) => o.includes(town.name));
    for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.searchParams.get('town') === town.id);

    const first = page.locator('ol.results > li').first();
    await first.waitFor();
    expect(await first.getAttribute('data-resource-id')).toBe(nearest.id);
    expect(await first.textContent()).toMatch(/徒歩約\d+分/);
    await expectNoAxeViolations(page);

    // The shared URL restores the same list.
    const again = await context.newPage();
    await again.clock.setFixedTime(NOW);
    await again.goto(page.url());
    await again.locator('ol.results > li').first().waitFor();
    expect(await again.locator('ol.results > li').first().getAttribute('data-resource-id')).toBe(
      nearest.id,
    );
    await again.close();

    // Open the place by keyboard: focus its link and press Enter.
    await first.locator('h3 a').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === `/places/${nearest.id}`);
    await page.locator('.next-dates li').first().waitFor();
    const shown = await page.locator('.next-dates li').allTextContents();
    const expected = expectedMonthlyDates(nearest.schedule, TODAY, 3);
    expect(shown).toHaveLength(3);
    expected.forEach((iso, i) => {
      const [, m, d] = iso.split('-').map(Number);
      expect(shown[i]).toContain(`${m}月${d}日`);
      expect(shown[i]).toContain(nearest.schedule.rules[0]!.start);
    });
    expect(await page.locator('.schedule').textContent()).toMatch(/第[1-5]|最終/);
    await expectNoAxeViolations(page);

    // Back to the list (the choice is kept), then the print sheet.
    await page.getByRole('link', { name: '一覧に戻る' }).click();
    await page.waitForURL((u) => u.pathname === '/' && u.searchParams.get('town') === town.id);
    await page.getByRole('link', { name: '近所の一覧を印刷する' }).click();
    await page.waitForURL((u) => u.pathname === '/print');
    const sheetFirst = page.locator('.sheet-list > li').first();
    await sheetFirst.waitFor();
    expect(await sheetFirst.getAttribute('data-resource-id')).toBe(nearest.id);
    expect(await page.locator('h1').textContent()).toContain(town.name);
    await page.locator('.sheet-map canvas').waitFor({ timeout: 30_000 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header .main-nav').isVisible()).toBe(false);
    expect(await sheetFirst.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await expectNoAxeViolations(page);

    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('filters narrow the list and live in the URL', async () => {
    const { context, page } = await open(`/?town=${town.id}&free=1&dropin=1`);
    await page.locator('ol.results > li, .results-panel p').first().waitFor();
    await page.waitForLoadState('networkidle');
    const ids = await page
      .locator('ol.results > li')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-resource-id')));
    const byId = new Map(
      (
        await api<{
          items: (ResourceRec & {
            cost: { unit: string; amountYen: number | null };
            booking: string;
          })[];
        }>('/api/collections/resources/records?perPage=1000')
      ).items.map((r) => [r.id, r]),
    );
    for (const id of ids) {
      const r = byId.get(id ?? '')!;
      expect(r.booking).toBe('drop_in');
      expect(r.cost.unit === 'free' || r.cost.amountYen === 0).toBe(true);
    }
    expect(await page.locator('input[name="free"]').isChecked()).toBe(true);
    await page.locator('input[name="free"]').uncheck();
    await page.waitForURL(
      (u) => !u.searchParams.has('free') && u.searchParams.get('dropin') === '1',
    );
    await context.close();
  });

  it('works on a phone in English with large text (axe)', async () => {
    const { context, page } = await open(`/?town=${town.id}`, PHONE);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('button', { name: 'Larger text' }).click();
    await page.locator('ol.results > li').first().waitFor();
    expect(await page.locator('ol.results > li').first().textContent()).toMatch(
      /About \d+ min walk/,
    );
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // The map is re-created in the new language; audit once it has drawn.
    await page.locator('canvas.maplibregl-canvas').waitFor({ timeout: 30_000 });
    await expectNoAxeViolations(page, { networkIdle: false });
    await context.close();
  });
});

describe('other ways to say where you live', () => {
  it('the device location and a tap on the map both choose the point (kept in the URL)', async () => {
    const { context, foreignRequests } = await newContext(browser, server.url);
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ latitude: town.point.lat, longitude: town.point.lon });
    const page = await context.newPage();
    await page.goto(new URL('/', server.url).href);
    await page.getByRole('button', { name: '現在地を使う' }).click();
    await page.waitForURL((u) => u.searchParams.has('at'));
    const [lng, lat] = (new URL(page.url()).searchParams.get('at') ?? '').split(',').map(Number);
    expect(lng).toBeCloseTo(town.point.lon, 4);
    expect(lat).toBeCloseTo(town.point.lat, 4);
    await page.locator('ol.results > li').first().waitFor();
    expect(await page.locator('ol.results > li').first().getAttribute('data-resource-id')).toBe(
      nearest.id,
    );
    expect(await page.locator('#results-heading').textContent()).toContain('現在地');

    // A click on the map (away from any place) moves "home" there.
    const canvas = page.locator('canvas.maplibregl-canvas');
    await canvas.waitFor({ timeout: 30_000 });
    const before = new URL(page.url()).searchParams.get('at');
    // Until the style has loaded a click finds no layers to test against; click again then.
    await expect
      .poll(
        async () => {
          await canvas.click({ position: { x: 12, y: 12 } });
          return new URL(page.url()).searchParams.get('at');
        },
        { timeout: 20_000, interval: 1000 },
      )
      .not.toBe(before);
    expect(await page.locator('#results-heading').textContent()).toContain('選んだ場所');
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});

describe('tell us about a change', () => {
  it('names the field on bad input; stores a good suggestion that the public cannot read', async () => {
    const { context, page } = await open(`/places/${nearest.id}`);
    await page.locator('#suggest-message').waitFor();
    await page.getByRole('button', { name: '送る' }).click();
    await expect
      .poll(() => page.locator('#suggest-topic-error').textContent())
      .toContain('何が変わったかを選んでください');
    expect(await page.locator('#suggest-message-error').textContent()).toContain(
      'くわしい内容を書いてください',
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('suggest-topic');
    await page.locator('#suggest-topic').selectOption('schedule');
    await page.locator('#suggest-message').fill('休み');
    await page.getByRole('button', { name: '送る' }).click();
    await expect
      .poll(() => page.locator('#suggest-message-error').textContent())
      .toContain('5文字以上');
    expect(await page.locator('#suggest-message').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page);

    const text = `第3水曜日にも開くようになりました（ブラウザテスト ${Date.now()}）`;
    await page.locator('#suggest-message').fill(text);
    await page.getByRole('button', { name: '送る' }).click();
    await expect
      .poll(() => page.locator('.suggest').textContent())
      .toContain('地区の担当者に届きました');

    const publicList = await api<{ totalItems: number }>('/api/collections/suggestions/records');
    expect(publicList.totalItems).toBe(0);
    const su = await signInSuperuser(server);
    const stored = await api<{
      items: { resource: string; message: string; status: string; district: string }[];
    }>(`/api/collections/suggestions/records?filter=${encodeURIComponent(`message = "${text}"`)}`, {
      headers: { Authorization: su.token },
    });
    expect(stored.items).toHaveLength(1);
    expect(stored.items[0]).toMatchObject({ resource: nearest.id, status: 'open' });
    // The place itself is unchanged.
    const after = await api<ResourceRec>(`/api/collections/resources/records/${nearest.id}`);
    expect(after.schedule).toEqual(nearest.schedule);
    await context.close();
  });
});
