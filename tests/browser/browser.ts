/**
 * Shared helpers for the browser tests: headless Chromium (Debian's, software WebGL),
 * axe-core, and reading pixels of a WebGL canvas.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../src/lib/demo-city/generate-demo-users';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';

const require = createRequire(import.meta.url);

/** Debian's Chromium; override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu-sandbox',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;
export const TABLET = { width: 768, height: 1024 } as const;
/** The widths every journey is walked at (issue #14): phone, tablet, desktop. */
export const JOURNEY_WIDTHS = [
  ['phone', PHONE],
  ['tablet', TABLET],
  ['desktop', DESKTOP],
] as const;

/** @param extraArgs more Chromium switches (the web bench trusts its HTTP/2 proxy's certificate) */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    headless: true,
  });
}

/**
 * A fresh context (own localStorage) that records every request leaving `allowedOrigin`, so
 * tests can assert that nothing is fetched from a CDN or a fonts service.
 */
export async function newContext(
  browser: Browser,
  allowedOrigin: string,
  opts: { viewport?: { width: number; height: number }; locale?: string; touch?: boolean } = {},
): Promise<{ context: BrowserContext; foreignRequests: string[] }> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? DESKTOP,
    locale: opts.locale ?? 'ja-JP',
    reducedMotion: 'reduce',
    // A phone: touch screen, coarse pointer.
    ...(opts.touch ? { hasTouch: true, isMobile: true, deviceScaleFactor: 2 } : {}),
  });
  const foreignRequests: string[] = [];
  const origin = new URL(allowedOrigin).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  return { context, foreignRequests };
}

/** Collects uncaught page errors and console errors (for asserting a clean page). */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/**
 * Signs in through the app's own login form (as a person would) and, when `redirect` is given,
 * waits until the app has moved to its path (a query in `redirect` is not waited for; with
 * `waitForRedirect: false` nothing is, e.g. when a one-time password leads to the new-password
 * step first). `submit` is the sign-in button's name, 「ログイン」 unless the page is in another
 * language. The one sign-in of the browser tests.
 */
export async function signInThroughForm(
  page: Page,
  baseUrl: string,
  email: string,
  password: string,
  redirect?: string,
  opts: { waitForRedirect?: boolean; submit?: string } = {},
): Promise<void> {
  const query = redirect ? `?redirect=${encodeURIComponent(redirect)}` : '';
  await page.goto(new URL(`/login${query}`, baseUrl).href);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.getByRole('button', { name: opts.submit ?? 'ログイン', exact: true }).click();
  if (redirect && (opts.waitForRedirect ?? true))
    await page.waitForURL((u) => u.pathname === redirect.split('?')[0]);
}

/** A fresh context's one page (see `newContext`), with what it recorded. */
export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors (`collectErrors`). */
  errors: string[];
  /** Requests that left for another origin (refused). */
  foreignRequests: string[];
  /** Expects that no request left for another origin, then closes the context. */
  close(): Promise<void>;
}

type ContextOptions = Parameters<typeof newContext>[2];

async function freshPage(
  browser: Browser,
  baseUrl: string,
  opts: ContextOptions,
): Promise<OpenedPage> {
  const { context, foreignRequests } = await newContext(browser, baseUrl, opts);
  const page = await context.newPage();
  const errors = collectErrors(page);
  const close = async (): Promise<void> => {
    expect(foreignRequests).toEqual([]);
    await context.close();
  };
  return { context, page, errors, foreignRequests, close };
}

/**
 * A fresh context (see `newContext`) signed in through the form (`signInThroughForm`) as the
 * demo account `email` (or with `password`, e.g. a one-time one), on `redirect` when given:
 * how a browser test becomes staff.
 */
export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  email: string,
  redirect?: string,
  opts: ContextOptions & { password?: string; waitForRedirect?: boolean; submit?: string } = {},
): Promise<OpenedPage> {
  const { password = DEMO_PASSWORD, waitForRedirect, submit, ...contextOpts } = opts;
  const opened = await freshPage(browser, baseUrl, contextOpts);
  await signInThroughForm(opened.page, baseUrl, email, password, redirect, {
    waitForRedirect,
    submit,
  });
  return opened;
}

let axeSource: string | null = null;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string; failureSummary?: string }[];
}

/** Runs axe-core with the WCAG 2.1 A/AA rules; returns the violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const loaded = await page.evaluate(
    () => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined',
  );
  // Evaluated through DevTools, not as an inline <script>: the app's Content-Security-Policy
  // (rightly) refuses inline scripts it has no hash for.
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target,
        html: n.html,
        failureSummary: n.failureSummary,
      })),
    }));
  });
}

/**
 * Opens `path` in a fresh context (see `newContext`: requests to other origins are recorded and
 * refused) and collects the page's errors; with `waitFor`, waits for that selector (e.g. `h1`).
 */
export async function openPage(
  browser: Browser,
  baseUrl: string,
  path: string,
  opts: ContextOptions & { waitFor?: string } = {},
): Promise<OpenedPage> {
  const { waitFor, ...contextOpts } = opts;
  const opened = await freshPage(browser, baseUrl, contextOpts);
  await opened.page.goto(new URL(path, baseUrl).href);
  if (waitFor) await opened.page.locator(waitFor).waitFor();
  return opened;
}

/**
 * Waits (up to 60 s) until /coverage has its first result: its worker streams population and
 * the walking network in for a while before the table gets a row.
 */
export async function waitForCoverageTable(page: Page): Promise<void> {
  await page.getByTestId('coverage-table').locator('tbody tr').first().waitFor({ timeout: 60_000 });
}

/** Expects axe-core to find no WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectAxeClean(page: Page): Promise<void> {
  const violations = await runAxe(page);
  expect(violations, formatViolations(violations)).toEqual([]);
}

/** A readable summary of axe violations for assertion messages. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}  ${n.html.slice(0, 160)}`).join('\n')}`,
    )
    .join('\n');
}

export interface PixelStats {
  width: number;
  height: number;
  /** Number of distinct colours (quantised to 4 bits per channel). */
  distinctColours: number;
  /** Variance of the luminance over all pixels. */
  variance: number;
  /** Share of pixels that are not the most common colour. */
  nonDominantShare: number;
}

/**
 * Screenshots an element (works for WebGL canvases whatever their drawing-buffer settings)
 * and measures its pixels by decoding the PNG in the page itself (no image library needed).
 */
export async function pixelStats(page: Page, element: Locator): Promise<PixelStats> {
  const png = await element.screenshot({ type: 'png' });
  const dataUrl = `data:image/png;base64,${png.toString('base64')}`;
  return page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const counts = new Map<number, number>();
    let sum = 0;
    let sumSq = 0;
    const n = data.length / 4;
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i] ?? 0;
      const g = data[i + 1] ?? 0;
      const b = data[i + 2] ?? 0;
      const key = ((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      sum += l;
      sumSq += l * l;
    }
    const mean = sum / n;
    const dominant = Math.max(...counts.values());
    return {
      width: canvas.width,
      height: canvas.height,
      distinctColours: counts.size,
      variance: sumSq / n - mean * mean,
      nonDominantShare: 1 - dominant / n,
    };
  }, dataUrl);
}
