/**
 * The signed-in staff user (or null for an anonymous visitor), kept in step with the
 * gateway's auth store — also across tabs, since the SDK stores auth in localStorage.
 */
import { gateway } from '$lib/data-access/browser-gateway';
import type { User, UserRole } from '$lib/domain/types';

export class Session {
  user = $state.raw<User | null>(null);
  /** Bumped on every sign-in/out so data loaders can refetch what the user may see. */
  generation = $state(0);
  /**
   * The user holds a one-time password set by an admin: until they choose a new one the
   * server treats them as a visitor, and the app asks for the new password on /login.
   */
  mustChangePassword = $state(false);

  constructor() {
    this.user = gateway.user;
    this.mustChangePassword = gateway.mustChangePassword;
    gateway.onAuthChange((u) => {
      const before = this.user?.id ?? '';
      this.user = u;
      this.mustChangePassword = gateway.mustChangePassword;
      if ((u?.id ?? '') !== before) this.generation++;
    });
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
    this.mustChangePassword = gateway.mustChangePassword;
    return user;
  }

  /**
   * Replaces the signed-in user's password (and signs in again with it).
   * @throws GatewayError 400 with fieldErrors (`oldPassword`, `password`) when refused.
   */
  async changePassword(oldPassword: string, newPassword: string): Promise<void> {
    const user = await gateway.changeOwnPassword(oldPassword, newPassword);
    this.user = gateway.user ?? user;
    this.mustChangePassword = gateway.mustChangePassword;
    this.generation++;
  }

  /** Checks the stored sign-in with the server once per page load (see Gateway.revalidate). */
  async revalidate(): Promise<void> {
    await gateway.revalidate();
    this.user = gateway.user;
    this.mustChangePassword = gateway.mustChangePassword;
  }

  logout(): void {
    gateway.logout();
    this.user = null;
    this.mustChangePassword = false;
  }
}

export const session = new Session();
