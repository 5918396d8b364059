/**
 * The sign-in the PocketBase SDK stored in this browser, read without loading the SDK, so that
 * the first render already knows whether a staff user is signed in (and a visitor's page never
 * loads the SDK; issue #13). The SDK's `LocalAuthStore` keeps `{ token, record }` as JSON under
 * `pocketbase_auth`; the gateway (with the SDK) stays the authority once loaded.
 */
import type { User } from '../domain/types';
import { toUser, type PbRecord } from './records';

/** The localStorage key of the SDK's auth store (its default). */
export const AUTH_STORAGE_KEY = 'pocketbase_auth';

/**
 * The stored staff sign-in, or null when there is none, it is not a `users` record, or its
 * token has expired (or cannot be read).
 * @param nowMs the time to check the token's expiry against (ms since the epoch)
 */
export function readStoredSession(
  nowMs = Date.now(),
): { user: User; mustChangePassword: boolean } | null {
  try {
    const raw = globalThis.localStorage?.getItem(AUTH_STORAGE_KEY);
    if (!raw) return null;
    const { token, record } = JSON.parse(raw) as { token?: unknown; record?: PbRecord | null };
    if (typeof token !== 'string' || !record || record.collectionName !== 'users') return null;
    const payload = token.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const exp = Number((JSON.parse(json) as { exp?: unknown }).exp);
    if (!(exp * 1000 > nowMs)) return null;
    return { user: toUser(record), mustChangePassword: record.one_time_login === true };
  } catch {
    return null;
  }
}
