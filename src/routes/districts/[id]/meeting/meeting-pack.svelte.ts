/**
 * The staff-only parts of a district's council meeting pack: the change log of the district's
 * resources since the last meeting, and residents' suggestions still open. Reloads when the
 * session or the inputs change; anonymous visitors get nothing (the server refuses them).
 */
import { untrack } from 'svelte';
import { gateway } from '$lib/data-access/browser-gateway';
import { listChangesSince, listSuggestionQueue, type ChangeEntry, type QueuedSuggestion } from '$lib/data-access/coordination';
import { session } from '$lib/state/session.svelte';
import type { LoadStatus } from '$lib/state/site.svelte';

export class MeetingPackData {
  status = $state<LoadStatus>('idle');
  changes = $state.raw<ChangeEntry[]>([]);
  suggestions = $state.raw<QueuedSuggestion[]>([]);

  /** Follows the district, the start of the period and its resources. Call during initialisation. */
  follow(input: () => { districtId: string; since: string; resourceIds: string[] }): void {
    $effect(() => {
      const { districtId, since, resourceIds } = input();
      void session.generation;
      untrack(() => void this.load(districtId, since, resourceIds));
    });
  }

  async load(districtId: string, since: string, resourceIds: string[]): Promise<void> {
    if (!session.signedIn || !districtId || !since) {
      this.changes = [];
      this.suggestions = [];
      this.status = 'idle';
      return;
    }
    this.status = 'loading';
    try {
      const [changes, suggestions] = await Promise.all([
        listChangesSince(gateway, 'resources', since, resourceIds),
        listSuggestionQueue(gateway),
      ]);
      this.changes = changes;
      this.suggestions = suggestions.filter((s) => s.districtId === districtId);
      this.status = 'ready';
    } catch {
      this.status = 'error';
    }
  }
}
