/**
 * The signed-in staff user (or null for an anonymous visitor), kept in step with the
 * gateway's auth store — also across tabs, since the SDK stores auth in localStorage.
 *
 * The gateway (with the PocketBase SDK) is loaded only when there is a session: a sign-in
 * stored in this browser (read at start without the SDK), a sign-in on this page, or one in
 * another tab. A visitor's pages never download the SDK (issue #13).
 *
 * Staff tokens live 2 hours (a stolen or forgotten one soon expires). While the user is
 * active (a key, a click or a touch, or the tab coming back into view), a token with less
 * than half its life left is refreshed; an idle session simply ends at expiry.
 */
import { loadGateway, publicReads, snapshotsEnabled } from '$lib/data-access/browser-reads';
import type { Gateway } from '$lib/data-access/gateway';
import { GatewayError } from '$lib/data-access/gateway-error';
import { AUTH_STORAGE_KEY, readStoredSession } from '$lib/data-access/read-stored-session';
import type { User, UserRole } from '$lib/domain/types';

/** Refresh the token when it has less than this left (half of its 2-hour life). */
const SESSION_REFRESH_BELOW_S = 60 * 60;

/** Why a sign-in failed, as the sign-in page words it (`unknownError` shows the error's own message). */
export type LoginFailure =
  'wrongCredentials' | 'accountDisabled' | 'tooManyAttempts' | 'networkError' | 'unknownError';

export class Session {
  user = $state.raw<User | null>(null);
  /**
   * Bumped on every sign-in/out so data loaders can refetch what the user may see, and when
   * the public data changed (`publicDataChanged`).
   */
  generation = $state(0);
  /**
   * Bumped when the public data changed since this page's copy (see `publicDataChanged`;
   * `generation` is bumped with it): for data everyone sees alike, which a sign-in does not
   * change.
   */
  publicDataVersion = $state(0);
  /**
   * The user holds a one-time password set by an admin: until they choose a new one the
   * server treats them as a visitor, and the app asks for the new password on /login.
   */
  mustChangePassword = $state(false);

  #refreshing = false;
  #expiryTimer: ReturnType<typeof setTimeout> | undefined;
  /** The gateway once loaded and followed (null before: nobody has signed in on this page). */
  #gateway: Gateway | null = null;
  #connecting: Promise<Gateway> | null = null;

  constructor() {
    const stored = readStoredSession();
    this.user = stored?.user ?? null;
    this.mustChangePassword = stored?.mustChangePassword ?? false;
    if (stored) void this.connect();
    if (typeof window !== 'undefined') {
      const active = () => void this.keepAlive();
      for (const type of ['keydown', 'pointerdown'])
        window.addEventListener(type, active, { passive: true, capture: true });
      document.addEventListener(
        'visibilitychange',
        () => document.visibilityState === 'visible' && active(),
      );
      // Another tab signed in (the SDK, once loaded, follows later changes itself).
      window.addEventListener('storage', (e) => {
        if (e.key === AUTH_STORAGE_KEY && e.newValue) void this.connect();
      });
    }
  }

  /**
   * Loads the gateway (the PocketBase SDK) and follows its sign-ins from then on. Called at
   * start when a sign-in is stored, on sign-in, and when another tab signs in; later calls get
   * the same gateway.
   */
  connect(): Promise<Gateway> {
    this.#connecting ??= loadGateway().then((gateway) => {
      this.#gateway = gateway;
      this.#follow(gateway.user, gateway);
      gateway.onAuthChange((u) => this.#follow(u, gateway));
      return gateway;
    });
    return this.#connecting;
  }

  #follow(u: User | null, gateway: Gateway): void {
    const before = this.user?.id ?? '';
    this.user = u;
    this.mustChangePassword = gateway.mustChangePassword;
    if ((u?.id ?? '') !== before) {
      // Staff may have changed records while signed in: a visitor again reads them afresh.
      publicReads.reset();
      this.generation++;
    }
    this.#scheduleExpiry();
  }

  /**
   * The public data changed since this page's copy was made (the service worker served the
   * last visit's shell, src/lib/offline/follow-shell-changes.ts): visitors' reads ask the
   * server again, and everything loaded per session generation reloads, the old data staying
   * shown meanwhile.
   */
  publicDataChanged(): void {
    publicReads.reset();
    this.publicDataVersion++;
    this.generation++;
  }

  /** Refreshes the token when the user is active and it has less than half of its 2 hours left. */
  async keepAlive(): Promise<void> {
    const gateway = this.#gateway;
    if (
      this.#refreshing ||
      !this.user ||
      !gateway ||
      gateway.sessionSecondsLeft() > SESSION_REFRESH_BELOW_S
    )
      return;
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
    const gateway = this.#gateway;
    if (!gateway) return;
    const leftS = gateway.sessionSecondsLeft();
    if (leftS <= 0) return;
    this.#expiryTimer = setTimeout(
      () => {
        if (gateway.sessionSecondsLeft() > 0) return this.#scheduleExpiry();
        this.user = null;
        this.generation++;
      },
      Math.min(leftS * 1000 + 1000, 2 ** 31 - 1),
    );
  }

  get signedIn(): boolean {
    return this.user !== null;
  }

  /**
   * Whether reads go to the public snapshots (a visitor who is not signed in) rather than
   * the records API, whose rules show staff more.
   */
  get readsSnapshots(): boolean {
    return snapshotsEnabled && this.user === null;
  }

  get role(): UserRole | null {
    return this.user?.role ?? null;
  }

  /** Signs in; throws GatewayError on wrong credentials (status 400). */
  async login(email: string, password: string): Promise<User> {
    const gateway = await this.connect();
    const user = await gateway.login(email, password);
    this.user = gateway.user ?? user;
    this.mustChangePassword = gateway.mustChangePassword;
    return user;
  }

  /**
   * What a failed `login` means for the user: 403 the password was right but the account is
   * disabled (the users authRule); 400/401/404 wrong email or password; 429 too many attempts;
   * status 0 the server was not reached; anything else (or a non-gateway error) unknown.
   */
  loginFailure(err: unknown): LoginFailure {
    if (!(err instanceof GatewayError)) return 'unknownError';
    if (err.status === 403) return 'accountDisabled';
    if (err.status === 400 || err.status === 401 || err.status === 404) return 'wrongCredentials';
    if (err.status === 429) return 'tooManyAttempts';
    if (err.status === 0) return 'networkError';
    return 'unknownError';
  }

  /**
   * Replaces the signed-in user's password (and signs in again with it).
   * @throws GatewayError 400 with fieldErrors (`oldPassword`, `password`) when refused.
   */
  async changePassword(oldPassword: string, newPassword: string): Promise<void> {
    const gateway = await this.connect();
    const user = await gateway.changeOwnPassword(oldPassword, newPassword);
    this.user = gateway.user ?? user;
    this.mustChangePassword = gateway.mustChangePassword;
    this.generation++;
  }

  /**
   * Checks the stored sign-in with the server once per page load: a token the server no
   * longer honours (account disabled, password reset by an admin) signs this browser out;
   * a network failure keeps it (the next request decides).
   */
  async revalidate(): Promise<void> {
    if (!this.user) return;
    const gateway = await this.connect();
    try {
      await gateway.refreshSession();
    } catch {
      // offline: keep the session; 401/403 already cleared it in the gateway
    }
    this.user = gateway.user;
    this.mustChangePassword = gateway.mustChangePassword;
  }

  logout(): void {
    if (this.#gateway) this.#gateway.logout();
    // A stored sign-in is connected at start: only while that is still loading is there none.
    else void this.connect().then((gateway) => gateway.logout());
    this.user = null;
    this.mustChangePassword = false;
  }
}

export const session = new Session();
