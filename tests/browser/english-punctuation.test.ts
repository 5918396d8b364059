/**
 * English mode uses English punctuation (issue #14): walking the staff routes in English
 * (/manage and a record, /coverage, /councils, a district profile and its meeting pack,
 * /admin/import and /admin/users) in real Chromium against a real PocketBase with the demo
 * city, no full-width bracket, quote, comma, full stop, colon or middle dot touches English
 * wording or a figure. Names and other data stay as written (Japanese names keep their own
 * characters), so the check looks only where template punctuation meets Latin letters or
 * digits, and skips text marked lang="ja" (names given with their romaji).
 */
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/lib/demo-city/generate-demo-users';
import type { TestServer } from '../helpers/server';
import { type ListBody, signInDemo } from '../integration/api';
import { collectErrors, DESKTOP, newContext, signInThroughForm } from './browser';
import { withServerAndBrowser } from './server-and-browser';

let server: TestServer;
let browser: Browser;
let districtId: string;
let resourceId: string;

withServerAndBrowser((s, b) => ([server, browser] = [s, b]));

beforeAll(async () => {
  const admin = await signInDemo(server.url, 'admin@example.com');
  const districts = await admin.get<ListBody<{ id: string }>>(
    '/api/collections/areas/records?perPage=1&filter=' + encodeURIComponent('kind = "district"'),
  );
  districtId = districts.body.items[0]!.id;
  const resources = await admin.get<ListBody<{ id: string }>>(
    '/api/collections/resources/records?perPage=1&sort=name',
  );
  resourceId = resources.body.items[0]!.id;
}, 120_000);

/**
 * Full-width punctuation with a Latin letter or digit on both sides (spaces between ignored),
 * within one run of text: 「Duplicates（3）」, 「Salon・Active」, 「Last confirmed：never」.
 * A name as data keeps its own punctuation: 「若葉酒店（御用聞き・配達）」 has Japanese on one
 * side of each mark, and a name's run ends where the template's text begins.
 */
const MIXED = /[A-Za-z0-9][ \t]*[（）「」『』、。・：，][ \t]*[A-Za-z0-9]/gu;

/** Each run of text in <main> (and each accessible name) where template punctuation meets English. */
async function mixedPunctuation(page: Page): Promise<string[]> {
  const runs = await page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) return [];
    const out: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('[lang="ja"], script, style, [hidden]')) continue;
      out.push(n.textContent ?? '');
    }
    // Accessible names written in attributes are read out too.
    for (const el of main.querySelectorAll('[aria-label], [title]'))
      out.push(el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '');
    return out;
  });
  return runs.filter((r) => r.match(MIXED)).map((r) => r.replace(/\s+/g, ' ').trim());
}

describe('English mode', () => {
  it('puts no full-width punctuation against English words or figures on the staff routes', async () => {
    const { context } = await newContext(browser, server.url, { viewport: DESKTOP });
    await context.addInitScript(() => localStorage.setItem('sasaeai:locale', 'en'));
    const page = await context.newPage();
    const errors = collectErrors(page);
    await signInThroughForm(page, server.url, 'admin@example.com', DEMO_PASSWORD, '/manage', {
      submit: 'Sign in',
    });

    const found: Record<string, string[]> = {};
    for (const [path, ready] of [
      ['/manage', '[data-queue-row]'],
      [`/manage/resources/${resourceId}`, '#res-name'],
      ['/coverage', 'main h1'],
      ['/councils', 'main h1'],
      [`/districts/${districtId}`, '[data-testid="profile-share"]'],
      [`/districts/${districtId}/meeting`, '[data-testid="pack-reconfirm"], main h2'],
      ['/admin/import', 'main h1'],
      ['/admin/users', 'tr[data-account]'],
      ['/manage/needs', '#need-district'],
      ['/needs', '[data-testid="needs-matrix"]'],
      ['/manage/helpers', 'main h1'],
    ] as const) {
      await page.goto(new URL(path, server.url).href);
      await page.locator(ready).first().waitFor({ timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      const hits = await mixedPunctuation(page);
      if (hits.length) found[path] = hits;
    }
    expect(found).toEqual({});
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
