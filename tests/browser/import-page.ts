/**
 * What the browser tests of the admin import page (/admin/import) share: the fixture folders,
 * a fresh page signed in on it, its two buttons (the dry run and the apply), and the records a
 * test looks for by name on the server.
 */
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import type { TestServer } from '../helpers/server';
import { signInSuperuser, type ListBody } from '../integration/api';
import { signedInPage, type OpenedPage } from './browser';

/** The import fixtures the unit and integration tests share (`tests/fixtures/import`). */
export const IMPORT_FIXTURES = resolve(__dirname, '../fixtures/import');
/** The browser tests' own fixtures (a Shift_JIS CSV, mesh tables, HSDS packages). */
export const BROWSER_FIXTURES = resolve(__dirname, '__fixtures__');

export type Rec = Record<string, unknown> & { id: string };

/** A fresh page signed in as the demo account `email` (the admin unless named) on /admin/import. */
export function onImportPage(
  browser: Browser,
  server: TestServer,
  email = 'admin@example.com',
): Promise<OpenedPage> {
  return signedInPage(browser, server.url, email, '/admin/import');
}

/** Presses 「確認する（まだ反映しません）」: the dry run, which saves nothing. */
export function dryRun(page: Page): Promise<void> {
  return page.getByRole('button', { name: '確認する（まだ反映しません）' }).click();
}

/** The 「反映する（すべて保存）」 button (absent while the report has an error). */
export function applyButton(page: Page): Locator {
  return page.getByRole('button', { name: '反映する（すべて保存）' });
}

/** Presses the apply button and waits for the page to say what it saved. */
export async function applyAll(page: Page): Promise<void> {
  await applyButton(page).click();
  await page.getByText(/保存しました/).waitFor();
}

/** The resources on the server whose name contains `part` (read by the superuser, up to 50). */
export async function resourcesNamed(server: TestServer, part: string): Promise<Rec[]> {
  const su = await signInSuperuser(server);
  const res = await su.get<ListBody<Rec>>(
    `/api/collections/resources/records?perPage=50&filter=${encodeURIComponent(`name ~ "${part}"`)}`,
  );
  return res.body.items;
}
