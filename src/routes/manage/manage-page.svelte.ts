/**
 * The coordinator workspace's data and actions: the districts the signed-in user may edit,
 * their resources with private contacts and the latest outreach request, open suggestions,
 * staff names and the confirmed-share trend. Reloaded when the session changes. The only code
 * of /manage that talks to the gateway; every action ends in one status message.
 */
import { gateway } from '$lib/data-access/browser-gateway';
import { listChangesSince } from '$lib/data-access/change-history';
import {
  acceptSuggestion,
  confirmResource,
  declineSuggestion,
  listStaffNames,
  listSuggestionQueue,
  saveResource,
  type QueuedSuggestion,
} from '$lib/data-access/coordination';
import { GatewayError } from '$lib/data-access/gateway';
import { acceptOrganiserProposal } from '$lib/data-access/organiser-links';
import { listLatestOutreach, markOutreachSent } from '$lib/data-access/outreach';
import {
  listDismissedPairs,
  markNotDuplicate,
  mergeResources,
  possibleDuplicates,
  type MergeResult,
  type PossibleDuplicate,
} from '$lib/data-access/resource-merges';
import type { MergeField } from '$lib/domain/merge-fields';
import { confirmationTrend, type TrendPoint } from '$lib/domain/confirmation-trend';
import { monthsBefore } from '$lib/domain/months-before';
import type { OutreachChannel, OutreachRequest } from '$lib/domain/outreach-channels';
import type { ResourceInput } from '$lib/domain/validate-resource-input';
import type { Area, Resource, ResourceContact, VerificationMethod } from '$lib/domain/types';
import { errorMessage } from '$lib/domain/error-message';
import { canEditDistrict } from '$lib/domain/can-edit-district';
import { locale } from '$lib/i18n/locale.svelte';
import { cityData } from '$lib/state/city-data.svelte';
import { session } from '$lib/state/session.svelte';
import { Loader, type LoadStatus } from '$lib/state/loader.svelte';

/** How many monthly points the trend shows. */
export const TREND_MONTHS = 12;

/** No dismissed pairs: an immutable value, replaced (never changed) when the list loads. */
const NO_DISMISSED_PAIRS: ReadonlySet<string> = new Set();

export class ManagePage {
  resources = $state.raw<Resource[]>([]);
  /** resource id → its private contact (one per resource). */
  contacts = $state.raw<Record<string, ResourceContact>>({});
  /** resource id → the latest "sent on" mark. */
  outreach = $state.raw<Record<string, OutreachRequest>>({});
  suggestions = $state.raw<QueuedSuggestion[]>([]);
  staffNames = $state.raw<Record<string, string>>({});
  /** district id → monthly points; null while loading or when the change log cannot be read. */
  trends = $state.raw<Record<string, TrendPoint[]> | null>(null);
  /** The outcome of the last action, for the one status line. */
  message = $state('');
  /** Bumped with every message (even a repeated one), so the page moves focus to it again. */
  messageSeq = $state(0);
  busy = $state(false);
  /** The "add" form's data: towns (with points) and the city's geometry. */
  towns = $state.raw<Area[]>([]);
  /** Pair keys ("a|b", ids sorted) coordinators marked "not a duplicate". */
  dismissedPairs = $state.raw<ReadonlySet<string>>(NO_DISMISSED_PAIRS);
  /** Pairs of the user's records that look like one place listed twice, minus dismissed ones. */
  readonly duplicatePairs: PossibleDuplicate[] = $derived(
    possibleDuplicates(this.resources, this.dismissedPairs),
  );

  /** Districts the user may edit: all for admins, their own for coordinators, none otherwise. */
  get districts(): Area[] {
    return cityData.districts.filter((d) => canEditDistrict(session.user, d.id));
  }

  get canEdit(): boolean {
    return session.role === 'admin' || session.role === 'coordinator';
  }

  /** Shows `text` in the status line (and moves focus there). */
  announce(text: string): void {
    this.message = text;
    this.messageSeq++;
  }

  readonly #loader = new Loader({
    fetch: async () => {
      await cityData.load();
      if (!this.canEdit) return null;
      return Promise.all([
        gateway.listResources(),
        listSuggestionQueue(gateway),
        listStaffNames(gateway),
        gateway.listContacts(),
        listLatestOutreach(gateway),
        // without the dismissed list every pair is shown again: better than no list at all
        listDismissedPairs(gateway).catch(() => NO_DISMISSED_PAIRS),
      ]);
    },
    apply: (loaded) => {
      if (!loaded) {
        // Signed out (or a role that cannot edit): nothing of the last coordinator's private
        // records and contacts stays in memory on a shared computer.
        this.resources = [];
        this.contacts = {};
        this.outreach = {};
        this.suggestions = [];
        this.staffNames = {};
        this.trends = null;
        this.dismissedPairs = NO_DISMISSED_PAIRS;
        return;
      }
      const [resources, suggestions, staff, contacts, outreach, dismissed] = loaded;
      const ids = this.districts.map((d) => d.id);
      this.resources = resources.filter((r) => ids.includes(r.districtId));
      this.suggestions = suggestions.filter((s) => ids.includes(s.districtId));
      this.staffNames = staff;
      this.contacts = Object.fromEntries(contacts.map((c) => [c.resourceId, c]));
      this.outreach = outreach;
      this.dismissedPairs = dismissed;
      void this.loadTrends();
    },
    session,
  });

  get status(): LoadStatus {
    return this.#loader.status;
  }

  /** Loads (once per sign-in; `force` to reload) everything the workspace shows. */
  load(force = false): Promise<void> {
    return force ? this.#loader.load() : this.#loader.ensure();
  }

  /** The confirmed-share trend of each district, from the change log (after the main load). */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a plain instant passed to pure code
  async loadTrends(now = new Date()): Promise<void> {
    this.trends = null;
    try {
      const since = monthsBefore(now, TREND_MONTHS).toISOString();
      const changes = await listChangesSince(
        gateway,
        'resources',
        since,
        this.resources.map((r) => r.id),
      );
      this.trends = Object.fromEntries(
        this.districts.map((d) => [
          d.id,
          confirmationTrend(this.resources, changes, d.id, now, { months: TREND_MONTHS }),
        ]),
      );
    } catch {
      this.trends = {};
    }
  }

  /** Puts a saved or confirmed record in place of the old one. */
  replaceResource(r: Resource): void {
    const i = this.resources.findIndex((x) => x.id === r.id);
    this.resources = i < 0 ? [...this.resources, r] : this.resources.with(i, r);
  }

  /**
   * Merges `otherId` into `keepId`, filling `take` from it (one server transaction), then puts
   * both records as they are now in the list. Throws the gateway's error.
   */
  async mergeDuplicates(
    keepId: string,
    otherId: string,
    take: readonly MergeField[],
  ): Promise<MergeResult> {
    const r = await mergeResources(gateway, keepId, otherId, take);
    const updated = await Promise.all([gateway.getResource(keepId), gateway.getResource(otherId)]);
    updated.forEach((u) => this.replaceResource(u));
    return r;
  }

  /** Marks a pair "not a duplicate" and reloads the dismissed list. Throws the gateway's error. */
  async dismissDuplicate(a: string, b: string): Promise<void> {
    await markNotDuplicate(gateway, a, b);
    this.dismissedPairs = await listDismissedPairs(gateway);
  }

  readonly #formLoader = new Loader({
    fetch: () =>
      Promise.all([gateway.listAreas({ kind: 'town' }), cityData.load({ geometry: true })]),
    apply: ([towns]) => (this.towns = towns),
    session,
  });

  get formStatus(): LoadStatus {
    return this.#formLoader.status;
  }

  /** Loads what the "add an activity" form needs (the city with geometry, towns). */
  loadFormData(): Promise<void> {
    return this.#formLoader.ensure();
  }

  /** Creates a record (the server checks the district and every field); throws the gateway's error for the form. */
  async create(body: Partial<ResourceInput>): Promise<Resource> {
    const r = await saveResource(gateway, body);
    this.replaceResource(r);
    return r;
  }

  /**
   * Accepts a suggestion as it is (the place edited beforehand if needed); an organiser's answer
   * writes its changes and confirms the place (主催者の確認) in one batch.
   */
  acceptSuggestion(s: QueuedSuggestion): Promise<void> {
    return s.proposal
      ? acceptOrganiserProposal(gateway, s, s.proposal)
      : acceptSuggestion(gateway, s);
  }

  /** Declines a resident's suggestion with a reason (the server refuses an empty one). */
  declineSuggestion(s: QueuedSuggestion, reason: string): Promise<void> {
    return declineSuggestion(gateway, s.id, reason);
  }

  removeSuggestion(id: string): void {
    this.suggestions = this.suggestions.filter((s) => s.id !== id);
  }

  /**
   * Marks each record confirmed today by `method` (one request each, so one refusal does not
   * hold back the rest) and announces how many were confirmed and, if any, how many failed.
   */
  async confirm(ids: readonly string[], method: VerificationMethod): Promise<void> {
    const t = locale.t.councils.manage;
    this.busy = true;
    let done = 0;
    const failures: string[] = [];
    for (const id of ids) {
      try {
        this.replaceResource(await confirmResource(gateway, id, method));
        done++;
      } catch (err) {
        failures.push(errorMessage(err));
      }
    }
    this.busy = false;
    const name = ids.length === 1 ? (this.resources.find((r) => r.id === ids[0])?.name ?? '') : '';
    const ok =
      ids.length === 1 && done === 1
        ? locale.format(t.confirmed, { name })
        : locale.format(t.queue.bulkConfirmed, { count: done });
    const failed = failures.length
      ? locale.format(t.queue.failed, { count: failures.length, message: failures[0]! })
      : '';
    this.announce(done ? `${ok}${failed}` : failed);
  }

  /** Marks the records as asked by `channel` on `sentOn` (ISO date), all or none. */
  async markSent(
    ids: readonly string[],
    channel: OutreachChannel,
    sentOn: string,
  ): Promise<boolean> {
    const t = locale.t.councils.manage.outreach;
    this.busy = true;
    try {
      const marked = await markOutreachSent(gateway, ids, channel, sentOn);
      this.outreach = {
        ...this.outreach,
        ...Object.fromEntries(marked.map((m) => [m.resourceId, m])),
      };
      this.announce(
        locale.format(t.marked, {
          count: marked.length,
          date: locale.date(sentOn),
          channel: t.channels[channel],
        }),
      );
      return true;
    } catch (err) {
      const future = err instanceof GatewayError && err.fieldErrors.sent_on;
      this.announce(
        future
          ? t.futureDate
          : locale.format(locale.t.councils.manage.saveError, { message: errorMessage(err) }),
      );
      return false;
    } finally {
      this.busy = false;
    }
  }
}

export const managePage = new ManagePage();
