/**
 * Coordinators keeping the directory true (issue #6): editing resources, "confirmed today",
 * the residents' suggestion queue, staff names and councils (support events on a place are in
 * support-events.ts, the change history in change-history.ts).
 *
 * The server is the authority (rules in pb_migrations/, checks in pb_hooks/coordination.pb.js):
 * a coordinator writes only in their own districts, confirmations are stamped with the caller
 * and the server's clock, and accepting a suggestion changes the place and the suggestion in
 * ONE batch transaction, so nothing is saved half-way.
 */
import type { Gateway } from './gateway';
import { GatewayError } from './gateway';
import { call } from './coordination-call';
import { toCouncil, toMeeting, toResource, triState, type PbRecord } from './records';
import type { ResourceInput } from '../domain/validate-resource-input';
import type { Council, CouncilMeeting, Resource, VerificationMethod } from '../domain/types';
import type { CouncilInput } from '../domain/validate-council-input';
import type { SuggestionTopic } from './suggestions';
import {
  proposalDiff,
  readProposal,
  type OrganiserProposal,
  type ProposalRow,
} from '../domain/organiser-proposal';

export type SuggestionStatus = 'open' | 'accepted' | 'declined';

export interface QueuedSuggestion {
  id: string;
  resourceId: string;
  resourceName: string;
  districtId: string;
  topic: SuggestionTopic;
  message: string;
  reporterName: string;
  reporterContact: string;
  status: SuggestionStatus;
  declineReason: string;
  handledById: string;
  /** ISO datetime, '' while open. */
  handledAt: string;
  /** ISO datetime the resident sent it. */
  createdAt: string;
  /** An organiser's answer through their update link (issue #16); null for a resident's suggestion. */
  proposal: OrganiserProposal | null;
  /** The proposal against the place as it is now (empty for "still the same" and for residents). */
  proposalRows: ProposalRow[];
}

/** The request body for the editable fields of a resource. */
function inputBody(x: Partial<ResourceInput>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const map: [keyof ResourceInput, string, (v: never) => unknown][] = [
    ['kind', 'kind', (v) => v],
    ['name', 'name', (v: string) => v.trim()],
    ['nameKana', 'name_kana', (v: string) => v.trim()],
    ['nameKanaGenerated', 'name_kana_generated', (v) => v],
    ['description', 'description', (v) => v],
    ['districtId', 'district', (v) => v],
    [
      'location',
      'location',
      (v: [number, number] | null) => (v ? { lon: v[0], lat: v[1] } : { lon: 0, lat: 0 }),
    ],
    ['locationApproximate', 'location_approximate', (v) => v],
    ['address', 'address', (v: string) => v.trim()],
    ['directions', 'directions', (v) => v],
    ['schedule', 'schedule', (v) => v],
    ['cost', 'cost', (v) => v],
    // null (unknown) is stored as the select's empty value.
    ['eligibility', 'eligibility', (v: string | null) => v ?? ''],
    ['booking', 'booking', (v: string | null) => v ?? ''],
    ['capacity', 'capacity', (v: number | null) => v ?? 0],
    // JSON, so that unknown (null) stays apart from 0 (full); the server dates the answer
    ['capacityAvailable', 'capacity_available', (v: number | null) => v],
    ['acceptingNewcomers', 'accepting_newcomers', (v: boolean | null) => triState(v)],
    ['accessibility', 'accessibility', (v) => v],
    ['publicPhone', 'public_phone', (v: string) => v.trim()],
    ['website', 'website', (v: string) => v.trim()],
    ['status', 'status', (v) => v],
    ['statusReason', 'status_reason', (v: string) => v.trim()],
    ['isPublic', 'is_public', (v) => v],
    ['mainActivity', 'main_activity', (v) => v],
    ['runBy', 'run_by', (v) => v],
    ['venueType', 'venue_type', (v) => v],
    ['frequencyBand', 'frequency_band', (v) => v],
    ['participants', 'participants', (v: number | null) => v ?? 0],
    ['participantsYear', 'participants_year', (v: number | null) => v ?? 0],
  ];
  for (const [key, field, conv] of map)
    if (x[key] !== undefined) body[field] = conv(x[key] as never);
  return body;
}

/**
 * Creates a resource (id omitted) or updates the given fields of one.
 * @throws GatewayError 400 with fieldErrors keyed by form path (`publicPhone`, `schedule`…),
 *   404 when the record is outside the caller's districts (PocketBase hides it).
 */
export async function saveResource(
  gateway: Gateway,
  input: Partial<ResourceInput>,
  id?: string,
): Promise<Resource> {
  const body = inputBody(input);
  const rec = await call(() =>
    id
      ? gateway.pb.collection('resources').update(id, body)
      : gateway.pb.collection('resources').create(body),
  );
  return toResource(rec as PbRecord);
}

/**
 * "Confirmed today": records that the signed-in user confirmed the record now, by `method`.
 * The server stamps who and when (a client cannot pick another person or date).
 */
export async function confirmResource(
  gateway: Gateway,
  id: string,
  method: VerificationMethod,
): Promise<Resource> {
  const me = gateway.user;
  if (!me) throw new GatewayError('Sign in to confirm a record.', 401);
  const rec = await call(() =>
    gateway.pb.collection('resources').update(id, {
      verified_by: me.id,
      verification_method: method,
      last_verified_at: new Date().toISOString(),
    }),
  );
  return toResource(rec as PbRecord);
}

function toSuggestion(r: PbRecord): QueuedSuggestion {
  const expand = (r.expand ?? {}) as { resource?: PbRecord };
  const proposal = r.origin === 'organiser' ? readProposal(r.proposed) : null;
  return {
    id: r.id,
    resourceId: String(r.resource ?? ''),
    resourceName: String(expand.resource?.name ?? ''),
    districtId: String(r.district ?? ''),
    topic: r.topic as SuggestionTopic,
    message: String(r.message ?? ''),
    reporterName: String(r.reporter_name ?? ''),
    reporterContact: String(r.reporter_contact ?? ''),
    status: (String(r.status ?? '') || 'open') as SuggestionStatus,
    declineReason: String(r.decline_reason ?? ''),
    handledById: String(r.handled_by ?? ''),
    handledAt: String(r.handled_at ?? '').replace(' ', 'T'),
    createdAt: String(r.created ?? '').replace(' ', 'T'),
    proposal,
    proposalRows:
      proposal && expand.resource ? proposalDiff(toResource(expand.resource), proposal) : [],
  };
}

/**
 * Suggestions the caller may handle (a coordinator: their districts; the server decides),
 * oldest first. @param opts.status only this status (default: open).
 */
export async function listSuggestionQueue(
  gateway: Gateway,
  opts: { status?: SuggestionStatus | 'all'; resourceId?: string } = {},
): Promise<QueuedSuggestion[]> {
  const parts: string[] = [];
  const status = opts.status ?? 'open';
  if (status !== 'all') parts.push(gateway.pb.filter('status = {:s}', { s: status }));
  if (opts.resourceId) parts.push(gateway.pb.filter('resource = {:r}', { r: opts.resourceId }));
  const items = await call(() =>
    gateway.pb
      .collection('suggestions')
      .getFullList({ sort: 'created', filter: parts.join(' && '), expand: 'resource' }),
  );
  return items.map((r) => toSuggestion(r as PbRecord));
}

/**
 * Accepts a suggestion. With `changes`, the place is updated and the suggestion marked
 * accepted in one transaction (both logged in the change log); without, only the decision
 * is recorded (the coordinator already edited the place).
 */
export async function acceptSuggestion(
  gateway: Gateway,
  suggestion: Pick<QueuedSuggestion, 'id' | 'resourceId'>,
  changes?: Partial<ResourceInput>,
): Promise<void> {
  const body = changes ? inputBody(changes) : {};
  if (Object.keys(body).length === 0) {
    await call(() =>
      gateway.pb.collection('suggestions').update(suggestion.id, { status: 'accepted' }),
    );
    return;
  }
  const batch = gateway.pb.createBatch();
  batch.collection('resources').update(suggestion.resourceId, body);
  batch.collection('suggestions').update(suggestion.id, { status: 'accepted' });
  await call(() => batch.send());
}

/** Declines a suggestion with a reason (required; the server refuses an empty one). */
export async function declineSuggestion(
  gateway: Gateway,
  suggestionId: string,
  reason: string,
): Promise<void> {
  if (!reason.trim())
    throw new GatewayError('Give a reason for declining.', 400, { declineReason: 'required' });
  await call(() =>
    gateway.pb
      .collection('suggestions')
      .update(suggestionId, { status: 'declined', decline_reason: reason.trim() }),
  );
}

/** Staff the caller may see (to name who confirmed a record): id → display name. */
export async function listStaffNames(gateway: Gateway): Promise<Record<string, string>> {
  const items = await call(() =>
    gateway.pb.collection('users').getFullList({ fields: 'id,name,email' }),
  );
  return Object.fromEntries(items.map((r) => [r.id, String(r.name || r.email || r.id)]));
}

/** Updates a council (coordinators: layer 2 in their own districts; the server decides). */
export async function saveCouncil(
  gateway: Gateway,
  id: string,
  input: CouncilInput,
): Promise<Council> {
  const rec = await call(() =>
    gateway.pb.collection('councils').update(id, {
      status: input.status,
      established_on: input.status === 'set_up' ? input.establishedOn : '',
      vision: input.vision.trim(),
      coordinator_name: input.coordinatorName.trim(),
    }),
  );
  return toCouncil(rec as PbRecord);
}

/** Records a council meeting. */
export async function addCouncilMeeting(
  gateway: Gateway,
  input: Omit<CouncilMeeting, 'id'>,
): Promise<CouncilMeeting> {
  const rec = await call(() =>
    gateway.pb.collection('council_meetings').create({
      council: input.councilId,
      held_on: input.heldOn,
      theme: input.theme.trim(),
      attendees: input.attendees,
      summary: input.summary.trim(),
    }),
  );
  return toMeeting(rec as PbRecord);
}
