/**
 * The admin import page on the demo city's data directory (issue #11): instead of the form it
 * shows the server's refusal, which says how to start a real city (`npx sasaeai init`).
 * axe on the refusal.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/lib/demo-city/generate-demo-users';
import { startServer, type TestServer } from '../helpers/server';
import { collectErrors, formatViolations, launchBrowser, newContext, runAxe } from './browser';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ markedDemo: true });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('/admin/import on the demo city', () => {
  it("shows the server's refusal with how to start a real city, and no form", async () => {
    const { context } = await newContext(browser, server.url);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(new URL('/login?redirect=%2Fadmin%2Fimport', server.url).href);
    await page.locator('#email').fill('admin@example.com');
    await page.locator('#password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'ログイン', exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/admin/import');

    const refusal = page.getByTestId('demo-refusal');
    await expect.poll(() => refusal.isVisible()).toBe(true);
    expect(await refusal.innerText()).toContain('デモ用の市には取り込めません');
    expect(await refusal.innerText()).toContain('npx sasaeai init --data-dir DIR');
    expect(await page.locator('input[type=file]').count()).toBe(0);
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    // 409 from GET /api/sasaeai/import is the expected answer here, not a page error.
    expect(errors.filter((e) => !e.includes('409'))).toEqual([]);
    await context.close();
  });
});
