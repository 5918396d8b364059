/**
 * /coverage, /map, /councils and a district profile on a 390 px phone, a 768 px tablet and a
 * 1280 px desktop (issue #14):
 * every link and control in the main area is at least 44 × 44 px (the distance radios were
 * 13 px, links in table cells one line high), no on-screen text is under 16 px, and axe-core
 * finds no violations.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { JOURNEY_WIDTHS, newContext, expectAxeClean, waitForCoverageTable } from './browser';
import { smallTargets, smallText } from './touch-targets';
import { withServerAndBrowser } from './server-and-browser';

let server: { url: string; stop(): Promise<void> };
let browser: Browser;

withServerAndBrowser((s, b) => ([server, browser] = [s, b]), { demo: true });

async function openAt(
  path: string,
  viewport: { width: number; height: number },
): Promise<{ page: Page; close: () => Promise<void> }> {
  const { context } = await newContext(browser, server.url, {
    viewport,
    touch: viewport.width < 1024,
  });
  const page = await context.newPage();
  await page.goto(new URL(path, server.url).href);
  return { page, close: () => context.close() };
}

describe.each(JOURNEY_WIDTHS)('targets and text on a %s', (_name, viewport) => {
  it('/coverage: controls, table links, exports and the map controls are 44 × 44 px; text ≥ 16 px; axe 0', async () => {
    const { page, close } = await openAt('/coverage', viewport);
    await waitForCoverageTable(page);
    await page
      .getByTestId('suggestions-table')
      .locator('tbody tr')
      .first()
      .waitFor({ timeout: 30_000 });
    await page.locator('canvas.maplibregl-canvas').waitFor({ timeout: 30_000 });
    expect(await smallTargets(page)).toEqual([]);
    expect(await smallText(page)).toEqual([]);
    await expectAxeClean(page);
    await close();
  });

  it('/map: district buttons, resource links, "show on map" and the map controls are 44 × 44 px; text ≥ 16 px; axe 0', async () => {
    const { page, close } = await openAt('/map', viewport);
    await page.locator('table.district-table tbody tr').first().waitFor({ timeout: 30_000 });
    await page.locator('canvas.maplibregl-canvas').waitFor({ timeout: 30_000 });
    // Open a district's group so that its resource links are on screen too.
    await page.locator('.district-group summary').first().click();
    await page.locator('.resource-list button.show').first().waitFor();
    expect(await smallTargets(page)).toEqual([]);
    expect(await smallText(page)).toEqual([]);
    await expectAxeClean(page);
    await close();
  });

  it('/councils and a district profile: links, council details and the map are 44 × 44 px; text ≥ 16 px; axe 0', async () => {
    const { page, close } = await openAt('/councils', viewport);
    await page.getByTestId('council-progress').waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    expect(await smallTargets(page)).toEqual([]);
    expect(await smallText(page)).toEqual([]);
    await expectAxeClean(page);
    // A district profile (public), reached from the page's first district link.
    const link = page.locator('main a[href^="/districts/"]').first();
    await link.click();
    await page.waitForURL((u) => u.pathname.startsWith('/districts/'));
    await page.getByTestId('profile-share').waitFor({ timeout: 30_000 });
    // The trend chart arrives from its own request: wait for its labels so they are checked too.
    await page.getByTestId('trend-chart').locator('svg text').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    expect(await smallTargets(page)).toEqual([]);
    expect(await smallText(page)).toEqual([]);
    await expectAxeClean(page);
    await close();
  });
});
