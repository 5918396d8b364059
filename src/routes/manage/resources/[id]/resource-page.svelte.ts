/**
 * The edit page of one resource: the record, its district's towns, open suggestions and staff
 * names, and the page's actions (confirm, save). The only code of the page that talks to the
 * gateway for these; every action ends in one status message.
 */
import { gateway } from '$lib/data-access/browser-gateway';
import { listChangeHistory, type ChangeEntry } from '$lib/data-access/change-history';
import {
  acceptSuggestion,
  confirmResource,
  listStaffNames,
  listSuggestionQueue,
  saveResource,
  type QueuedSuggestion,
} from '$lib/data-access/coordination';
import {
  addSupportEvent,
  listSupportEvents,
  type SupportEvent,
} from '$lib/data-access/support-events';
import {
  getUpdateLink,
  issueUpdateLink,
  revokeUpdateLink,
  updateLinkUrl,
  type UpdateLinkInfo,
} from '$lib/data-access/organiser-links';
import type { SupportStage } from '$lib/domain/support-stages';
import type { ResourceInput } from '$lib/domain/validate-resource-input';
import type { Area, Resource, VerificationMethod } from '$lib/domain/types';
import { errorMessage } from '$lib/domain/error-message';
import { locale } from '$lib/i18n/locale.svelte';
import { cityData } from '$lib/state/city-data.svelte';
import { Loader, type LoadStatus } from '$lib/state/loader.svelte';
import { session } from '$lib/state/session.svelte';

/** What one load of the page reads. */
interface LoadedRecord {
  resource: Resource;
  towns: Area[];
  suggestions: QueuedSuggestion[];
  staffNames: Record<string, string>;
}

export class ResourcePage {
  notFound = $state(false);
  resource = $state.raw<Resource | null>(null);
  towns = $state.raw<Area[]>([]);
  suggestions = $state.raw<QueuedSuggestion[]>([]);
  staffNames = $state.raw<Record<string, string>>({});
  message = $state('');
  messageSeq = $state(0);
  /** Bumped after every change so the change history reloads. */
  version = $state(0);

  announce(text: string): void {
    this.message = text;
    this.messageSeq++;
  }

  readonly #loader = new Loader({
    fetch: async (resourceId: string, withStaffData: boolean): Promise<LoadedRecord | null> => {
      try {
        const [resource, towns] = await Promise.all([
          gateway.getResource(resourceId),
          gateway.listAreas({ kind: 'town' }),
          cityData.load({ geometry: true }),
        ]);
        const [suggestions, staffNames] = withStaffData
          ? await Promise.all([
              listSuggestionQueue(gateway, { resourceId }),
              listStaffNames(gateway),
            ])
          : [[], {}];
        return { resource, towns, suggestions, staffNames };
      } catch (err) {
        // a record that is not there (or not visible to the caller) is an answer, not a failure
        if ((err as { status?: number }).status === 404) return null;
        throw err;
      }
    },
    apply: (v) => this.#show(v),
    forget: () => this.#show(undefined),
    session,
  });

  /** Shows a loaded record (null: not found; undefined: nothing, after a sign-out). */
  #show(v: LoadedRecord | null | undefined): void {
    this.notFound = v === null;
    this.resource = v?.resource ?? null;
    this.towns = v?.towns ?? [];
    this.suggestions = v?.suggestions ?? [];
    this.staffNames = v?.staffNames ?? {};
  }

  get status(): LoadStatus {
    return this.#loader.status;
  }

  /** Loads the record (and, for staff who edit, its suggestions and staff names). */
  load(resourceId: string, withStaffData: boolean): Promise<void> {
    return this.#loader.load(resourceId, withStaffData);
  }

  #updated(r: Resource, text: string): void {
    this.resource = r;
    this.version++;
    this.announce(text);
  }

  /** "Confirmed today" by `method`; the server stamps who and when. */
  async confirm(method: VerificationMethod): Promise<Resource | null> {
    const t = locale.t.councils.manage;
    if (!this.resource) return null;
    try {
      const r = await confirmResource(gateway, this.resource.id, method);
      this.#updated(r, locale.format(t.confirmed, { name: r.name }));
      return r;
    } catch (err) {
      this.announce(locale.format(t.saveError, { message: errorMessage(err) }));
      return null;
    }
  }

  /**
   * Saves the form's fields (and accepts `acceptId`'s suggestion in the same batch when given).
   * Throws the gateway's error (with field errors) for the form to show next to its fields.
   */
  async save(body: Partial<ResourceInput>, acceptId: string): Promise<Resource> {
    const t = locale.t.councils.manage;
    const resource = this.resource!;
    const accepting = this.suggestions.find((x) => x.id === acceptId);
    let saved: Resource;
    if (accepting) {
      // one batch: the correction and the decision are saved together or not at all
      await acceptSuggestion(gateway, accepting, body);
      saved = await gateway.getResource(resource.id);
      this.suggestions = this.suggestions.filter((s) => s.id !== accepting.id);
    } else {
      saved = await saveResource(gateway, body, resource.id);
    }
    this.#updated(saved, accepting ? `${t.saved}${t.accepted}` : t.saved);
    return saved;
  }

  /** The change log of one record, newest first. */
  changeHistory(collectionName: string, recordId: string): Promise<ChangeEntry[]> {
    return listChangeHistory(gateway, collectionName, recordId);
  }

  /** The support given to a place, newest first. */
  supportEvents(resourceId: string): Promise<SupportEvent[]> {
    return listSupportEvents(gateway, resourceId);
  }

  /** Records support given to a place; throws the gateway's error for the form's status line. */
  addSupportEvent(input: {
    resourceId: string;
    stage: SupportStage;
    happenedOn: string;
    note: string;
  }): Promise<SupportEvent> {
    return addSupportEvent(gateway, input);
  }

  /** The place's active update link (issued/expires/last used; never the token), or null. */
  updateLink(resourceId: string): Promise<UpdateLinkInfo | null> {
    return getUpdateLink(gateway, resourceId);
  }

  /** Issues a new update link valid for `days` (replacing the old one) and returns its URL on this site. */
  async issueUpdateLink(resourceId: string, days: number): Promise<string> {
    const link = await issueUpdateLink(gateway, resourceId, days);
    return updateLinkUrl(location.origin, link.token);
  }

  /** Withdraws the place's update link. */
  async revokeUpdateLink(resourceId: string): Promise<void> {
    await revokeUpdateLink(gateway, resourceId);
  }

  removeSuggestion(id: string, text: string): void {
    this.suggestions = this.suggestions.filter((s) => s.id !== id);
    this.announce(text);
  }
}

export const resourcePage = new ResourcePage();
