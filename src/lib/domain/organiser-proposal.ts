/**
 * An organiser's answer through their update link (issue #16), as stored on the suggestion
 * (`suggestions.proposed`, checked by pb_hooks/lib/organiser-links.js), and what it would
 * change: the rows of the diff the coordinator reviews, and the values accepting it writes.
 * Nothing an organiser sends is published before a coordinator accepts it (or, for a one-tap
 * "still the same", the site's setting confirms it at once).
 */
import type { Cost, Resource } from './types';

/** The statuses an organiser may report: running, paused (休止中), ended (終了). */
export const ORGANISER_STATUSES = ['active', 'paused', 'closed'] as const;
export type OrganiserStatus = (typeof ORGANISER_STATUSES)[number];

/** The fields an organiser may change; each absent when unchanged. */
export interface OrganiserChanges {
  /** The new schedule in the organiser's words; a coordinator turns it into the structured schedule. */
  scheduleText?: string;
  cost?: Cost;
  publicPhone?: string;
  status?: OrganiserStatus;
  statusReason?: string;
  /** 'yes' / 'no' / '' (unknown). */
  acceptingNewcomers?: 'yes' | 'no' | '';
  /** People per session; null = not limited or unknown. */
  capacity?: number | null;
  /** Places still free; null = unknown. */
  capacityAvailable?: number | null;
}

export type OrganiserProposal =
  { kind: 'still_same'; note: string } | ({ kind: 'changes'; note: string } & OrganiserChanges);

/** One row of the diff. `applies` is false for what a coordinator must enter by hand (the schedule). */
export interface ProposalRow {
  field:
    | 'schedule'
    | 'cost'
    | 'publicPhone'
    | 'status'
    | 'acceptingNewcomers'
    | 'capacity'
    | 'capacityAvailable';
  before: unknown;
  after: unknown;
  applies: boolean;
}

/** The values accepting the proposal writes to the place (domain names; absent = unchanged). */
export type ProposalValues = Partial<
  Pick<
    Resource,
    | 'cost'
    | 'publicPhone'
    | 'status'
    | 'statusReason'
    | 'acceptingNewcomers'
    | 'capacity'
    | 'capacityAvailable'
  >
>;

const tri = (v: 'yes' | 'no' | ''): boolean | null =>
  v === 'yes' ? true : v === 'no' ? false : null;

/**
 * Reads a stored `proposed` value; null when it is not an organiser's answer (a resident's
 * suggestion has none) or is malformed.
 */
export function readProposal(value: unknown): OrganiserProposal | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  if (v.kind !== 'still_same' && v.kind !== 'changes') return null;
  return { ...(v as object), note: typeof v.note === 'string' ? v.note : '' } as OrganiserProposal;
}

/** What accepting writes: the changed values (the schedule text is not among them). */
export function proposalValues(p: OrganiserProposal): ProposalValues {
  if (p.kind === 'still_same') return {};
  const out: ProposalValues = {};
  if (p.cost !== undefined) out.cost = p.cost;
  if (p.publicPhone !== undefined) out.publicPhone = p.publicPhone;
  if (p.status !== undefined) {
    out.status = p.status;
    out.statusReason = p.statusReason ?? '';
  }
  if (p.acceptingNewcomers !== undefined) out.acceptingNewcomers = tri(p.acceptingNewcomers);
  if (p.capacity !== undefined) out.capacity = p.capacity;
  if (p.capacityAvailable !== undefined) out.capacityAvailable = p.capacityAvailable;
  return out;
}

/**
 * The diff between the place now and the proposal, one row per field the organiser changed to
 * a different value (a field sent with the value it already has is no change). Empty for
 * "still the same".
 */
export function proposalDiff(resource: Resource, p: OrganiserProposal): ProposalRow[] {
  if (p.kind === 'still_same') return [];
  const rows: ProposalRow[] = [];
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
  if (p.scheduleText)
    rows.push({
      field: 'schedule',
      before: resource.schedule,
      after: p.scheduleText,
      applies: false,
    });
  const values = proposalValues(p);
  const add = (field: ProposalRow['field'], before: unknown, after: unknown): void => {
    if (after !== undefined && !same(before, after))
      rows.push({ field, before, after, applies: true });
  };
  add('cost', resource.cost, values.cost);
  add('publicPhone', resource.publicPhone, values.publicPhone);
  add('status', resource.status, values.status);
  add('acceptingNewcomers', resource.acceptingNewcomers, values.acceptingNewcomers);
  add('capacity', resource.capacity, values.capacity);
  add('capacityAvailable', resource.capacityAvailable ?? null, values.capacityAvailable);
  return rows;
}
