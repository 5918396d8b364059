/**
 * When a page first shows a result, measured without disturbing the page: the probe is set up
 * and read through CDP, not Playwright's `addInitScript` and `waitForFunction`, which run
 * Playwright's own injected script in the page while it loads (~25 ms of its main thread at 4×
 * CPU in a trace), which a resident's phone does not run. CDP's evaluations are not the
 * page's `eval`: the site's CSP does not refuse them.
 */
import type { CDPSession } from 'playwright-core';

/**
 * Before the next navigation of the page behind `cdp`: records the frame after `selector`
 * first enters the DOM (about when it is painted) as `window.__firstSeenMs`, ms from
 * navigation start.
 */
export async function installFirstSeenProbe(cdp: CDPSession, selector: string): Promise<void> {
  await cdp.send('Page.enable');
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', {
    source: `{
      const sel = ${JSON.stringify(selector)};
      new MutationObserver((_, obs) => {
        if (document.querySelector(sel)) {
          obs.disconnect();
          requestAnimationFrame(() => { window.__firstSeenMs ??= performance.now(); });
        }
      }).observe(document, { childList: true, subtree: true });
    }`,
  });
}

/** Polls (every 50 ms) for the probe's time, ms from navigation start; fails after 2 minutes. */
export async function pollFirstSeen(cdp: CDPSession): Promise<number> {
  const deadline = performance.now() + 120_000;
  while (performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    // Between a navigation's commit and the new document's context an evaluation can fail.
    const r = await cdp
      .send('Runtime.evaluate', { expression: 'window.__firstSeenMs', returnByValue: true })
      .catch(() => null);
    const value: unknown = r?.result.value;
    if (typeof value === 'number') return value;
  }
  throw new Error('the first result did not show within 2 minutes');
}
