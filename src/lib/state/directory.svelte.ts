/**
 * Directory data: what the search index needs beyond `cityData` (service types, organisations,
 * daily-life areas, towns), the private contacts for staff, the index itself, and the
 * signed-in user's shortlists. Big arrays are `$state.raw` (replaced, never mutated).
 */
import { gateway, publicReads } from '$lib/data-access/browser-gateway';
import { createShortlist, listShortlists, updateShortlist, type Shortlist } from '$lib/data-access/shortlists';
import type { Area, Organization, ResourceContact, ServiceType } from '$lib/domain/types';
import { buildSearchIndex, type SearchIndex } from '$lib/search/build-search-index';
import { resourceSearchDocuments } from '$lib/search/resource-search-documents';
import { cityData } from './city-data.svelte';
import { session } from './session.svelte';
import { Loader, type LoadStatus } from './loader.svelte';

export class DirectoryData {
  serviceTypes = $state.raw<ServiceType[]>([]);
  organizations = $state.raw<Organization[]>([]);
  dailyLifeAreas = $state.raw<Area[]>([]);
  towns = $state.raw<Area[]>([]);
  /** Resource id → private contact (staff only; empty for anonymous visitors). */
  contacts = $state.raw<Record<string, ResourceContact>>({});
  shortlists = $state.raw<Shortlist[]>([]);
  #lookups: Promise<void> | null = null;
  #privateFor = -1;

  /** The search index over the resources the current user may see (rebuilt when they change). */
  readonly index: SearchIndex | null = $derived.by(() => {
    if (this.status !== 'ready') return null;
    const { documents, facets } = resourceSearchDocuments(cityData.resources, {
      serviceTypes: this.serviceTypes,
      areas: [...this.dailyLifeAreas, ...cityData.districts],
      organizations: this.organizations,
    });
    return buildSearchIndex(documents, facets);
  });

  get canKeepShortlists(): boolean {
    return session.signedIn;
  }

  // The lookups are read once and the private data once per sign-in (their own caches below),
  // so a load is cheap when nothing changed and the status stays 'ready' meanwhile.
  readonly #loader = new Loader({
    fetch: async () => {
      const reads = session.readsSnapshots ? publicReads : null;
      this.#lookups ??= Promise.all([
        reads ? reads.serviceTypes() : gateway.listServiceTypes(),
        reads ? reads.organizations() : gateway.listOrganizations(),
        reads ? reads.areas({ kind: 'daily_life_area' }) : gateway.listAreas({ kind: 'daily_life_area' }),
        reads ? reads.areas({ kind: 'town' }) : gateway.listAreas({ kind: 'town' }),
      ]).then(([s, o, d, t]) => {
        this.serviceTypes = s;
        this.organizations = o;
        this.dailyLifeAreas = d;
        this.towns = t;
      });
      await Promise.all([this.#lookups.catch((e: unknown) => ((this.#lookups = null), Promise.reject(e))), cityData.load(), this.#loadPrivate()]);
      if (cityData.status === 'error') throw new Error(cityData.error);
    },
    apply: () => {},
  });

  get status(): LoadStatus {
    return this.#loader.status;
  }

  get error(): string {
    return this.#loader.error;
  }

  /** Loads everything the directory needs; private data again after every sign-in/out. */
  load(): Promise<void> {
    return this.#loader.load();
  }

  async #loadPrivate(): Promise<void> {
    const gen = session.generation;
    if (this.#privateFor === gen) return;
    this.#privateFor = gen;
    if (!session.signedIn) {
      this.contacts = {};
      this.shortlists = [];
      return;
    }
    const [contacts, lists] = await Promise.all([gateway.listContacts(), listShortlists(gateway)]);
    if (this.#privateFor !== gen) return;
    this.contacts = Object.fromEntries(contacts.map((c) => [c.resourceId, c]));
    this.shortlists = lists;
  }

  async createShortlist(label: string): Promise<Shortlist> {
    const list = await createShortlist(gateway, label);
    this.shortlists = [list, ...this.shortlists];
    return list;
  }

  /** Adds or removes one resource; returns the saved list. */
  async toggle(listId: string, resourceId: string): Promise<Shortlist> {
    const list = this.shortlists.find((s) => s.id === listId);
    if (!list) throw new Error('shortlist not loaded');
    const ids = list.resourceIds.includes(resourceId) ? list.resourceIds.filter((id) => id !== resourceId) : [...list.resourceIds, resourceId];
    return this.save(listId, { resourceIds: ids });
  }

  async save(listId: string, patch: Parameters<typeof updateShortlist>[2]): Promise<Shortlist> {
    const saved = await updateShortlist(gateway, listId, patch);
    this.shortlists = this.shortlists.map((s) => (s.id === saved.id ? saved : s));
    return saved;
  }

  forget(listId: string): void {
    this.shortlists = this.shortlists.filter((s) => s.id !== listId);
  }
}

export const directoryData = new DirectoryData();
