/**
 * Data of the councils page beyond cityData: every council meeting and the organisations
 * (for member lists). Loaded once; councils and districts come from cityData.
 */
import { gateway } from '$lib/data-access/browser-gateway';
import type { CouncilMeeting, Organization } from '$lib/domain/types';
import type { LoadStatus } from './site.svelte';

export class CouncilsData {
  status = $state<LoadStatus>('idle');
  meetings = $state.raw<CouncilMeeting[]>([]);
  organizations = $state.raw<Record<string, Organization>>({});
  #loading: Promise<void> | null = null;

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
