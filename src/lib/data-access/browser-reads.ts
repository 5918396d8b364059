/**
 * What every page reads in the browser without the PocketBase SDK: the public snapshots
 * (`publicReads`), and the gateway only on demand (`loadGateway`), so that a visitor who is
 * not signed in never downloads the SDK with the residents' first page (issue #13). Staff
 * pages import `gateway` from `browser-gateway.ts`, which is the same instance.
 */
import type { Gateway } from './gateway';
import { PublicReads } from './public-reads';

/** The PocketBase origin: the SPA is served by PocketBase itself (or proxied by `npm run dev`). */
export const origin =
  typeof window === 'undefined' ? 'http://127.0.0.1:8090' : window.location.origin;

/** Anonymous visitors' reads (public snapshots); staff read through the gateway. */
export const publicReads = new PublicReads(origin);

/**
 * Whether anonymous pages read the public snapshots (default) or, for `npm run bench:web`'s
 * side-by-side comparison, the records API's lists: `localStorage['sasaeai.reads'] = 'api'`.
 */
export const snapshotsEnabled = (() => {
  try {
    return globalThis.localStorage?.getItem('sasaeai.reads') !== 'api';
  } catch {
    return true;
  }
})();

let loading: Promise<Gateway> | null = null;

/**
 * The app's gateway (sign-in, staff reads and writes), loaded with the PocketBase SDK on first
 * use; every later call gets the same instance.
 */
export function loadGateway(): Promise<Gateway> {
  loading ??= import('./browser-gateway').then((m) => m.gateway);
  return loading;
}
