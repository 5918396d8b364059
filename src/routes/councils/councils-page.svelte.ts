/**
 * State of the councils page (/councils): every council meeting and the organisations (for
 * member lists) beyond what `cityData` shares (districts with boundaries, councils), one status
 * over all of it, and the coordinators' edits (a council saved, a meeting recorded), which go
 * through the gateway and show at once.
 */
import { gateway } from '$lib/data-access/browser-gateway';
import { addCouncilMeeting, saveCouncil } from '$lib/data-access/coordination';
import { canEditDistrict } from '$lib/domain/can-edit-district';
import { validateCouncilInput, type CouncilInput } from '$lib/domain/validate-council-input';
import { validateMeetingInput } from '$lib/domain/validate-meeting-input';
import type { Council, CouncilMeeting, Organization } from '$lib/domain/types';
import { cityData } from '$lib/state/city-data.svelte';
import { Loader, type LoadStatus } from '$lib/state/loader.svelte';
import { session } from '$lib/state/session.svelte';

/** A meeting as the form gives it (the council is known to the page). */
export type MeetingInput = Omit<CouncilMeeting, 'id' | 'councilId'>;

/** Field → error code (empty when the input was saved). */
export type FieldErrors = Record<string, string>;

export class CouncilsPage {
  meetings = $state.raw<CouncilMeeting[]>([]);
  organizations = $state.raw<Record<string, Organization>>({});
  /** Councils saved on this page, by id (cityData's list is shared and loaded once). */
  edited = $state.raw<Record<string, Council>>({});

  readonly loader = new Loader({
    fetch: () => Promise.all([gateway.listCouncilMeetings(), gateway.listOrganizations()]),
    apply: ([meetings, orgs]: [CouncilMeeting[], Organization[]]) => {
      this.meetings = meetings;
      this.organizations = Object.fromEntries(orgs.map((o) => [o.id, o]));
    },
  });

  /** One status for the page: the shared areas and councils and this page's own data. */
  get status(): LoadStatus {
    const all = [cityData.status, cityData.councilsStatus, this.loader.status];
    if (all.includes('error')) return 'error';
    return all.every((s) => s === 'ready') ? 'ready' : 'loading';
  }

  /** The councils with this page's edits applied. */
  get councils(): Council[] {
    return cityData.councils.map((c) => this.edited[c.id] ?? c);
  }

  /** Whether to offer the editor for this council (the server decides again). */
  canEdit(c: Council): boolean {
    return c.layer === 2 ? canEditDistrict(session.user, c.districtId) : session.role === 'admin';
  }

  /** Loads (or after an error, loads again) everything the page shows. */
  load(): void {
    void cityData.load({ geometry: true });
    void cityData.loadCouncils();
    void this.loader.ensure();
  }

  /**
   * Checks and saves a council's status, date, vision and coordinator.
   * @returns the field errors; empty when saved (the page then shows the saved council)
   * @throws GatewayError when the server refuses
   */
  async saveCouncil(councilId: string, input: CouncilInput): Promise<FieldErrors> {
    const errors = validateCouncilInput(input);
    if (Object.keys(errors).length) return errors;
    const saved = await saveCouncil(gateway, councilId, input);
    this.edited = { ...this.edited, [saved.id]: saved };
    return {};
  }

  /**
   * Checks and records a meeting of the council.
   * @returns the field errors; empty when recorded (newest meetings first)
   * @throws GatewayError when the server refuses
   */
  async recordMeeting(councilId: string, input: MeetingInput): Promise<FieldErrors> {
    const errors = validateMeetingInput(input);
    if (Object.keys(errors).length) return errors;
    const m = await addCouncilMeeting(gateway, { councilId, ...input });
    this.meetings = [m, ...this.meetings].sort((a, b) => b.heldOn.localeCompare(a.heldOn));
    return {};
  }
}
