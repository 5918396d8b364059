/**
 * The place page's data: one place (from the city's public data, or its own read), the
 * organisation that runs it, and sending a "tell us about a change" suggestion. The only code
 * of this page that talks to the gateway.
 */
import { gateway } from '$lib/data-access/browser-gateway';
import { GatewayError } from '$lib/data-access/gateway';
import { sendSuggestion } from '$lib/data-access/suggestions';
import { errorMessage } from '$lib/domain/error-message';
import type { SuggestionInput } from '$lib/domain/suggestion-record';
import type { Organization, Resource } from '$lib/domain/types';
import { cityData } from '$lib/state/city-data.svelte';
import { Loader } from '$lib/state/loader.svelte';
import { session } from '$lib/state/session.svelte';

export type PlacePageStatus = 'loading' | 'ready' | 'missing' | 'error';

/** How sending a suggestion ended: stored, refused by the rate limit, the message refused, or failed. */
export type SendOutcome =
  | { kind: 'sent' }
  | { kind: 'rate_limited' }
  | { kind: 'message_refused' }
  | { kind: 'failed'; message: string };

export class PlacePage {
  place = $state.raw<Resource | null>(null);
  organization = $state.raw<Organization | null>(null);
  /** A 404: the place ended or was made private (the loader itself is then 'ready'). */
  #missing = $state(false);
  readonly loader = new Loader<[string], Resource | null>({
    fetch: async (id) => {
      void cityData.load();
      try {
        return await cityData.place(id);
      } catch (err) {
        if (err instanceof GatewayError && err.status === 404) return null;
        throw err;
      }
    },
    apply: (r) => {
      this.place = r;
      this.#missing = r === null;
      this.organization = null;
      if (r?.organizationId) void this.#loadOrganization(r.organizationId);
    },
    session,
  });

  get status(): PlacePageStatus {
    const s = this.loader.status;
    return s === 'ready'
      ? this.#missing
        ? 'missing'
        : 'ready'
      : s === 'error'
        ? 'error'
        : 'loading';
  }

  get error(): string {
    return this.loader.error;
  }

  /** Keeps place `id()` loaded (again after a sign-in or sign-out); call during component set-up. */
  follow(id: () => string): void {
    this.loader.follow(() => [id()]);
  }

  async #loadOrganization(orgId: string): Promise<void> {
    const orgs = await cityData.organizations().catch(() => []);
    if (this.place?.organizationId === orgId)
      this.organization = orgs.find((o) => o.id === orgId) ?? null;
  }

  /** Sends a suggestion about this place (checked by the caller and again by the server). */
  async send(input: SuggestionInput): Promise<SendOutcome> {
    try {
      await sendSuggestion(gateway, input);
      return { kind: 'sent' };
    } catch (err) {
      if (err instanceof GatewayError && err.status === 429) return { kind: 'rate_limited' };
      if (err instanceof GatewayError && err.fieldErrors.message)
        return { kind: 'message_refused' };
      return { kind: 'failed', message: errorMessage(err) };
    }
  }
}
