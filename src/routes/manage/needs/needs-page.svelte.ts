/**
 * The coordinators' needs page (/manage/needs, issue #19 item 1): the needs of the districts
 * the signed-in user may write (their own; every district for admins), and record / edit /
 * delete. The only code of this page that talks to the gateway; every action ends in one
 * status message. A refusal comes back as field → message: the form's own check
 * (validateNeedInput, in the UI language) first, then the server's words on the field it named.
 */
import { gateway } from '$lib/data-access/browser-gateway';
import { GatewayError } from '$lib/data-access/gateway';
import { createNeed, deleteNeed, listNeeds, updateNeed } from '$lib/data-access/needs';
import { errorMessage } from '$lib/domain/error-message';
import { tokyoIsoDate } from '$lib/domain/iso-date';
import type { Area, Need, ServiceType } from '$lib/domain/types';
import { validateNeedInput, type NeedInput } from '$lib/domain/validate-need-input';
import { locale } from '$lib/i18n/locale.svelte';
import { cityData } from '$lib/state/city-data.svelte';
import { Loader, type LoadStatus } from '$lib/state/loader.svelte';
import { session } from '$lib/state/session.svelte';
import { managePage } from '../manage-page.svelte';

/** Form field → message; empty when the need was saved. */
export type NeedFieldErrors = Partial<Record<keyof NeedInput, string>>;

/** The server's field names → the form's. */
const FORM_FIELD: Record<string, keyof NeedInput> = {
  district: 'districtId',
  service_type: 'serviceTypeId',
  count: 'count',
  count_unit: 'countUnit',
  source: 'source',
  observed_on: 'observedOn',
  weekdays: 'weekdays',
  note: 'note',
};

export class NeedsPage {
  needs = $state.raw<Need[]>([]);
  serviceTypes = $state.raw<ServiceType[]>([]);
  message = $state('');
  /** Bumped with every message (even a repeated one), so the page moves focus to it again. */
  messageSeq = $state(0);
  busy = $state(false);

  readonly #loader = new Loader({
    fetch: async () => {
      await cityData.load();
      if (!this.canEdit) return null;
      return Promise.all([listNeeds(gateway), gateway.listServiceTypes()]);
    },
    apply: (loaded) => {
      if (!loaded) {
        // Signed out: the district's needs are staff data, not kept for the next user.
        this.needs = [];
        return;
      }
      const ids = this.districts.map((d) => d.id);
      this.needs = loaded[0].filter((n) => ids.includes(n.districtId));
      this.serviceTypes = loaded[1];
    },
    session,
  });

  get status(): LoadStatus {
    return this.#loader.status;
  }

  /** Admins and coordinators (the workspace's own rule). */
  get canEdit(): boolean {
    return managePage.canEdit;
  }

  /** Districts the user may write: all for admins, their own for coordinators (as the workspace). */
  get districts(): Area[] {
    return managePage.districts;
  }

  /** Today in Japan (the newest date a need may carry). */
  get today(): string {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a plain instant passed to pure code
    return tokyoIsoDate(new Date(Date.now()));
  }

  /** Keeps the data loaded for the current session; call during the page's initialisation. */
  follow(): void {
    this.#loader.follow(() => []);
  }

  retry(): void {
    this.#loader.retry();
  }

  announce(text: string): void {
    this.message = text;
    this.messageSeq++;
  }

  typeName(id: string): string {
    const s = this.serviceTypes.find((x) => x.id === id);
    return s ? (locale.code === 'ja' ? s.nameJa : s.nameEn) : '';
  }

  districtName(id: string): string {
    return cityData.districtNames[id] ?? '';
  }

  /**
   * Records a new need (`id` null) or replaces one. Returns {} when saved (and announces it),
   * else the refused fields with their messages (nothing saved).
   */
  async save(input: NeedInput, id: string | null): Promise<NeedFieldErrors> {
    const m = locale.t.needs;
    const problems = validateNeedInput(input, {
      today: this.today,
      isDistrict: (id) => cityData.districts.some((d) => d.id === id),
      byCareManager: false,
    });
    if (Object.keys(problems).length) {
      this.announce(m.fixErrors);
      return Object.fromEntries(
        Object.entries(problems).map(([field, code]) => [field, m.errors[code]]),
      );
    }
    this.busy = true;
    try {
      const saved = id ? await updateNeed(gateway, id, input) : await createNeed(gateway, input);
      this.needs = id ? this.needs.map((n) => (n.id === id ? saved : n)) : [saved, ...this.needs];
      this.needs = [...this.needs].sort((a, b) => b.observedOn.localeCompare(a.observedOn));
      this.announce(
        locale.format(id ? m.updated : m.saved, {
          district: this.districtName(saved.districtId),
          type: this.typeName(saved.serviceTypeId),
        }),
      );
      return {};
    } catch (err) {
      const fields =
        err instanceof GatewayError
          ? Object.entries(err.fieldErrors).filter(([f]) => FORM_FIELD[f])
          : [];
      this.announce(locale.format(m.failed, { message: errorMessage(err) }));
      return Object.fromEntries(fields.map(([f, text]) => [FORM_FIELD[f], text]));
    } finally {
      this.busy = false;
    }
  }

  /** Deletes a need and announces it (or the failure). */
  async remove(need: Need): Promise<void> {
    const m = locale.t.needs;
    this.busy = true;
    try {
      await deleteNeed(gateway, need.id);
      this.needs = this.needs.filter((n) => n.id !== need.id);
      this.announce(
        locale.format(m.deleted, {
          district: this.districtName(need.districtId),
          type: this.typeName(need.serviceTypeId),
        }),
      );
    } catch (err) {
      this.announce(locale.format(m.failed, { message: errorMessage(err) }));
    } finally {
      this.busy = false;
    }
  }
}
