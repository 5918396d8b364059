/**
 * Data of the councils page beyond cityData: every council meeting and the organisations
 * (for member lists). Loaded once; councils and districts come from cityData.
 */
import { gateway } from '$lib/data-access/browser-gateway';
import type { Council, CouncilMeeting, Organization } from '$lib/domain/types';
import type { LoadStatus } from '$lib/state/site.svelte';

export class CouncilsData {
  status = $state<LoadStatus>('idle');
  meetings = $state.raw<CouncilMeeting[]>([]);
  organizations = $state.raw<Record<string, Organization>>({});
  /** Councils saved on this page, by id (cityData's list is shared and loaded once). */
  edited = $state.raw<Record<string, Council>>({});
  #loading: Promise<void> | null = null;

  /** The councils with this page's edits applied. */
  withEdits(councils: readonly Council[]): Council[] {
    return councils.map((c) => this.edited[c.id] ?? c);
  }

  replaceCouncil(c: Council): void {
    this.edited = { ...this.edited, [c.id]: c };
  }

  addMeeting(m: CouncilMeeting): void {
    this.meetings = [m, ...this.meetings].sort((a, b) => b.heldOn.localeCompare(a.heldOn));
  }

  load(): Promise<void> {
    this.#loading ??= (async () => {
      this.status = 'loading';
      try {
        const [meetings, orgs] = await Promise.all([gateway.listCouncilMeetings(), gateway.listOrganizations()]);
        this.meetings = meetings;
        this.organizations = Object.fromEntries(orgs.map((o) => [o.id, o]));
        this.status = 'ready';
      } catch {
        this.status = 'error';
        this.#loading = null;
      }
    })();
    return this.#loading;
  }
}

export const councilsData = new CouncilsData();
