/**
 * The set-up every browser test file shares: a real PocketBase (tests/helpers/server.ts) and
 * headless Chromium, started before the file's tests and closed after them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type TestServer } from '../helpers/server';
import { launchBrowser } from './browser';

/**
 * Registers a `beforeAll` that starts the server (`startServer(options)`) and then Chromium and
 * hands both to `use` (assign them to the file's variables there), and an `afterAll` that
 * closes Chromium and stops the server. Call it at the top level of a test file, before the
 * file's own hooks: its `beforeAll` runs first, its `afterAll` after theirs.
 */
export function withServerAndBrowser(
  use: (server: TestServer, browser: Browser) => void,
  options: Parameters<typeof startServer>[0] = {},
): void {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer(options);
    browser = await launchBrowser();
    use(server, browser);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
}
