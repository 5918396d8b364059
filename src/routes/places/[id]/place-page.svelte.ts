/**
 * The place page's data: one place (from the city's public data, or its own read), the
 * organisation that runs it, and sending a "tell us about a change" suggestion. The only code
 * of this page that talks to the gateway.
 */
import { gateway } from '$lib/data-access/browser-gateway';
import { GatewayError } from '$lib/data-access/gateway';
import { sendSuggestion, type SuggestionInput } from '$lib/data-access/suggestions';
import { errorMessage } from '$lib/domain/error-message';
import type { Organization, Resource } from '$lib/domain/types';
import { cityData } from '$lib/state/city-data.svelte';

export type PlacePageStatus = 'loading' | 'ready' | 'missing' | 'error';

/** How sending a suggestion ended: stored, refused by the rate limit, the message refused, or failed. */
export type SendOutcome = { kind: 'sent' } | { kind: 'rate_limited' } | { kind: 'message_refused' } | { kind: 'failed'; message: string };

export class PlacePage {
  place = $state.raw<Resource | null>(null);
  organization = $state.raw<Organization | null>(null);
  status = $state<PlacePageStatus>('loading');
  error = $state('');
  /** The id of the latest load: a slower earlier load never overwrites a later one. */
  #current = '';

  /** Loads place `id`; a 404 is `missing` (ended or made private), anything else `error`. */
  async load(id: string): Promise<void> {
    this.#current = id;
    this.status = 'loading';
    this.organization = null;
    void cityData.load();
    try {
      const r = await cityData.place(id);
      if (this.#current !== id) return;
      this.place = r;
      this.status = 'ready';
      this.organization = r.organizationId
        ? ((await cityData.organizations().catch(() => [])).find((o) => o.id === r.organizationId) ?? null)
        : null;
    } catch (err) {
      if (this.#current !== id) return;
      this.place = null;
      if (err instanceof GatewayError && err.status === 404) this.status = 'missing';
      else {
        this.status = 'error';
        this.error = errorMessage(err);
      }
    }
  }

  /** Sends a suggestion about this place (checked by the caller and again by the server). */
  async send(input: SuggestionInput): Promise<SendOutcome> {
    try {
      await sendSuggestion(gateway, input);
      return { kind: 'sent' };
    } catch (err) {
      if (err instanceof GatewayError && err.status === 429) return { kind: 'rate_limited' };
      if (err instanceof GatewayError && err.fieldErrors.message) return { kind: 'message_refused' };
      return { kind: 'failed', message: errorMessage(err) };
    }
  }
}
