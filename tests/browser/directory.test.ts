/**
 * The directory and shortlists in a real browser against a real PocketBase with the demo city:
 * a care manager searches 買い物 in one district, free, on Wednesday, adds two results to a
 * shortlist and prints it; anonymous visitors never see private contacts; URL state and the
 * back button; keyboard-only use; axe-core on the directory and print pages.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAxeClean, openPage, signedInPage } from './browser';
import { withServerAndBrowser } from './server-and-browser';

const CARE_MANAGER = 'caremanager@example.com';
const LABEL = 'Aさん 10月更新分';

let server: { url: string; stop(): Promise<void> };
let browser: Browser;

withServerAndBrowser((s, b) => ([server, browser] = [s, b]), { demo: true });

const open = (path: string) => openPage(browser, server.url, path);

const resultCount = async (page: Page): Promise<number> => {
  const text = (await page.getByTestId('result-count').textContent()) ?? '';
  return Number(/(\d+)件/.exec(text)?.[1] ?? NaN);
};

/** Checkbox of a facet value, checked by its visible label, e.g. ('cost', 'free', '無料'). */
async function checkFacet(page: Page, facet: string, value: string, label: string): Promise<void> {
  const box = page.locator(`input[name="${facet}"][value="${value}"]`);
  expect(await box.evaluate((el) => (el.parentElement?.textContent ?? '').trim())).toMatch(
    new RegExp(`^${label}（\\d+件）$`),
  );
  await box.check();
}

describe('directory (anonymous)', () => {
  it('searches with live counts, keeps state in the URL, never shows private contacts, passes axe', async () => {
    const { context, page, errors, foreignRequests } = await open('/directory');
    await page.getByTestId('result-count').waitFor();
    const all = await resultCount(page);
    expect(all).toBeGreaterThan(100);
    await page.getByLabel('キーワード').fill('たいそう');
    await expect.poll(() => resultCount(page)).toBeLessThan(all);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('たいそう');
    const firstName = await page.locator('article h3').first().textContent();
    expect(firstName).toContain('体操');
    // Zero-count values stay visible.
    await expect.poll(() => page.getByLabel(/（0件）$/).count()).toBeGreaterThan(0);
    expect(await page.getByTestId('private-contact').count()).toBe(0);
    expect(await page.getByText('担当者の連絡先（職員のみ）').count()).toBe(0);
    await expectAxeClean(page);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});

describe('care manager', () => {
  it('searches 買い物 in a district, free, Wednesday; adds two to a shortlist; prints it', async () => {
    const { context, page, errors } = await signedInPage(browser, server.url, CARE_MANAGER);
    await expect.poll(() => page.locator('header').textContent()).toContain('ケアマネジャー');

    // A shortlist, named by a label (the page warns against personal data).
    await page.goto(new URL('/shortlists', server.url).href);
    await expect
      .poll(() =>
        page.getByText('個人が特定できる情報は書かないでください', { exact: false }).count(),
      )
      .toBe(1);
    await page.getByLabel('新しいリストの名前').fill(LABEL);
    await page.getByRole('button', { name: 'リストを作る' }).click();
    await page.getByRole('link', { name: LABEL }).waitFor();

    await page.goto(new URL('/directory', server.url).href);
    await page.getByTestId('result-count').waitFor();
    await page.getByLabel('キーワード').fill('買い物');
    await checkFacet(page, 'cost', 'free', '無料');
    await checkFacet(page, 'weekday', 'wed', '水曜日');
    // The district with the most results under the other choices (its count says so).
    const districtLabels = await page.locator('input[name="district"]').evaluateAll((els) =>
      els.map((el) => ({
        id: (el as HTMLInputElement).value,
        text: el.parentElement?.textContent ?? '',
      })),
    );
    const best = districtLabels
      .map((d) => ({ ...d, n: Number(/（(\d+)件）/.exec(d.text)?.[1] ?? 0) }))
      .sort((a, b) => b.n - a.n)[0]!;
    // In the demo city each district has one free Wednesday shopping service.
    expect(best.n).toBeGreaterThanOrEqual(1);
    await page.locator(`input[name="district"][value="${best.id}"]`).check();
    await expect.poll(() => resultCount(page)).toBe(best.n);
    const params = new URL(page.url()).searchParams;
    expect([
      params.get('q'),
      params.get('cost'),
      params.get('weekday'),
      params.get('district'),
    ]).toEqual(['買い物', 'free', 'wed', best.id]);

    // Staff see private contacts.
    await expect
      .poll(() => page.getByText('担当者の連絡先（職員のみ）').count())
      .toBeGreaterThan(0);
    await expectAxeClean(page);

    const add = page.getByRole('button', { name: `「${LABEL}」に追加` });
    const removeButtons = page.getByRole('button', { name: `「${LABEL}」から外す` });
    const first = await page.locator('article h3').first().textContent();
    await add.first().click();
    await expect.poll(() => removeButtons.count()).toBe(1);

    // Back undoes the district click (the other choices stay); forward restores it.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('district')).toBeNull();
    expect(new URL(page.url()).searchParams.get('weekday')).toBe('wed');
    expect(await page.locator(`input[name="district"][value="${best.id}"]`).isChecked()).toBe(
      false,
    );
    await expect.poll(() => resultCount(page)).toBeGreaterThan(best.n);
    // A second result from the wider list.
    const second = await page.locator('article', { has: add }).first().locator('h3').textContent();
    await add.first().click();
    await expect.poll(() => removeButtons.count()).toBe(2);
    await page.goForward();
    await expect.poll(() => resultCount(page)).toBe(best.n);
    const names = [first, second];

    await page.goto(new URL('/shortlists', server.url).href);
    await page.getByRole('link', { name: LABEL }).click();
    await page.getByRole('link', { name: '印刷用の表示' }).click();
    await page.getByRole('heading', { level: 1, name: 'ご紹介する地域の活動・サービス' }).waitFor();
    const printed = await page.locator('.entry h2').allTextContents();
    expect(printed).toEqual(names.slice(0, 2));
    await expect.poll(() => page.locator('.qr svg').count()).toBe(2);
    expect(await page.getByText(/印刷日：\d{4}年/).count()).toBe(1);
    // Each entry says when it was last confirmed (or that it never was).
    for (const c of await page.locator('.entry .confirmed').allTextContents())
      expect(c).toMatch(/確認$|確認日未記録/);
    expect(await page.locator('.entry .confirmed').count()).toBe(2);
    await expectAxeClean(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '印刷する' }).isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works with the keyboard only: tab to a facet, tick it, keep focus, type', async () => {
    const { context, page } = await open('/directory?q=サロン');
    await page.getByTestId('result-count').waitFor();
    const before = await resultCount(page);
    // Tab from the top of the page to the first facet checkbox.
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        () => (document.activeElement as HTMLInputElement | null)?.name === 'district',
      );
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.get('district')).not.toBeNull();
    await expect.poll(() => resultCount(page)).toBeLessThan(before);
    // Focus stays on the checkbox after the URL changes.
    expect(
      await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name),
    ).toBe('district');
    await page.getByLabel('キーワード').focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' ふれあい');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('サロン ふれあい');
    await context.close();
  });
});
