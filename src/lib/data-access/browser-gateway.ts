/**
 * The app's gateway instance. The SPA is served by PocketBase itself (or proxied to it by
 * `npm run dev`), so the API is always on the page's own origin.
 */
import { Gateway } from './gateway';
import { PublicReads } from './public-reads';

const origin = typeof window === 'undefined' ? 'http://127.0.0.1:8090' : window.location.origin;

export const gateway = new Gateway(origin);

/** Anonymous visitors' reads (public snapshots); staff read through `gateway`. */
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
