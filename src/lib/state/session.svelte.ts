/**
 * The signed-in staff user (or null for an anonymous visitor), kept in step with the
 * gateway's auth store — also across tabs, since the SDK stores auth in localStorage.
 */
import { gateway, publicReads, snapshotsEnabled } from '$lib/data-access/browser-gateway';
import type { User, UserRole } from '$lib/domain/types';

export class Session {
  user = $state.raw<User | null>(null);
  /** Bumped on every sign-in/out so data loaders can refetch what the user may see. */
  generation = $state(0);

  constructor() {
    this.user = gateway.user;
    gateway.onAuthChange((u) => {
      const before = this.user?.id ?? '';
      this.user = u;
      if ((u?.id ?? '') !== before) {
        // Staff may have changed records while signed in: a visitor again reads them afresh.
        publicReads.reset();
        this.generation++;
      }
    });
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
