/**
 * The coordinator's workspace on a 390 px phone, and its queue also at 768 and 1280 px (issues
 * #14 item 4–5, #16 items 2 and 5), in a real browser against a real PocketBase with the demo
 * city: the re-confirm queue as cards
 * (names wrap by words, the confirm button in view, a call link per phone number), bulk
 * confirm with one status message that takes focus, no target under 44 × 44 px, the
 * confirmed-share trend with its table, update links issued for the chosen records (the
 * confirmation naming the links it replaces) and their QR codes and URLs on the letters, letters
 * and a call list printed to A4 PDFs and marked "sent on", a new place announced with
 * 「登録しました」, and the pin map opening at the district with its names drawn, a romaji town
 * search and a pin set from the keyboard. axe-core finds no violations.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server';
import { toRomaji } from '../../src/lib/search/to-romaji';
import { jstDate, type ApiClient, type ListBody, signInDemo } from '../integration/api';
import { JOURNEY_WIDTHS, PHONE, signedInPage, expectAxeClean } from './browser';
import { smallTargets } from './touch-targets';
import { withServerAndBrowser } from './server-and-browser';
import { printedPdf } from './printed-pdf';

type Rec = Record<string, unknown> & { id: string };

let server: TestServer;
let browser: Browser;
let coordApi: ApiClient;
let dir: string;
/** Queued records of the coordinator's first district (never or long ago confirmed), oldest first. */
let queued: Rec[];
/** resource id → private contact phone */
let phones: Record<string, string>;

withServerAndBrowser((s, b) => ([server, browser] = [s, b]));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sasaeai-manage-'));
  coordApi = await signInDemo(server.url, 'coordinator@example.com');
  const district = (coordApi.record.districts as string[])[0]!;
  const cutoff = new Date(Date.now() - 300 * 86_400_000).toISOString().replace('T', ' ');
  const res = await coordApi.get<ListBody<Rec>>(
    `/api/collections/resources/records?perPage=500&sort=last_verified_at,name&filter=${encodeURIComponent(
      `district = "${district}" && status != "closed" && (last_verified_at = "" || last_verified_at < "${cutoff}")`,
    )}`,
  );
  queued = res.body.items;
  // Four for the phone's tests, three more for confirming at each width.
  expect(queued.length).toBeGreaterThanOrEqual(8);
  const contacts = await coordApi.get<ListBody<Rec>>(
    '/api/collections/resource_contacts/records?perPage=500',
  );
  phones = Object.fromEntries(
    contacts.body.items.map((c) => [c.resource as string, String(c.direct_phone ?? '')]),
  );
}, 120_000);

afterAll(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function phoneSignedIn(
  viewport: { width: number; height: number } = PHONE,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const { context, page, errors } = await signedInPage(
    browser,
    server.url,
    'coordinator@example.com',
    '/manage',
    { viewport, touch: viewport.width < 1024 },
  );
  await page.locator('[data-queue-row]').first().waitFor();
  return { context, page, errors };
}

/** The focused element's data-testid (or tag). */
const focused = (page: Page) =>
  page.evaluate(
    () =>
      document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? '',
  );

const printed = (page: Page, name: string) => printedPdf(page, join(dir, name));

describe.each(JOURNEY_WIDTHS)('the coordinator queue on a %s', (_name, viewport) => {
  it('shows the queue as cards with call links, every target at least 44 px, and a trend with a table', async () => {
    const { context, page, errors } = await phoneSignedIn(viewport);
    const first = queued[0]!;
    const card = page.locator(`[data-queue-row="${first.id}"]`);
    // the name wraps by words, not one character per line
    const name = await card.locator('a.name').boundingBox();
    expect(name!.width).toBeGreaterThan(120);
    const lineHeight = await card
      .locator('a.name')
      .evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 24);
    expect(name!.height).toBeLessThan(lineHeight * 3 + 1);
    // the confirm button is inside the screen
    const button = await card.getByRole('button', { name: /本日確認済みにする/ }).boundingBox();
    expect(button!.x).toBeGreaterThanOrEqual(0);
    expect(button!.x + button!.width).toBeLessThanOrEqual(viewport.width);
    // a call link per phone number
    const withPhone = queued.find((r) => phones[r.id]);
    expect(withPhone).toBeTruthy();
    const digits = phones[withPhone!.id]!.replace(/[^\d+]/g, '');
    expect(
      await page.locator(`[data-queue-row="${withPhone!.id}"] a[href="tel:${digits}"]`).count(),
    ).toBe(1);

    // the trend: one chart per district with its months in a table
    const chart = page.getByTestId('trend-chart').first();
    await chart.waitFor();
    expect(await chart.locator('svg[role="img"]').getAttribute('aria-label')).toMatch(/割合/);
    expect(await chart.locator('tbody tr').count()).toBe(12);

    expect(await smallTargets(page)).toEqual([]);
    await expectAxeClean(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the coordinator workspace on a phone', () => {
  it('confirms several records at once, with one status message that takes focus', async () => {
    const { context, page } = await phoneSignedIn();
    const [a, b] = [queued[1]!, queued[2]!];
    await page.getByRole('checkbox', { name: `「${a.name}」を選ぶ` }).check();
    await page.getByRole('checkbox', { name: `「${b.name}」を選ぶ` }).check();
    await expect
      .poll(() => page.getByTestId('selected-count').textContent())
      .toContain('2件を選択中');
    await page.locator('#bulk-method').selectOption('visit');
    await page.getByRole('button', { name: '選んだ記録を本日確認済みにする' }).click();
    const status = page.getByTestId('status-message');
    await expect
      .poll(() => status.textContent(), { timeout: 15_000 })
      .toBe('2件を本日確認済みにしました。');
    await expect.poll(() => focused(page), { timeout: 5_000 }).toBe('status-message');
    for (const r of [a, b]) {
      const saved = await coordApi.get<Rec>(`/api/collections/resources/records/${r.id}`);
      expect([saved.body.verification_method, saved.body.verified_by]).toEqual([
        'visit',
        coordApi.record.id,
      ]);
      // confirmed records leave the queue
      expect(await page.locator(`[data-queue-row="${r.id}"]`).count()).toBe(0);
    }
    // one record: its own message, focus again
    const c = queued[3]!;
    await page.getByRole('button', { name: `「${c.name}」を本日確認済みにする` }).click();
    await expect
      .poll(() => status.textContent(), { timeout: 15_000 })
      .toBe(`「${c.name}」を本日確認済みにしました。`);
    await expect.poll(() => focused(page), { timeout: 5_000 }).toBe('status-message');
    await expectAxeClean(page);
    await context.close();
  });

  it('prints letters and a call list to A4 and marks them sent, which the queue then shows', async () => {
    const { context, page } = await phoneSignedIn();
    // records the bulk test left in the queue (it confirmed queued[1..3])
    const chosen = [queued[0]!, queued.slice(4).find((r) => phones[r.id])!];
    expect(chosen[1]).toBeTruthy();
    for (const r of chosen)
      await page.getByRole('checkbox', { name: `「${r.name}」を選ぶ` }).check();

    await page.getByRole('link', { name: '手紙を印刷' }).click();
    await page.waitForURL((u) => u.pathname === '/manage/outreach');
    await page.locator('[data-letter]').first().waitFor();
    expect(await page.locator('[data-letter]').count()).toBe(2);
    // before any link is issued the letters print an empty slot
    expect(await page.getByTestId('qr-slot').count()).toBe(2);

    // the first record already holds a working link (an earlier letter): the confirmation
    // names the one link that issuing replaces, and the old link stops working
    const earlier = await coordApi.post<{ token: string }>('/api/sasaeai/update-links', {
      resource: chosen[0]!.id,
    });
    expect(earlier.status).toBe(200);
    await page.getByRole('button', { name: '2件の更新用リンクを発行する' }).click();
    const question = page.getByTestId('issue-links-question');
    await expect
      .poll(() => question.textContent(), { timeout: 15_000 })
      .toMatch(/2件に新しいリンクを発行します。うち1件には使えるリンクがあり/);
    await expect.poll(() => focused(page)).toBe('issue-links-question');
    expect(await smallTargets(page)).toEqual([]);
    await page.getByRole('button', { name: '発行する', exact: true }).click();
    const status = page.getByTestId('status-message');
    await expect
      .poll(() => status.textContent(), { timeout: 15_000 })
      .toBe('2件の更新用リンクを発行しました。手紙にQRコードが入りました。');
    await expect.poll(() => focused(page), { timeout: 5_000 }).toBe('status-message');
    const old = await fetch(`${server.url}/api/sasaeai/organiser/place`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: earlier.body.token }),
    });
    expect(old.status).toBe(410);
    const links = await page.getByTestId('letter-link').allTextContents();
    expect(links).toHaveLength(2);
    for (const link of links) {
      expect(link).toMatch(new RegExp(`^${server.url}/update#[A-Za-z0-9]{40}$`));
      // the printed link opens the place (the token is real)
      const token = link.split('#')[1]!;
      const place = await fetch(`${server.url}/api/sasaeai/organiser/place`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token }),
      });
      expect(place.status).toBe(200);
    }
    expect(await page.getByTestId('letter-qr').count()).toBe(2);
    await expectAxeClean(page);

    const letters = await printed(page, 'letters.pdf');
    expect(letters.pages).toBe(2);
    const flat = letters.text.replace(/\s+/g, '');
    expect(flat).toContain('掲載内容のご確認のお願い');
    for (const r of chosen) expect(flat).toContain(String(r.name).replace(/\s+/g, ''));
    expect(flat).toContain('現在の掲載内容');
    for (const link of links) expect(flat).toContain(link);
    // one picture per letter, each on its own letter's page (so inside that page's box): the QR code
    const images = execFileSync('pdfimages', ['-list', join(dir, 'letters.pdf')], {
      encoding: 'utf8',
    })
      .split('\n')
      .slice(2)
      .filter((l) => l.trim())
      .map((l) => l.trim().split(/\s+/));
    expect(images.map((cols) => cols[0])).toEqual(['1', '2']);
    // square, and drawn from the code's modules (8 px each)
    for (const cols of images) {
      expect(cols[3]).toBe(cols[4]);
      expect(Number(cols[3]) % 8).toBe(0);
    }

    // mark them sent by post two days ago
    const sentOn = jstDate(-2);
    await page.locator('#mark-sent-on').fill(sentOn);
    await page.getByRole('button', { name: '2件を「送付済み」にする' }).click();
    await expect
      .poll(() => status.textContent(), { timeout: 15_000 })
      .toMatch(/^2件を.+に「郵送」で送付済みにしました。$/);
    await expect.poll(() => focused(page), { timeout: 5_000 }).toBe('status-message');

    // the call list: phone numbers, last confirmation, the request just recorded and a result column
    await page.goto(
      `${server.url}/manage/outreach?view=calls&ids=${chosen.map((r) => r.id).join(',')}`,
    );
    await page.locator('[data-call-row]').first().waitFor();
    const calls = await printed(page, 'calls.pdf');
    expect(calls.pages).toBe(1);
    expect(calls.text).toContain(phones[chosen[1]!.id]!);
    expect(calls.text).toMatch(/結果/);
    expect(calls.text).toContain('郵送');

    // the queue shows who was asked and when
    await page.goto(`${server.url}/manage`);
    await page.locator('[data-queue-row]').first().waitFor();
    for (const r of chosen)
      await expect
        .poll(() => page.getByTestId(`asked-${r.id}`).textContent())
        .toMatch(/に依頼（郵送）/);
    await context.close();
  });

  it('announces a new place with 「登録しました」; the pin map opens at its district with its names drawn, a romaji town search moves it, the pin is set from the keyboard', async () => {
    const { context, page } = await phoneSignedIn();
    await page.getByRole('link', { name: '新しい活動を登録' }).click();
    await page.waitForURL((u) => u.pathname === '/manage/resources/new');
    await page.locator('#res-name').fill('テスト登録サロン');
    const district = await page.locator('#res-districtId').inputValue();
    await page.getByRole('button', { name: '保存する' }).click();
    await page.waitForURL((u) => /^\/manage\/resources\/[a-z0-9]+$/.test(u.pathname));
    const status = page.getByTestId('status-message');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('登録しました。');
    await expect.poll(() => focused(page), { timeout: 5_000 }).toBe('status-message');
    // no heading claiming "confirmed today" next to "no record"
    expect(await page.locator('#confirm-heading').textContent()).not.toContain('本日確認済み');
    expect(await page.getByTestId('last-confirmed').textContent()).toContain('記録なし');

    const map = page.getByTestId('pin-map');
    await map.waitFor();
    expect(await map.getAttribute('data-district')).toBe(district);
    await map.locator('canvas').waitFor();
    // The offline default has no streets: the district names are drawn on it.
    await expect.poll(() => map.locator('.labels .label').count()).toBeGreaterThan(0);

    // A town of that district, found by the romaji of its reading.
    const towns = await coordApi.get<ListBody<Rec>>(
      `/api/collections/areas/records?perPage=200&filter=${encodeURIComponent(
        `kind = "town" && parent = "${district}" && name_kana != ""`,
      )}`,
    );
    const town = towns.body.items.find((x) => (x.point as { lon: number }).lon !== 0)!;
    const townPoint = town.point as { lon: number; lat: number };
    await page.locator('#pin-town-search').fill(toRomaji(String(town.name_kana)));
    const match = page.locator(`.matches button[data-town-id="${town.id}"]`);
    await match.waitFor();
    expect(await match.textContent()).toContain(String(town.name_kana));
    await match.click();
    // Focus goes to the status that says where the map went (the list has gone).
    await expect.poll(() => focused(page)).toBe('pin-status');
    expect(await page.getByTestId('pin-status').textContent()).toContain(
      `地図を「${String(town.name)}」に移しました`,
    );
    // Close in, the town names are drawn too.
    await expect
      .poll(() => map.locator('.labels .label.town').allTextContents())
      .toContain(String(town.name));

    // Without a pointer: the pin goes under the cross-hair, i.e. at the town's point.
    await page.getByTestId('pin-at-centre').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('pin-status');
    expect(Number(await page.locator('#res-lat').inputValue())).toBeCloseTo(townPoint.lat, 4);
    expect(Number(await page.locator('#res-lng').inputValue())).toBeCloseTo(townPoint.lon, 4);
    expect(await page.getByTestId('pin-status').textContent()).toContain('ピンを置きました');
    // The coordinates stay editable as text.
    expect(await page.locator('#res-lat').isEditable()).toBe(true);
    expect(await smallTargets(page)).toEqual([]);
    await expectAxeClean(page);
    await context.close();
  });
});

describe.each(JOURNEY_WIDTHS)('confirming on a %s', (name, viewport) => {
  it('puts focus on the status message after a record is confirmed; axe 0', async () => {
    // Records from the end of the queue: the tests above confirmed or chose the first ones.
    const r = queued[queued.length - 1 - JOURNEY_WIDTHS.findIndex(([n]) => n === name)]!;
    const { context, page } = await phoneSignedIn(viewport);
    await page.getByRole('button', { name: `「${r.name}」を本日確認済みにする` }).click();
    const status = page.getByTestId('status-message');
    await expect
      .poll(() => status.textContent(), { timeout: 15_000 })
      .toBe(`「${r.name}」を本日確認済みにしました。`);
    await expect.poll(() => focused(page), { timeout: 5_000 }).toBe('status-message');
    expect(await status.isVisible()).toBe(true);
    await expectAxeClean(page);
    await context.close();
  });
});
