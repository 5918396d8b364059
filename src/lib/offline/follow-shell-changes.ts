/**
 * A repeat visit is served the last visit's shell, with its data, from the service worker's
 * cache at once (src/service-worker.ts), and the worker revalidates the shell behind it. When
 * the server's differs (data changed, or a new build), the worker posts `SHELL_CHANGED` to the
 * page, which then reads the public data again and shows it in place: the list appears without
 * waiting a slow network's round trip, and is current as soon as the network has answered.
 */

/** The message the service worker posts (shared with src/service-worker.ts). */
export const SHELL_CHANGED = 'sasaeai:shell-changed';

/**
 * Calls `onChange` whenever the service worker says the shell this page came from is out of
 * date. Messages the worker posted before this call are delivered too (they wait in the
 * page's queue until `startMessages`). Nothing happens in a browser without workers.
 */
export function followShellChanges(onChange: () => void): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (e: MessageEvent<unknown>) => {
    const data = e.data as { type?: unknown } | null;
    if (data?.type === SHELL_CHANGED) onChange();
  });
  navigator.serviceWorker.startMessages();
}
