/**
 * The app's gateway instance, for staff pages (their chunks bring the PocketBase SDK). Pages
 * every visitor opens read through `browser-reads.ts` and load this module only when someone
 * signs in (`loadGateway`), so that the residents' first page goes without the SDK (issue #13).
 */
import { origin, publicReads, snapshotsEnabled } from './browser-reads';
import { Gateway } from './gateway';

export const gateway = new Gateway(origin);

export { publicReads, snapshotsEnabled };
