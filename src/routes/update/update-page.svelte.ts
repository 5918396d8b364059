/**
 * State of the organiser's update page /update (issue #16): reads the place a token opens and
 * sends the organiser's answer. The only code of this page that calls the gateway.
 *
 * The token comes from the URL's fragment (`/update#…`, never sent to the server) and goes to
 * the server in POST bodies only.
 */
import { gateway } from '$lib/data-access/browser-gateway';
import { GatewayError } from '$lib/data-access/gateway';
import {
  readOrganiserPlace,
  sendOrganiserAnswer,
  type OrganiserAnswer,
  type OrganiserPlace,
} from '$lib/data-access/organiser-links';
import { errorMessage } from '$lib/domain/error-message';
import { isPhoneNumber } from '$lib/domain/validate-resource-input';
import { Loader } from '$lib/state/loader.svelte';
import type { OrganiserChanges, OrganiserStatus } from '$lib/domain/organiser-proposal';

/** Why the page cannot show the place. */
export type UpdatePageProblem =
  'no_token' | 'not_found' | 'expired' | 'revoked' | 'too_many' | 'failed';

/** The short form, as typed. Numbers are text so that "empty" stays "unknown". */
export interface OrganiserForm {
  scheduleText: string;
  costChoice: 'same' | 'free' | 'per_visit';
  costAmount: string;
  publicPhone: string;
  status: OrganiserStatus;
  statusReason: string;
  acceptingNewcomers: 'yes' | 'no' | '';
  capacity: string;
  capacityAvailable: string;
  note: string;
}

export type OrganiserFormErrors = Partial<
  Record<'publicPhone' | 'costAmount' | 'capacity' | 'capacityAvailable' | 'form', string>
>;

/** Reads the token from a location hash ('#abc' → 'abc'); '' when there is none. */
export function tokenFromHash(hash: string): string {
  return decodeURIComponent(hash.replace(/^#/, '')).trim();
}

function problemOf(err: unknown): UpdatePageProblem {
  if (!(err instanceof GatewayError)) return 'failed';
  if (err.status === 404) return 'not_found';
  if (err.status === 410)
    return /expired/.test(err.fieldErrors.token ?? '') ? 'expired' : 'revoked';
  if (err.status === 429) return 'too_many';
  return 'failed';
}

const countOrNull = (text: string): number | null | undefined => {
  const t = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (!t) return null;
  return /^\d{1,5}$/.test(t) ? Number(t) : undefined;
};

/** The form prefilled with the place as listed now. */
export function formFor(place: OrganiserPlace): OrganiserForm {
  return {
    scheduleText: '',
    costChoice: 'same',
    costAmount: '',
    publicPhone: place.publicPhone,
    status: place.status === 'paused' || place.status === 'closed' ? place.status : 'active',
    statusReason: '',
    acceptingNewcomers: place.acceptingNewcomers,
    capacity: place.capacity > 0 ? String(place.capacity) : '',
    capacityAvailable: place.capacityAvailable === null ? '' : String(place.capacityAvailable),
    note: '',
  };
}

/**
 * The changes the form makes to the place (only fields that differ), or the errors by field.
 * `changes` is null when there are errors.
 */
export function changesFrom(
  place: OrganiserPlace,
  form: OrganiserForm,
): { changes: OrganiserChanges | null; errors: OrganiserFormErrors } {
  const errors: OrganiserFormErrors = {};
  const changes: OrganiserChanges = {};
  if (form.scheduleText.trim()) changes.scheduleText = form.scheduleText.trim();
  if (form.costChoice === 'free') changes.cost = { amountYen: 0, unit: 'free', note: '' };
  if (form.costChoice === 'per_visit') {
    const amount = countOrNull(form.costAmount);
    if (amount === undefined || amount === null) errors.costAmount = 'count';
    else changes.cost = { amountYen: amount, unit: 'per_visit', note: '' };
  }
  const phone = form.publicPhone.trim();
  if (phone !== place.publicPhone) {
    if (!isPhoneNumber(phone)) errors.publicPhone = 'phone';
    else changes.publicPhone = phone;
  }
  if (form.status !== place.status) {
    changes.status = form.status;
    changes.statusReason = form.statusReason.trim();
  }
  if (form.acceptingNewcomers !== place.acceptingNewcomers)
    changes.acceptingNewcomers = form.acceptingNewcomers;
  const capacity = countOrNull(form.capacity);
  if (capacity === undefined) errors.capacity = 'count';
  else if ((capacity ?? 0) !== place.capacity) changes.capacity = capacity;
  const available = countOrNull(form.capacityAvailable);
  if (available === undefined) errors.capacityAvailable = 'count';
  else if (available !== place.capacityAvailable) changes.capacityAvailable = available;
  if (Object.keys(errors).length) return { changes: null, errors };
  return { changes, errors };
}

/** What a load found: the place, or why it cannot be shown (a network failure throws instead). */
interface Opened {
  place: OrganiserPlace | null;
  problem: UpdatePageProblem | null;
}

export class UpdatePage {
  /** Why the place cannot be shown (or, after sending, why the answer was refused). */
  problem = $state<UpdatePageProblem | null>(null);
  /** A failed send's text ('' when none). */
  errorMessage = $state('');
  place = $state.raw<OrganiserPlace | null>(null);
  sending = $state(false);
  /** What was sent successfully: the page then shows its thanks. */
  sent = $state<'still_same' | 'confirmed' | 'changes' | null>(null);
  #token = '';

  /** Loads the place a token opens; a refused token is a `problem`, a network failure the loader's error. */
  readonly loader = new Loader<[string], Opened>({
    fetch: async (token) => {
      if (!token) return { place: null, problem: 'no_token' };
      try {
        return { place: await readOrganiserPlace(gateway, token), problem: null };
      } catch (err) {
        const problem = problemOf(err);
        if (problem === 'failed') throw err;
        return { place: null, problem };
      }
    },
    apply: (opened, token) => {
      this.#token = token;
      this.place = opened.place;
      this.problem = opened.problem;
    },
  });

  /** Opens the page for the URL's fragment (`location.hash`). */
  load(hash: string): Promise<void> {
    return this.loader.load(tokenFromHash(hash));
  }

  /** Sends the answer; returns false (with `problem` or `errorMessage` set) when it failed. */
  async send(answer: OrganiserAnswer): Promise<boolean> {
    this.sending = true;
    this.errorMessage = '';
    try {
      const r = await sendOrganiserAnswer(gateway, this.#token, answer);
      this.sent =
        'stillSame' in answer ? (r.status === 'accepted' ? 'confirmed' : 'still_same') : 'changes';
      return true;
    } catch (err) {
      const problem = problemOf(err);
      if (problem === 'failed') this.errorMessage = errorMessage(err);
      else this.problem = problem;
      return false;
    } finally {
      this.sending = false;
    }
  }
}
