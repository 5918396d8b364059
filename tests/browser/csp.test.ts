/**
 * The Content-Security-Policy (pb/security.go) in real Chromium: every route of the app, as a
 * visitor and signed in, maps and the coverage Web Worker included, runs without a single CSP
 * violation; and the policy is really enforced (an injected inline script is refused and
 * reported, which also proves the listener would see a violation).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server';
import { type ListBody, signInSuperuser, signInDemo } from '../integration/api';
import { newContext, signedInPage } from './browser';
import { withServerAndBrowser } from './server-and-browser';

type Rec = Record<string, unknown> & { id: string };

let server: TestServer;
let browser: Browser;
let placeId = '';
let districtId = '';
let shortlistId = '';

withServerAndBrowser((s, b) => ([server, browser] = [s, b]));

beforeAll(async () => {
  const su = await signInSuperuser(server);
  placeId = (
    await su.get<ListBody<Rec>>(
      '/api/collections/resources/records?perPage=1&filter=' +
        encodeURIComponent('is_public = true && status = "active"'),
    )
  ).body.items[0]!.id;
  districtId = (
    await su.get<ListBody<Rec>>(
      '/api/collections/areas/records?perPage=1&filter=' + encodeURIComponent('kind = "district"'),
    )
  ).body.items[0]!.id;
  const careManager = await signInDemo(server.url, 'caremanager@example.com');
  const list = await careManager.post<Rec>('/api/collections/shortlists/records', {
    owner: careManager.record.id,
    label: 'CSP',
    resources: [placeId],
  });
  shortlistId = list.body.id;
}, 120_000);

/** A page whose CSP violations (document events and console reports, workers too) are collected. */
async function watchedPage(
  context: BrowserContext,
): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const page = await context.newPage();
  const reported: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) reported.push(`console: ${m.text()}`);
  });
  page.on('worker', (w) =>
    w.on(
      'console',
      (m) => /Content Security Policy/i.test(m.text()) && reported.push(`worker: ${m.text()}`),
    ),
  );
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        w.__csp.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      true,
    );
  });
  return {
    page,
    violations: async () => [
      ...reported,
      ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)),
    ],
  };
}

async function visit(page: Page, path: string): Promise<void> {
  const res = await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
  expect(res?.headers()['content-security-policy'], path).toContain("default-src 'self'");
  if (['/', '/map', '/coverage', '/manage/resources/new'].includes(path)) {
    await page.locator('canvas.maplibregl-canvas').first().waitFor({ timeout: 30_000 });
  }
  if (path === '/coverage') {
    // the coverage engine runs in its Web Worker; wait until it has answered
    await expect
      .poll(() => page.getByTestId('coverage-status').textContent(), { timeout: 60_000 })
      .toContain('計算時間');
  }
  await page.waitForTimeout(500);
}

async function signedIn(email: string): Promise<BrowserContext> {
  const { context, page } = await signedInPage(browser, server.url, email);
  await page.waitForURL((u) => u.pathname !== '/login');
  await page.close();
  return context;
}

describe('Content-Security-Policy in the browser', () => {
  it('is enforced: an injected inline script does not run and is reported', async () => {
    const { context } = await newContext(browser, server.url);
    const { page, violations } = await watchedPage(context);
    await visit(page, '/login');
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
    });
    await page.waitForTimeout(200);
    expect(
      await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected),
    ).toBeUndefined();
    expect((await violations()).some((v) => v.startsWith('script-src'))).toBe(true);
    await context.close();
  });

  it('no violation on any public route, maps and the coverage worker included', async () => {
    const { context } = await newContext(browser, server.url);
    const paths = [
      '/',
      '/map',
      '/directory',
      '/coverage',
      '/councils',
      '/open-data',
      '/login',
      '/print',
      `/places/${placeId}`,
      `/districts/${districtId}`,
      `/districts/${districtId}/print`,
    ];
    for (const path of paths) {
      const { page, violations } = await watchedPage(context);
      await visit(page, path);
      expect(await violations(), path).toEqual([]);
      await page.close();
    }
    await context.close();
  }, 240_000);

  it('no violation on the staff routes (admin, care manager)', async () => {
    const admin = await signedIn('admin@example.com');
    for (const path of [
      '/manage',
      '/manage/resources/new',
      `/manage/resources/${placeId}`,
      '/manage/needs',
      '/manage/helpers',
      '/admin/import',
    ]) {
      const { page, violations } = await watchedPage(admin);
      await visit(page, path);
      expect(await violations(), path).toEqual([]);
      await page.close();
    }
    await admin.close();
    const careManager = await signedIn('caremanager@example.com');
    for (const path of [
      '/shortlists',
      `/shortlists/${shortlistId}`,
      `/shortlists/${shortlistId}/print`,
    ]) {
      const { page, violations } = await watchedPage(careManager);
      await visit(page, path);
      expect(await violations(), path).toEqual([]);
      await page.close();
    }
    await careManager.close();
  }, 240_000);
});
