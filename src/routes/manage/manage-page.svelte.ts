/**
 * The coordinator workspace's data: the districts the signed-in user may edit, their
 * resources, open suggestions and staff names. Reloaded when the session changes.
 */
import { gateway } from '$lib/data-access/browser-gateway';
import { listStaffNames, listSuggestionQueue, type QueuedSuggestion } from '$lib/data-access/coordination';
import type { Area, Resource } from '$lib/domain/types';
import { cityData } from '$lib/state/city-data.svelte';
import { session } from '$lib/state/session.svelte';
import type { LoadStatus } from '$lib/state/site.svelte';

export class ManageState {
  status = $state<LoadStatus>('idle');
  error = $state('');
  resources = $state.raw<Resource[]>([]);
  suggestions = $state.raw<QueuedSuggestion[]>([]);
  staffNames = $state.raw<Record<string, string>>({});
  #loadedFor = -1;

  /** Districts the user may edit: all for admins, their own for coordinators, none otherwise. */
  get districts(): Area[] {
    const user = session.user;
    if (!user) return [];
    if (user.role === 'admin') return cityData.districts;
    if (user.role !== 'coordinator') return [];
    return cityData.districts.filter((d) => user.districtIds.includes(d.id));
  }

  get canEdit(): boolean {
    return session.role === 'admin' || session.role === 'coordinator';
  }

  /** Loads (once per sign-in; `force` to reload) everything the workspace shows. */
  async load(force = false): Promise<void> {
    if (!force && this.#loadedFor === session.generation && this.status === 'ready') return;
    this.#loadedFor = session.generation;
    this.status = 'loading';
    try {
      await cityData.load();
      if (!this.canEdit) {
        this.status = 'ready';
        return;
      }
      const ids = this.districts.map((d) => d.id);
      const [resources, suggestions, staff] = await Promise.all([
        gateway.listResources(),
        listSuggestionQueue(gateway),
        listStaffNames(gateway),
      ]);
      this.resources = resources.filter((r) => ids.includes(r.districtId));
      this.suggestions = suggestions.filter((s) => ids.includes(s.districtId));
      this.staffNames = staff;
      this.status = 'ready';
    } catch (err) {
      this.status = 'error';
      this.error = err instanceof Error ? err.message : String(err);
    }
  }

  /** Puts a saved or confirmed record in place of the old one. */
  replaceResource(r: Resource): void {
    const i = this.resources.findIndex((x) => x.id === r.id);
    this.resources = i < 0 ? [...this.resources, r] : this.resources.with(i, r);
  }

  removeSuggestion(id: string): void {
    this.suggestions = this.suggestions.filter((s) => s.id !== id);
  }
}

export const manageState = new ManageState();
