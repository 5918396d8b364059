/**
 * Registers the offline service worker (src/service-worker.ts) once the page has loaded
 * and shown its first data: its install downloads the whole app shell, which on a slow
 * phone network must not compete with the resident's first list.
 */
import { dev } from '$app/environment';

/** Delay after the window's load event, in milliseconds. */
export const REGISTER_DELAY_MS = 3000;

export function registerServiceWorker(): void {
  // Vite's dev server serves no built shell to cache; and some browsers have no workers.
  if (dev || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const register = (): void => {
    setTimeout(() => {
      navigator.serviceWorker.register('/service-worker.js').catch(() => {
        // Offline use is a bonus: a browser that refuses it (private mode) still works online.
      });
    }, REGISTER_DELAY_MS);
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
