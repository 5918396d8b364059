/**
 * The staff-only parts of a district's council meeting pack: the change log of the district's
 * resources since the last meeting, and residents' suggestions still open. Reloads when the
 * session or the inputs change; anonymous visitors get nothing (the server refuses them).
 */
import { gateway } from '$lib/data-access/browser-gateway';
import { listChangesSince, type ChangeEntry } from '$lib/data-access/change-history';
import { listSuggestionQueue, type QueuedSuggestion } from '$lib/data-access/coordination';
import { Loader, type LoadStatus } from '$lib/state/loader.svelte';
import { session } from '$lib/state/session.svelte';

/** What the pack's staff sections are about. */
export interface PackInput {
  districtId: string;
  /** ISO date: changes from this day on. */
  since: string;
  resourceIds: string[];
}

export class MeetingPackData {
  changes = $state.raw<ChangeEntry[]>([]);
  suggestions = $state.raw<QueuedSuggestion[]>([]);

  readonly loader = new Loader({
    fetch: (input: PackInput) =>
      Promise.all([
        listChangesSince(gateway, 'resources', input.since, input.resourceIds),
        listSuggestionQueue(gateway),
      ]),
    apply: ([changes, suggestions]: [ChangeEntry[], QueuedSuggestion[]], input: PackInput) => {
      this.changes = changes;
      this.suggestions = suggestions.filter((s) => s.districtId === input.districtId);
    },
    session,
  });

  get status(): LoadStatus {
    return this.loader.status;
  }

  /**
   * Follows the district, the start of the period and its resources; loads only for signed-in
   * staff and once the district is known. Call during initialisation.
   */
  follow(input: () => PackInput): void {
    this.loader.follow(() => {
      const i = input();
      return session.signedIn && i.districtId && i.since ? [i] : null;
    });
  }
}
