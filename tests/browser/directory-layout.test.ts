/**
 * The directory on a 390 px phone, a 768 px tablet and a 1280 px desktop (issue #14 item 1):
 * the first result within the first screen and a half; on narrow screens the nine facet
 * groups live in a dialog that opens from a button carrying the chosen count, closes with
 * Escape or its buttons and gives focus back to the button; chosen values show as removable
 * chips next to the result count; on wide screens ticking a value at the bottom of the facet
 * column leaves the results in view; no link or control smaller than 44 × 44 px; axe 0.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectErrors, newContext, expectAxeClean } from './browser';
import { withServerAndBrowser } from './server-and-browser';

let server: { url: string; stop(): Promise<void> };
let browser: Browser;

withServerAndBrowser((s, b) => ([server, browser] = [s, b]), { demo: true });

const resultCount = async (page: Page): Promise<number> =>
  Number(/(\d+)件/.exec((await page.getByTestId('result-count').textContent()) ?? '')?.[1] ?? NaN);

/**
 * Visible links and controls smaller than 44 × 44 px in `root` (a check box or radio counts by
 * its label, which is what a finger hits).
 */
async function smallTargets(page: Page, root: string): Promise<string[]> {
  return page.locator(root).evaluate((el) => {
    const out: string[] = [];
    for (const node of el.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, summary',
    )) {
      const target =
        node instanceof HTMLInputElement && (node.type === 'checkbox' || node.type === 'radio')
          ? (node.closest('label') ?? node)
          : node;
      const r = target.getBoundingClientRect();
      const style = getComputedStyle(target);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
      if (target.closest('.visually-hidden')) continue;
      if (r.width < 43.5 || r.height < 43.5)
        out.push(
          `${target.tagName.toLowerCase()} "${(target.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
    }
    return out;
  });
}

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

describe.each(VIEWPORTS)('directory at $width px ($name)', (viewport) => {
  it('shows the first result within a screen and a half, every target at least 44 × 44 px, axe 0', async () => {
    const { context, foreignRequests } = await newContext(browser, server.url, {
      viewport,
      touch: viewport.width < 1000,
    });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/directory`);
    const first = page.locator('article').first();
    await first.waitFor();
    const top = await first.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(top).toBeLessThan(viewport.height * 1.5);
    expect(await smallTargets(page, 'main')).toEqual([]);
    // Furigana on the cards at least 12 px on screen.
    const readingPx = await page
      .locator('article rt, article .reading')
      .evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
    expect(readingPx.length).toBeGreaterThan(0);
    expect(Math.min(...readingPx)).toBeGreaterThanOrEqual(12);
    await expectAxeClean(page);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});

describe.each(VIEWPORTS.filter((v) => v.width < 960))(
  'filter dialog at $width px ($name)',
  (viewport) => {
    it('opens on demand, counts the chosen values, gives focus back to its button; chips remove values', async () => {
      const { context } = await newContext(browser, server.url, { viewport, touch: true });
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.goto(`${server.url}/directory`);
      await page.getByTestId('result-count').waitFor();
      const all = await resultCount(page);
      // The facets are not on the page until asked for.
      expect(await page.locator('input[name="cost"]').first().isVisible()).toBe(false);
      const open = page.getByRole('button', { name: '条件で絞り込む' });
      expect(await open.getAttribute('aria-haspopup')).toBe('dialog');
      await open.click();
      const dialog = page.getByRole('dialog', { name: '絞り込み' });
      await dialog.waitFor();
      expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      expect(await smallTargets(page, 'dialog')).toEqual([]);
      await expectAxeClean(page);

      await dialog.locator('input[name="cost"][value="free"]').check();
      await expect.poll(() => resultCount(page)).toBeLessThan(all);
      const free = await resultCount(page);
      await dialog.locator('input[name="weekday"][value="wed"]').check();
      await expect.poll(() => resultCount(page)).toBeLessThan(free);
      const both = await resultCount(page);
      // The dialog's own button says how many results wait behind it.
      expect(await dialog.getByRole('button', { name: `${both}件の結果を見る` }).count()).toBe(1);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
        '条件で絞り込む（2件選択中）',
      );

      // Reopen and close with the "show results" button: focus comes back the same way.
      await page.getByRole('button', { name: '条件で絞り込む（2件選択中）' }).click();
      await dialog.getByRole('button', { name: `${both}件の結果を見る` }).click();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-haspopup')))
        .toBe('dialog');

      // The chosen values as chips beside the count; removing one widens the results and keeps focus on the chips.
      const chips = page.locator('[data-chip]');
      expect((await chips.allTextContents()).map((s) => s.replace(/\s+/g, ''))).toEqual([
        '曜日：水曜日×',
        '費用：無料×',
      ]);
      await page.getByRole('button', { name: '曜日：水曜日 の条件を外す' }).click();
      await expect.poll(() => resultCount(page)).toBe(free);
      expect(new URL(page.url()).searchParams.get('weekday')).toBeNull();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
        '費用：無料 の条件を外す',
      );
      await page.keyboard.press('Enter');
      await expect.poll(() => resultCount(page)).toBe(all);
      expect(await chips.count()).toBe(0);
      // No chip left: focus rests on the result count (the page's status line).
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
        'result-count',
      );
      expect(await page.getByRole('button', { name: '条件で絞り込む' }).textContent()).toContain(
        '条件で絞り込む',
      );
      await expectAxeClean(page);
      expect(errors).toEqual([]);
      await context.close();
    });
  },
);

describe('facet column at 1280 px', () => {
  it('stays beside the results: ticking the last value of the column leaves the results in view', async () => {
    const { context } = await newContext(browser, server.url, {
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/directory`);
    await page.getByTestId('result-count').waitFor();
    expect(await page.getByRole('button', { name: /条件で絞り込む/ }).count()).toBe(0);
    const last = page.locator('input[name="status"]').last();
    await last.scrollIntoViewIfNeeded();
    await last.check();
    await page.waitForURL((u) => u.searchParams.has('status'));
    // Whatever the count, the result count line and the first result (if any) are on screen.
    const inView = (sel: string) =>
      page
        .locator(sel)
        .first()
        .evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.bottom > 0 && r.top < window.innerHeight;
        });
    expect(await inView('[data-testid="result-count"]')).toBe(true);
    if ((await resultCount(page)) > 0) expect(await inView('article')).toBe(true);
    // The chip for the value is there too.
    expect(await page.locator('[data-chip]').count()).toBe(1);
    await context.close();
  });
});

describe('directory in English', () => {
  it('gives town and place names in romaji and uses English punctuation around them', async () => {
    const { context } = await newContext(browser, server.url, {
      viewport: { width: 390, height: 844 },
      touch: true,
    });
    await context.addInitScript(() => localStorage.setItem('sasaeai:locale', 'en'));
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/directory`);
    await page.locator('article').first().waitFor();
    const options = await page.locator('#directory-town option').allTextContents();
    expect(options).toContain('柳町 (Yanagimachi)');
    // A card: the place name with its romaji, the district after an ASCII colon.
    const card = page.locator('article').first();
    expect(await card.locator('h3 .romaji').textContent()).toMatch(/^\([A-Z][\p{L}' ]+\)$/u);
    const meta = (await card.locator('.meta').textContent()) ?? '';
    expect(meta).toMatch(/District: \S/);
    expect(meta).not.toMatch(/[：（）]/);
    await expectAxeClean(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});
