/**
 * The needs-against-supply matrix (/needs, issue #19) as a coordinator sees it on a phone
 * (390 px) and a desktop (1280 px): no axe violations, 44 px targets, 16 px text, every gap
 * cell told by glyph and words (not colour alone), the CSV download's content; and the
 * district profile's needs section, shown to staff only.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/lib/demo-city/generate-demo-users';
import type { TestServer } from '../helpers/server';
import {
  DESKTOP,
  PHONE,
  newContext,
  expectAxeClean,
  signInThroughForm,
  signedInPage,
} from './browser';
import { smallTargets, smallText } from './touch-targets';
import { withServerAndBrowser } from './server-and-browser';

let server: TestServer;
let browser: Browser;

withServerAndBrowser((s, b) => ([server, browser] = [s, b]));

describe('/needs as a coordinator', () => {
  for (const [label, viewport] of [
    ['390 px', PHONE],
    ['1280 px', DESKTOP],
  ] as const) {
    it(`at ${label}: accessible, gaps in words and glyphs, CSV with every cell`, async () => {
      const { context, page, errors } = await signedInPage(
        browser,
        server.url,
        'coordinator@example.com',
        '/needs',
        { viewport, touch: viewport === PHONE },
      );
      await page.getByTestId('needs-matrix').waitFor();
      // The demo's needs lie in the year before its reference date: two years cover them
      // whatever day the test runs on.
      await page.getByTestId('needs-period').selectOption('24');

      await expectAxeClean(page);
      expect(await smallTargets(page)).toEqual([]);
      expect(await smallText(page)).toEqual([]);

      // Every judgement is a glyph on a fill plus a sentence in words for screen readers.
      const cells = await page.locator('[data-testid="needs-matrix"] td .cell').evaluateAll((els) =>
        els.map((el) => ({
          gap: el.getAttribute('data-gap'),
          glyph: el.querySelector('.glyph')?.textContent ?? '',
          words: el.querySelector('.visually-hidden')?.textContent ?? '',
        })),
      );
      const gaps = new Set(cells.map((c) => c.gap));
      expect(gaps.has('unmet')).toBe(true);
      const unmet = cells.find((c) => c.gap === 'unmet')!;
      expect(unmet.glyph).toBe('▲');
      expect(unmet.words).toContain('ニーズあり・活動なし');
      expect(unmet.words).toMatch(/ニーズの記録 \d+ 件/);
      for (const c of cells) expect(c.words, JSON.stringify(c)).not.toBe('');
      // The legend names each mark.
      await expect(page.locator('.legend').innerText()).resolves.toContain('▲');

      const columns = await page.locator('[data-testid="needs-matrix"] thead th').count();
      const rows = await page.locator('[data-testid="needs-matrix"] tbody tr').count();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('needs-csv').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^sasaeai-needs-\d{4}-\d{2}-\d{2}-24m\.csv$/);
      const text = readFileSync((await download.path())!, 'utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const lines = text.slice(1).trimEnd().split('\r\n');
      expect(lines[0]).toBe(
        '地区,地区コード,サービス種別,種別コード,ニーズの記録数,件数なしの記録数,世帯数,人数,活動の数,判定,期間の始め,期間の終わり',
      );
      expect(lines).toHaveLength(1 + rows * (columns - 1));
      expect(lines.some((l) => l.includes(',▲ ニーズあり・活動なし,'))).toBe(true);
      // After the download, focus is on the status line that says so.
      await expect(
        page.evaluate(() => document.activeElement?.getAttribute('data-testid')),
      ).resolves.toBe('status-message');

      // A type group narrows the columns.
      await page.getByTestId('needs-group').selectOption('outing');
      await expect
        .poll(() => page.locator('[data-testid="needs-matrix"] thead th').count())
        .toBeLessThan(columns);
      expect(errors).toEqual([]);
      await context.close();
    }, 120_000);
  }
});

describe('the district profile’s needs section', () => {
  it('appears for staff only', async () => {
    const { context } = await newContext(browser, server.url);
    const page = await context.newPage();
    await page.goto(new URL('/councils', server.url).href);
    const href = await page.locator('a[href^="/districts/"]').first().getAttribute('href');
    await page.goto(new URL(href!, server.url).href);
    await page.locator('h1').waitFor();
    await page.locator('.lead').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('district-needs').count()).toBe(0);

    // the same page, signed in now
    await signInThroughForm(page, server.url, 'coordinator@example.com', DEMO_PASSWORD, href!);
    const section = page.getByTestId('district-needs');
    await section.waitFor();
    await expect(section.locator('h2').innerText()).resolves.toBe('この地区のニーズと活動');
    await expectAxeClean(page);
    await context.close();
  }, 120_000);
});
