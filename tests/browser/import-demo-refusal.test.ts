/**
 * The admin import page on the demo city's data directory (issue #11): instead of the form it
 * shows the server's refusal, which says how to start a real city (`npx sasaeai init`).
 * axe on the refusal.
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server';
import { expectAxeClean } from './browser';
import { onImportPage } from './import-page';
import { withServerAndBrowser } from './server-and-browser';

let server: TestServer;
let browser: Browser;

withServerAndBrowser((s, b) => ([server, browser] = [s, b]), { markedDemo: true });

describe('/admin/import on the demo city', () => {
  it("shows the server's refusal with how to start a real city, and no form", async () => {
    const { context, page, errors } = await onImportPage(browser, server);

    const refusal = page.getByTestId('demo-refusal');
    await expect.poll(() => refusal.isVisible()).toBe(true);
    expect(await refusal.innerText()).toContain('デモ用の市には取り込めません');
    expect(await refusal.innerText()).toContain('npx sasaeai init --data-dir DIR');
    expect(await page.locator('input[type=file]').count()).toBe(0);
    await expectAxeClean(page);
    // 409 from GET /api/sasaeai/import is the expected answer here, not a page error.
    expect(errors.filter((e) => !e.includes('409'))).toEqual([]);
    await context.close();
  });
});
