/**
 * The helpers page's data and actions (/manage/helpers, issue #19 item 4): the helpers the
 * signed-in coordinator (or admin) may read, the taxonomy, the districts with their boundaries
 * (to find neighbouring districts for matching) and the active-helper counts. The only code of
 * this page that talks to the gateway; every action ends in one status message.
 */
import { gateway } from '$lib/data-access/browser-gateway';
import { deleteHelper, listHelperCounts, listHelpers, saveHelper } from '$lib/data-access/helpers';
import { GatewayError } from '$lib/data-access/gateway';
import type { Helper, HelperCount, HelperInput } from '$lib/domain/helper';
import type { Area, ServiceType } from '$lib/domain/types';
import { errorMessage } from '$lib/domain/error-message';
import { canEditDistrict } from '$lib/domain/can-edit-district';
import { neighbouringDistricts } from '$lib/geo/neighbouring-districts';
import { locale } from '$lib/i18n/locale.svelte';
import { cityData } from '$lib/state/city-data.svelte';
import { session } from '$lib/state/session.svelte';
import { Loader, type LoadStatus } from '$lib/state/loader.svelte';

/** Districts whose boundaries come within this many metres count as "near" for matching. */
export const NEAR_M = 200;

export class HelpersPage {
  helpers = $state.raw<Helper[]>([]);
  serviceTypes = $state.raw<ServiceType[]>([]);
  counts = $state.raw<HelperCount[]>([]);
  /** The outcome of the last action, for the one status line. */
  message = $state('');
  messageSeq = $state(0);
  busy = $state(false);
  /** Field → server message of the last refused save. */
  fieldErrors = $state.raw<Record<string, string>>({});

  /** district id → ids of the districts within NEAR_M of it (boundaries from cityData). */
  readonly neighbours: Map<string, Set<string>> = $derived(
    neighbouringDistricts(cityData.districts, NEAR_M),
  );

  get canManage(): boolean {
    return session.role === 'admin' || session.role === 'coordinator';
  }

  /** Districts the user registers helpers in: all for admins, their own for coordinators. */
  get districts(): Area[] {
    return cityData.districts.filter((d) => canEditDistrict(session.user, d.id));
  }

  readonly #loader = new Loader({
    fetch: async () => {
      await cityData.load({ geometry: true });
      if (!this.canManage) return null;
      return Promise.all([
        listHelpers(gateway),
        gateway.listServiceTypes(),
        listHelperCounts(gateway),
      ]);
    },
    apply: (loaded) => {
      // Signed out: no helper's name or contact stays in memory on a shared computer.
      [this.helpers, this.serviceTypes, this.counts] = loaded ?? [[], [], []];
    },
    session,
  });

  get status(): LoadStatus {
    return this.#loader.status;
  }

  load(force = false): Promise<void> {
    return force ? this.#loader.load() : this.#loader.ensure();
  }

  announce(text: string): void {
    this.message = text;
    this.messageSeq++;
  }

  /** Registers (`id` null) or saves a helper; true when saved. */
  async save(id: string | null, input: HelperInput): Promise<boolean> {
    const t = locale.t.helpers;
    this.busy = true;
    this.fieldErrors = {};
    try {
      const saved = await saveHelper(gateway, id, input);
      this.helpers = id
        ? this.helpers.map((h) => (h.id === id ? saved : h))
        : [...this.helpers, saved];
      this.counts = await listHelperCounts(gateway);
      this.announce(locale.format(id ? t.saved : t.registered, { name: saved.name }));
      return true;
    } catch (err) {
      if (err instanceof GatewayError) this.fieldErrors = err.fieldErrors;
      this.announce(locale.format(t.saveFailed, { message: errorMessage(err) }));
      return false;
    } finally {
      this.busy = false;
    }
  }

  /** Deletes a helper for good (on their request); true when deleted. */
  async remove(helper: Helper): Promise<boolean> {
    const t = locale.t.helpers;
    this.busy = true;
    try {
      await deleteHelper(gateway, helper.id);
      this.helpers = this.helpers.filter((h) => h.id !== helper.id);
      this.counts = await listHelperCounts(gateway);
      this.announce(locale.format(t.deleted, { name: helper.name }));
      return true;
    } catch (err) {
      this.announce(locale.format(t.deleteFailed, { message: errorMessage(err) }));
      return false;
    } finally {
      this.busy = false;
    }
  }
}

export const helpersPage = new HelpersPage();
