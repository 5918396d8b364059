/**
 * /coverage and /map on a 390 px phone (issue #14): every link and control in the main area is
 * at least 44 × 44 px (the distance radios were 13 px, links in table cells one line high) and
 * no on-screen text is under 16 px.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../helpers/server';
import { launchBrowser, newContext, PHONE } from './browser';
import { smallTargets, smallText } from './touch-targets';

let server: { url: string; stop(): Promise<void> };
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openOnPhone(path: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const { context } = await newContext(browser, server.url, { viewport: PHONE, touch: true });
  const page = await context.newPage();
  await page.goto(new URL(path, server.url).href);
  return { page, close: () => context.close() };
}

describe('phone targets and text (390 px)', () => {
  it('/coverage: controls, table links, exports and the map controls are 44 × 44 px; text ≥ 16 px', async () => {
    const { page, close } = await openOnPhone('/coverage');
    await page
      .getByTestId('coverage-table')
      .locator('tbody tr')
      .first()
      .waitFor({ timeout: 60_000 });
    await page
      .getByTestId('suggestions-table')
      .locator('tbody tr')
      .first()
      .waitFor({ timeout: 30_000 });
    await page.locator('canvas.maplibregl-canvas').waitFor({ timeout: 30_000 });
    expect(await smallTargets(page)).toEqual([]);
    expect(await smallText(page)).toEqual([]);
    await close();
  });

  it('/map: district buttons, resource links, "show on map" and the map controls are 44 × 44 px; text ≥ 16 px', async () => {
    const { page, close } = await openOnPhone('/map');
    await page.locator('table.district-table tbody tr').first().waitFor({ timeout: 30_000 });
    await page.locator('canvas.maplibregl-canvas').waitFor({ timeout: 30_000 });
    // Open a district's group so that its resource links are on screen too.
    await page.locator('.district-group summary').first().click();
    await page.locator('.resource-list button.show').first().waitFor();
    expect(await smallTargets(page)).toEqual([]);
    expect(await smallText(page)).toEqual([]);
    await close();
  });
});
