/**
 * Directory data: what the search index needs beyond `cityData` (service types, organisations,
 * daily-life areas, towns), the private contacts for staff, the index itself, and the
 * signed-in user's shortlists. Big arrays are `$state.raw` (replaced, never mutated).
 * The shortlist pages (/shortlists, /shortlists/[id], its print sheet) share this state: a
 * list changed on one page is current on the others without a reload.
 */
import { gateway, publicReads } from '$lib/data-access/browser-gateway';
import {
  createShortlist,
  deleteShortlist,
  listShortlists,
  updateShortlist,
  type Shortlist,
} from '$lib/data-access/shortlists';
import { createNeed } from '$lib/data-access/needs';
import { errorMessage } from '$lib/domain/error-message';
import { tokyoIsoDate } from '$lib/domain/iso-date';
import { shortlistSnapshot } from '$lib/domain/shortlist-snapshot';
import { locale } from '$lib/i18n/locale.svelte';

// The shortlist limits and types, for the pages' forms (which never import the gateway).
export {
  SHORTLIST_LABEL_MAX,
  SHORTLIST_OFFICE_MAX,
  SHORTLIST_OFFICE_PHONE_MAX,
  type Shortlist,
  type ShortlistEntryRecord,
} from '$lib/data-access/shortlists';
import type { Area, Organization, ResourceContact, ServiceType, Weekday } from '$lib/domain/types';
import { buildSearchIndex, type SearchIndex } from '$lib/search/build-search-index';
import { resourceSearchDocuments } from '$lib/search/resource-search-documents';
import { cityData } from '$lib/state/city-data.svelte';
import { Loader, type LoadStatus } from '$lib/state/loader.svelte';
import { session } from '$lib/state/session.svelte';

/** The current time as an ISO string (a plain value: nothing here needs to react to the clock). */
function isoNow(): string {
  return new Date(Date.now()).toISOString();
}

/** A search that found nothing fitting: what 「見つからなかった」 records (nothing about the person). */
export interface UnmetSearch {
  districtId: string;
  serviceTypeId: string;
  /** The weekdays filtered on; empty when none. */
  weekdays: Weekday[];
}

/** The same search gives the same key (weekdays in any order). */
export function unmetSearchKey(s: UnmetSearch): string {
  return `${s.districtId}|${s.serviceTypeId}|${[...s.weekdays].sort().join(',')}`;
}

/** What one load of the directory reads. */
interface DirectoryLoad {
  lookups: [ServiceType[], Organization[], Area[], Area[]];
  contacts: Record<string, ResourceContact>;
  shortlists: Shortlist[];
  /** `#edits` when the shortlists were read: a list changed here since makes the read stale. */
  editsAtRead: number;
}

export class DirectoryData {
  serviceTypes = $state.raw<ServiceType[]>([]);
  organizations = $state.raw<Organization[]>([]);
  dailyLifeAreas = $state.raw<Area[]>([]);
  towns = $state.raw<Area[]>([]);
  /** Resource id → private contact (staff only; empty for anonymous visitors). */
  contacts = $state.raw<Record<string, ResourceContact>>({});
  shortlists = $state.raw<Shortlist[]>([]);
  /** The 「見つからなかった」 status line, its sequence (focus moves there) and busy flag. */
  unmetMessage = $state('');
  unmetSeq = $state(0);
  unmetBusy = $state(false);
  /** The key of the search recorded last: the same search is not recorded twice in a row. */
  unmetRecordedKey = $state('');
  /** The key of the search the status line speaks of (it is shown for that search only). */
  unmetMessageKey = $state('');

  /** The taxonomy and areas are read once; the city data and private data again after every sign-in/out. */
  #lookups: Promise<DirectoryLoad['lookups']> | null = null;
  /** Counts this tab's own shortlist changes (create, save, delete). */
  #edits = 0;

  readonly loader = new Loader<[], DirectoryLoad>({
    fetch: () => this.#fetch(),
    apply: ({ lookups: [s, o, d, t], contacts, shortlists, editsAtRead }) => {
      this.serviceTypes = s;
      this.organizations = o;
      this.dailyLifeAreas = d;
      this.towns = t;
      this.contacts = contacts;
      // A list created or saved while this load ran is newer than what it read.
      if (editsAtRead === this.#edits) this.shortlists = shortlists;
    },
    session,
  });

  get status(): LoadStatus {
    return this.loader.status;
  }

  get error(): string {
    return this.loader.error;
  }

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

  /** Keeps the data loaded for the current session; call during a page's initialisation. */
  follow(): void {
    this.loader.follow(() => []);
  }

  /** Loads now unless already loaded for this session (never rejects; see `status`, `error`). */
  load(): Promise<void> {
    return this.loader.ensure();
  }

  async #fetch(): Promise<DirectoryLoad> {
    const reads = session.readsSnapshots ? publicReads : null;
    this.#lookups ??= Promise.all([
      reads ? reads.serviceTypes() : gateway.listServiceTypes(),
      reads ? reads.organizations() : gateway.listOrganizations(),
      reads
        ? reads.areas({ kind: 'daily_life_area' })
        : gateway.listAreas({ kind: 'daily_life_area' }),
      reads ? reads.areas({ kind: 'town' }) : gateway.listAreas({ kind: 'town' }),
    ]).catch((e: unknown) => {
      this.#lookups = null; // a failed read is tried again on retry
      throw e;
    });
    const signedIn = session.signedIn;
    const editsAtRead = this.#edits;
    const [lookups, , [contacts, shortlists]] = await Promise.all([
      this.#lookups,
      cityData.load(),
      signedIn
        ? Promise.all([gateway.listContacts(), listShortlists(gateway)])
        : Promise.resolve([[], []] as const),
    ]);
    if (cityData.status === 'error') throw new Error(cityData.error);
    return {
      lookups,
      contacts: Object.fromEntries(contacts.map((c) => [c.resourceId, c])),
      shortlists: [...shortlists],
      editsAtRead,
    };
  }

  /**
   * Whether the signed-in user may record an unmet search in `districtId`: care managers and
   * admins in every district, coordinators in their own (the server's rules say the same).
   */
  canRecordUnmet(districtId: string): boolean {
    const user = session.user;
    if (!user) return false;
    if (user.role === 'care_manager' || user.role === 'admin') return true;
    return user.role === 'coordinator' && user.districtIds.includes(districtId);
  }

  /**
   * Records 「見つからなかった」 as a need with source 'care_manager' dated today (Japan), and
   * says so (or why not) in the status line. `names` are for the message only.
   */
  async recordUnmet(search: UnmetSearch, names: { district: string; type: string }): Promise<void> {
    const m = locale.t.needs.unmet;
    this.unmetBusy = true;
    try {
      await createNeed(gateway, {
        districtId: search.districtId,
        serviceTypeId: search.serviceTypeId,
        count: null,
        countUnit: '',
        source: 'care_manager',
        // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a plain instant passed to pure code
        observedOn: tokyoIsoDate(new Date(Date.now())),
        weekdays: search.weekdays,
        note: '',
      });
      this.unmetRecordedKey = unmetSearchKey(search);
      this.unmetMessage = locale.format(m.recorded, names);
    } catch (err) {
      this.unmetMessage = locale.format(m.failed, { message: errorMessage(err) });
    } finally {
      this.unmetMessageKey = unmetSearchKey(search);
      this.unmetBusy = false;
      this.unmetSeq++;
    }
  }

  /** A new list; it keeps the office of the most recently changed list, so the office is typed once. */
  async createShortlist(label: string): Promise<Shortlist> {
    const latest = this.shortlists[0];
    this.#edits++;
    const list = await createShortlist(gateway, label, [], {
      office: latest?.office ?? '',
      officePhone: latest?.officePhone ?? '',
    });
    this.shortlists = [list, ...this.shortlists];
    return list;
  }

  /**
   * Adds or removes one resource; returns the saved list. An added entry keeps the date and a
   * snapshot of the record, so the sheet can say later what changed since.
   */
  async toggle(listId: string, resourceId: string, addedAt: string = isoNow()): Promise<Shortlist> {
    const list = this.shortlists.find((s) => s.id === listId);
    if (!list) throw new Error('shortlist not loaded');
    const { [resourceId]: _dropped, ...added } = list.added;
    if (list.resourceIds.includes(resourceId))
      return this.save(listId, {
        resourceIds: list.resourceIds.filter((id) => id !== resourceId),
        added,
      });
    const resource = cityData.resources.find((r) => r.id === resourceId);
    if (resource) added[resourceId] = { at: addedAt, snapshot: shortlistSnapshot(resource) };
    return this.save(listId, { resourceIds: [...list.resourceIds, resourceId], added });
  }

  /** Removes one entry with its note and its added-record. */
  async removeEntry(listId: string, resourceId: string): Promise<Shortlist> {
    const list = this.shortlists.find((s) => s.id === listId);
    if (!list) throw new Error('shortlist not loaded');
    const without = <T>(rec: Record<string, T>) =>
      Object.fromEntries(Object.entries(rec).filter(([k]) => k !== resourceId));
    return this.save(listId, {
      resourceIds: list.resourceIds.filter((x) => x !== resourceId),
      notes: without(list.notes),
      added: without(list.added),
    });
  }

  /** Deletes a list on the server and forgets it here. */
  async deleteList(listId: string): Promise<void> {
    await deleteShortlist(gateway, listId);
    this.forget(listId);
  }

  async save(listId: string, patch: Parameters<typeof updateShortlist>[2]): Promise<Shortlist> {
    this.#edits++;
    const saved = await updateShortlist(gateway, listId, patch);
    this.shortlists = this.shortlists.map((s) => (s.id === saved.id ? saved : s));
    return saved;
  }

  forget(listId: string): void {
    this.#edits++;
    this.shortlists = this.shortlists.filter((s) => s.id !== listId);
  }
}

export const directoryData = new DirectoryData();
