/**
 * A repeat visit to the installed app (issue #13): the service worker serves the last visit's
 * shell, with its data, at once, and revalidates it behind it; when the server's shell
 * differs, the page reads the data again and shows it in place (src/service-worker.ts,
 * src/lib/offline/follow-shell-changes.ts).
 *
 * A gate in front of the server holds the requests for the shell, so "at once" is shown
 * without a clock: the list appears while the network has not answered at all.
 */
import type { IncomingMessage } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startThrottleProxy, type ThrottleProxy } from '../../scripts/lib/throttle-proxy';
import { startServer, type TestServer } from '../helpers/server';
import { signInSuperuser } from '../integration/api';
import { collectErrors, launchBrowser, newContext, PHONE } from './browser';

let server: TestServer;
let browser: Browser;
let gate: ThrottleProxy;
let gateUrl = '';
/** While set, requests for the shell (`/` and its SPA routes) wait for `open()`. */
let held: Promise<void> | null = null;
let open: () => void = () => {};
let heldCount = 0;

function close(): void {
  held = new Promise<void>((resolve) => (open = resolve));
}

/** Whether a request is for the shell: a page path, not a file, an API or the admin UI. */
function isShell(req: IncomingMessage): boolean {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  return !/^\/(api|_app|_)\//.test(path) && !/\.[a-z0-9]+$/i.test(path);
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  // No latency, no bandwidth limit: only the hold.
  gate = await startThrottleProxy(server.url, {
    latencyMs: 0,
    downloadBytesPerS: Infinity,
    hold: async (req) => {
      if (held && isShell(req)) {
        heldCount++;
        await held;
      }
    },
  });
  gateUrl = gate.url;
});

afterAll(async () => {
  open();
  await gate?.stop();
  await browser?.close();
  await server?.stop();
});

describe('a repeat visit to the installed app', () => {
  it("shows the last visit's list without waiting for the network, then the server's change in place", async () => {
    const areas = (await (await fetch(`${server.url}/api/public/areas`)).json()) as {
      items: { id: string; kind: string }[];
    };
    const townId = areas.items.find((a) => a.kind === 'town')!.id;
    const { context } = await newContext(browser, gateUrl, { viewport: PHONE, touch: true });
    const first = await context.newPage();
    const errors = collectErrors(first);
    await first.goto(`${gateUrl}/?town=${townId}`);
    const item = first.locator('ol.results > li').first();
    await item.waitFor();
    const placeId = (await item.getAttribute('data-resource-id'))!;
    const oldName = (await item.locator('h3.name a').innerText()).trim();
    // The worker registers after the first data and installs the app.
    await first.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, {
      timeout: 30_000,
    });
    await first.close();

    // Staff rename the place; then the network stops answering for the shell.
    const su = await signInSuperuser(server);
    const renamed = await su.patch(`/api/collections/resources/records/${placeId}`, {
      name: '待たずに見えるサロン',
    });
    expect(renamed.status).toBe(200);
    close();

    const again = await context.newPage();
    const againErrors = collectErrors(again);
    await again.goto(`${gateUrl}/?town=${townId}`, { waitUntil: 'commit' });
    const row = again.locator(`li[data-resource-id="${placeId}"] h3.name`);
    // The last visit's list, with the network still holding the shell.
    await expect.poll(() => row.innerText(), { timeout: 20_000 }).toContain(oldName);
    expect(heldCount).toBeGreaterThan(0);
    await again.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));

    // The network answers: the page reads the data again and shows the new name, in place.
    open();
    held = null;
    await expect.poll(() => row.innerText(), { timeout: 20_000 }).toContain('待たずに見えるサロン');
    expect(
      await again.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage),
    ).toBe(true);
    // The next visit's cached shell is the new one: no old name, even before the network.
    close();
    const third = await context.newPage();
    await third.goto(`${gateUrl}/?town=${townId}`, { waitUntil: 'commit' });
    await expect
      .poll(() => third.locator(`li[data-resource-id="${placeId}"] h3.name`).innerText(), {
        timeout: 20_000,
      })
      .toContain('待たずに見えるサロン');
    open();
    held = null;
    expect([...errors, ...againErrors]).toEqual([]);
    await context.close();
  }, 120_000);
});
