/**
 * The coordinators' printables (issue #17) in real Chromium against a real PocketBase with the
 * demo city: the monthly district calendar prints to A4 PDF pages whose text (pdftotext) holds
 * the month, the district and its sessions; the district page links the calendar feed and the
 * printable calendar; axe-core finds no violations on the calendar page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toResource, type PbRecord } from '../../src/lib/data-access/records';
import { monthSessions } from '../../src/lib/domain/month-sessions';
import { startServer, type TestServer } from '../helpers/server';
import { anonymous, type ListBody } from '../integration/api';
import { collectErrors, formatViolations, launchBrowser, newContext, runAxe } from './browser';

let server: TestServer;
let browser: Browser;
let dir: string;
let district: PbRecord;
let places: PbRecord[];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'sasaeai-print-'));
  const api = anonymous(server.url);
  const districts = (await api.get<ListBody<PbRecord>>(`/api/collections/areas/records?perPage=100&sort=code&filter=${encodeURIComponent('kind = "district"')}`)).body.items;
  district = districts[0]!;
  places = (await api.get<ListBody<PbRecord>>(`/api/collections/resources/records?perPage=500&filter=${encodeURIComponent(`district = "${district.id}"`)}`)).body.items;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** PDF of the page as printed (A4, print CSS) → { pages, text }. */
async function printed(page: Page, name: string): Promise<{ pages: number; text: string }> {
  const path = join(dir, name);
  writeFileSync(path, await page.pdf({ format: 'A4', printBackground: true }));
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return { pages, text };
}

describe('printable monthly district calendar', () => {
  it('prints every session of May 2026 by date on A4 pages, with furigana, QR code and the support centre', async () => {
    const { context, foreignRequests } = await newContext(browser, server.url);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/districts/${district.id}/calendar?month=2026-05`);
    await page.getByTestId('monthly-heading').waitFor();
    await page.locator('.qr svg').waitFor();
    const heading = await page.getByTestId('monthly-heading').textContent();
    expect(heading).toContain(String(district.name));
    expect(heading).toContain('2026年5月');
    // Independent count: the schedule engine on the records as the API gives them.
    const days = monthSessions(places.map(toResource).filter((r) => r.isPublic && r.status === 'active'), '2026-05');
    const sessions = days.reduce((n, d) => n + d.sessions.length, 0);
    expect(sessions).toBeGreaterThan(5);
    expect(await page.locator('.day').count()).toBe(days.length);
    expect(await page.locator('.day li').count()).toBe(sessions);
    expect(await page.locator('.day rt').count()).toBeGreaterThan(0);

    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);

    const pdf = await printed(page, 'calendar.pdf');
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.pages).toBeLessThanOrEqual(Math.ceil(sessions / 10) + 1);
    const flat = pdf.text.replace(/\s+/g, '');
    expect(flat).toContain(`${String(district.name)}`);
    expect(flat).toContain('2026年5月');
    const firstName = days[0]!.sessions[0]!.resource.name.replace(/\s+/g, '');
    expect(flat).toContain(firstName);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('is linked from the district profile, which also links its calendar feed', async () => {
    const { context } = await newContext(browser, server.url);
    const page = await context.newPage();
    await page.goto(`${server.url}/districts/${district.id}`);
    const feed = page.getByTestId('ics-district');
    await feed.waitFor();
    expect(await feed.getAttribute('href')).toBe(`/api/sasaeai/ics/district/${district.id}.ics`);
    const res = await fetch(`${server.url}${await feed.getAttribute('href')}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
    await context.close();
  });
});
