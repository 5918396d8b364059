/**
 * The signed-in staff user (or null for an anonymous visitor), kept in step with the
 * gateway's auth store — also across tabs, since the SDK stores auth in localStorage.
 *
 * Staff tokens live 2 hours (a stolen or forgotten one soon expires). While the user is
 * active (a key, a click or a touch, or the tab coming back into view), a token with less
 * than half its life left is refreshed; an idle session simply ends at expiry.
 */
import { gateway } from '$lib/data-access/browser-gateway';
import type { User, UserRole } from '$lib/domain/types';

/** Refresh the token when it has less than this left (half of its 2-hour life). */
const SESSION_REFRESH_BELOW_S = 60 * 60;

export class Session {
  user = $state.raw<User | null>(null);
  /** Bumped on every sign-in/out so data loaders can refetch what the user may see. */
  generation = $state(0);

  #refreshing = false;
  #expiryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    this.user = gateway.user;
    gateway.onAuthChange((u) => {
      const before = this.user?.id ?? '';
      this.user = u;
      if ((u?.id ?? '') !== before) this.generation++;
      this.#scheduleExpiry();
    });
    if (typeof window !== 'undefined') {
      const active = () => void this.keepAlive();
      for (const type of ['keydown', 'pointerdown']) window.addEventListener(type, active, { passive: true, capture: true });
      document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && active());
      this.#scheduleExpiry();
    }
  }

  /** Refreshes the token when the user is active and it has less than half of its 2 hours left. */
  async keepAlive(): Promise<void> {
    if (this.#refreshing || !this.user || gateway.sessionSecondsLeft() > SESSION_REFRESH_BELOW_S) return;
    this.#refreshing = true;
    try {
      await gateway.refreshSession();
    } catch {
      // offline or expired: the session ends at expiry (the gateway clears it on 401/403)
    } finally {
      this.#refreshing = false;
    }
  }

  /** Signs the page out when the token expires, so the UI never shows a dead session. */
  #scheduleExpiry(): void {
    clearTimeout(this.#expiryTimer);
    const leftS = gateway.sessionSecondsLeft();
    if (leftS <= 0) return;
    this.#expiryTimer = setTimeout(() => {
      if (gateway.sessionSecondsLeft() > 0) return this.#scheduleExpiry();
      this.user = null;
      this.generation++;
    }, Math.min(leftS * 1000 + 1000, 2 ** 31 - 1));
  }

  get signedIn(): boolean {
    return this.user !== null;
  }

  get role(): UserRole | null {
    return this.user?.role ?? null;
  }

  /** Signs in; throws GatewayError on wrong credentials (status 400). */
  async login(email: string, password: string): Promise<User> {
    const user = await gateway.login(email, password);
    this.user = gateway.user ?? user;
    return user;
  }

  logout(): void {
    gateway.logout();
    this.user = null;
  }
}

export const session = new Session();
