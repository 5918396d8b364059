/**
 * Issue #7: every map shows the credits its data requires, directly under the map — the
 * site's attribution (the demo city's fictional-data note), the layers the coverage map
 * uses, and the map library — and axe-core finds nothing on those pages. After a CLI import
 * of a places CSV with `--attribution`, the city map credits that source, also when the
 * site's attribution text no longer holds it (then from the `data_sources` record).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { importCommand } from '../../src/cli/commands/import';
import type { TestServer } from '../helpers/server';
import { type ListBody, signInSuperuser } from '../integration/api';
import { asSuperuser, runCli } from '../integration/run-cli';
import {
  collectErrors,
  formatViolations,
  newContext,
  PHONE,
  runAxe,
  waitForCoverageTable,
} from './browser';
import { withServerAndBrowser } from './server-and-browser';

let server: TestServer;
let browser: Browser;
let siteLines: string[] = [];
let layerLines: string[] = [];

async function api<T>(path: string): Promise<T> {
  const res = await fetch(new URL(path, server.url));
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

withServerAndBrowser((s, b) => ([server, browser] = [s, b]), { demo: true });

beforeAll(async () => {
  const site = await api<ListBody<{ attribution: string }>>(
    '/api/collections/site/records?perPage=1',
  );
  siteLines = (site.items[0]?.attribution ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const layers = await api<ListBody<{ attribution: string }>>(
    '/api/collections/layers/records?perPage=100',
  );
  layerLines = layers.items.map((l) => l.attribution.trim()).filter(Boolean);
}, 120_000);

/**
 * The credits under the page's map: below the canvas, not clipped (the topmost element at its
 * centre is inside it) and its lines as text.
 */
async function creditsUnderMap(page: Page, scope: Locator | Page = page): Promise<string[]> {
  const canvas = scope.locator('canvas.maplibregl-canvas');
  await canvas.waitFor({ timeout: 30_000 });
  const credits = scope.getByTestId('map-credits');
  await expect.poll(() => credits.locator('li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await credits.scrollIntoViewIfNeeded();
  const [c, k] = [await canvas.boundingBox(), await credits.boundingBox()];
  expect(c && k, 'canvas and credits are laid out').toBeTruthy();
  expect(k!.y).toBeGreaterThanOrEqual(c!.y + c!.height - 1);
  const onTop = await credits.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + Math.min(20, r.width / 2), r.top + r.height / 2);
    return !!hit && el.contains(hit);
  });
  expect(onTop, 'the credits are visible, not clipped or covered').toBe(true);
  return (await credits.locator('li').allTextContents()).map((s) => s.trim());
}

describe('map credits (demo city)', () => {
  it('/, /map and /coverage show the site attribution and the map library under the map (coverage: its layers too); axe 0', async () => {
    expect(siteLines.length).toBeGreaterThan(0);
    expect(layerLines.length).toBeGreaterThan(0);
    const { context, foreignRequests } = await newContext(browser, server.url);
    for (const path of ['/', '/map', '/coverage']) {
      const page = await context.newPage();
      const errors = collectErrors(page);
      // What a visitor's page reads through the records API (the rule engine, per request).
      const apiReads: string[] = [];
      page.on('request', (r) => {
        const { pathname } = new URL(r.url());
        if (pathname.startsWith('/api/collections/')) apiReads.push(pathname);
      });
      await page.goto(new URL(path, server.url).href);
      await page.locator('h1').waitFor();
      if (path === '/coverage') await waitForCoverageTable(page);
      const lines = await creditsUnderMap(page);
      for (const line of siteLines) expect(lines, `${path}: ${line}`).toContain(line);
      expect(lines, path).toContain('地図の描画：MapLibre GL JS');
      // The coverage map's gaps and suggestions come from the walking network and candidate layers.
      for (const line of layerLines) {
        if (path === '/coverage') expect(lines, `${path}: ${line}`).toContain(line);
        else expect(lines, `${path}: ${line}`).not.toContain(line);
      }
      expect(new Set(lines).size, `${path}: no line twice`).toBe(lines.length);
      // No basemap is configured: no basemap credit, and no MapLibre attribution control either.
      expect(
        lines.some((l) => /地理院タイル|OpenMapTiles/.test(l)),
        path,
      ).toBe(false);
      expect(await page.locator('.maplibregl-ctrl-attrib').count(), path).toBe(0);
      const fontPx = await page
        .getByTestId('map-credits')
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(fontPx, path).toBeGreaterThanOrEqual(16);
      if (path !== '/coverage') {
        await page.waitForLoadState('networkidle', { timeout: 60_000 });
        // The residents' maps read everything, credits included, from the public snapshots.
        expect(apiReads, path).toEqual([]);
      }
      const violations = await runAxe(page);
      expect(violations, `${path}\n${formatViolations(violations)}`).toEqual([]);
      expect(errors, path).toEqual([]);
      await page.close();
    }
    expect(foreignRequests).toEqual([]);
    await context.close();
  }, 120_000);

  it('on a phone with large text, the residents map (home chosen: longer legend) keeps its credits visible', async () => {
    const town = (
      await api<ListBody<{ id: string }>>(
        '/api/collections/areas/records?perPage=1&filter=' + encodeURIComponent('kind = "town"'),
      )
    ).items[0]!;
    const { context } = await newContext(browser, server.url, { viewport: PHONE, touch: true });
    const page = await context.newPage();
    await page.goto(new URL(`/?town=${town.id}`, server.url).href);
    await page.locator('h1').waitFor();
    await page.getByRole('button', { name: '文字を大きく' }).click();
    const lines = await creditsUnderMap(page);
    for (const line of siteLines) expect(lines).toContain(line);
    // The legend starts below the map, not under it (the map once covered its first lines).
    const canvas = await page
      .locator('[data-testid="map-frame"] canvas.maplibregl-canvas')
      .boundingBox();
    const firstItem = await page
      .locator('[data-testid="map-frame"] .legend li')
      .first()
      .boundingBox();
    expect(firstItem!.y).toBeGreaterThanOrEqual(canvas!.y + canvas!.height - 1);
    await context.close();
  }, 60_000);
});

describe('map credits after an import', () => {
  const CREDIT = '出典：テスト市オープンデータ';

  it('a places CSV imported with --attribution is credited under the /map map, from data_sources when the site text lacks it', async () => {
    const su = await signInSuperuser(server);
    const towns = await su.get<ListBody<{ point: { lon: number; lat: number } }>>(
      '/api/collections/areas/records?perPage=1&filter=' + encodeURIComponent('kind = "town"'),
    );
    const p = towns.body.items[0]!.point;
    const dir = mkdtempSync(join(tmpdir(), 'sasaeai-credits-'));
    const csv = join(dir, 'test-city-places.csv');
    writeFileSync(
      csv,
      `ID,名称,住所,緯度,経度\ncredit-1,クレジット確認サロン,,${p.lat},${p.lon}\n`,
    );
    const run = await runCli(importCommand, [
      '--places',
      csv,
      '--attribution',
      CREDIT,
      '--licence',
      'CC BY 4.0',
      ...asSuperuser(server),
      '--apply',
    ]);
    expect(run.code, run.out).toBe(0);

    const { context } = await newContext(browser, server.url);
    const page = await context.newPage();
    await page.goto(new URL('/map', server.url).href);
    await page.locator('h1').waitFor();
    expect(await creditsUnderMap(page)).toContain(CREDIT);

    // An admin edits the site text and drops the line: the import's data_sources record still credits it.
    const sites = await su.get<ListBody<{ id: string; attribution: string }>>(
      '/api/collections/site/records?perPage=1',
    );
    const site = sites.body.items[0]!;
    expect(site.attribution).toContain(CREDIT);
    const without = site.attribution
      .split('\n')
      .filter((l) => l.trim() !== CREDIT)
      .join('\n');
    expect(
      (await su.patch(`/api/collections/site/records/${site.id}`, { attribution: without })).status,
    ).toBe(200);
    await page.reload();
    await page.locator('h1').waitFor();
    const lines = await creditsUnderMap(page);
    expect(lines).toContain(CREDIT);
    for (const line of siteLines) expect(lines).toContain(line);
    await expect.poll(() => page.locator('footer').textContent()).toContain(siteLines[0]!);
    expect(await page.locator('footer').textContent()).not.toContain(CREDIT);
    await context.close();
  }, 90_000);
});
