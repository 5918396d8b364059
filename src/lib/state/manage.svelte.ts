/**
 * The coordinator workspace's data: the districts the signed-in user may edit, their
 * resources, open suggestions and staff names. Reloaded when the session changes.
 */
import { gateway } from '$lib/data-access/browser-gateway';
import { listStaffNames, listSuggestionQueue, type QueuedSuggestion } from '$lib/data-access/coordination';
import type { Area, Resource } from '$lib/domain/types';
import { cityData } from './city-data.svelte';
import { session } from './session.svelte';
import { Loader, type LoadStatus } from './loader.svelte';

export class ManageState {
  resources = $state.raw<Resource[]>([]);
  suggestions = $state.raw<QueuedSuggestion[]>([]);
  staffNames = $state.raw<Record<string, string>>({});

  readonly #loader = new Loader({
    fetch: async () => {
      await cityData.load();
      if (!this.canEdit) return null;
      return Promise.all([gateway.listResources(), listSuggestionQueue(gateway), listStaffNames(gateway)]);
    },
    apply: (read: [Resource[], QueuedSuggestion[], Record<string, string>] | null) => {
      const [resources, suggestions, staff] = read ?? [[], [], {}];
      const ids = this.districts.map((d) => d.id);
      this.resources = resources.filter((r) => ids.includes(r.districtId));
      this.suggestions = suggestions.filter((s) => ids.includes(s.districtId));
      this.staffNames = staff;
    },
    session,
  });

  get status(): LoadStatus {
    return this.#loader.status;
  }

  get error(): string {
    return this.#loader.error;
  }

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
  load(force = false): Promise<void> {
    return force ? this.#loader.load() : this.#loader.ensure();
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
