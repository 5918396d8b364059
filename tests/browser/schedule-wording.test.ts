/**
 * One schedule, one wording (issue #18): a place's result card on /directory and its place
 * page say its days and times in the same words (the card had its own describer, which wrote
 * 「毎週水 10:00〜12:00」 where the place page wrote 「毎週水曜 10:00〜12:00」).
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext } from './browser';
import { withServerAndBrowser } from './server-and-browser';

let server: { url: string; stop(): Promise<void> };
let browser: Browser;

withServerAndBrowser((s, b) => ([server, browser] = [s, b]), { demo: true });

describe('schedule wording', () => {
  it('the result card and the place page word the same schedule the same way', async () => {
    const { context } = await newContext(browser, server.url);
    const page = await context.newPage();
    await page.goto(new URL('/directory', server.url).href);
    await page.getByTestId('result-count').waitFor();
    // The first few cards with a weekly rule (the wordings differed on every kind of rule).
    const cards = page.locator('article.card');
    const checked: string[] = [];
    for (let i = 0; i < 5; i++) {
      const card = cards.nth(i);
      const cardText = (
        (await card
          .locator('dl > div')
          .filter({ has: page.locator('dt', { hasText: /^日時$/ }) })
          .locator('dd')
          .textContent()) ?? ''
      ).trim();
      const href = await card.locator('h3 a').getAttribute('href');
      const place = await context.newPage();
      await place.goto(new URL(href!, server.url).href);
      const lines = place.locator('ul.schedule li');
      await lines.first().waitFor();
      expect(cardText).toBe((await lines.allTextContents()).map((l) => l.trim()).join(' / '));
      checked.push(cardText);
      await place.close();
    }
    expect(checked.some((t) => /曜/.test(t))).toBe(true);
    await context.close();
  });
});
