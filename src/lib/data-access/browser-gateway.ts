/**
 * The app's gateway instance. The SPA is served by PocketBase itself (or proxied to it by
 * `npm run dev`), so the API is always on the page's own origin.
 */
import { Gateway } from './gateway';

export const gateway = new Gateway(typeof window === 'undefined' ? 'http://127.0.0.1:8090' : window.location.origin);
