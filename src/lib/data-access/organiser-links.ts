/**
 * The organiser's private update link (issue #16): staff issue, revoke and look up a place's
 * link; the holder (no account) reads the place and answers; coordinators accept the answer
 * from the suggestion queue. The server (pb_hooks/organiser-links.pb.js) is the authority.
 *
 * The token is shown once, when issued (only its hash is stored), and travels in POST bodies
 * only: the link a letter prints is {@link updateLinkUrl} — the token sits in the URL's
 * fragment (`/update#…`), which a browser never sends to the server, so no request log holds it.
 *
 * For the outreach letters: `issueUpdateLink` → `updateLinkUrl(location.origin, token)` → QR code.
 */
import type { Cost, ResourceStatus, Schedule, VerificationMethod } from '../domain/types';
import {
  proposalValues,
  type OrganiserChanges,
  type OrganiserProposal,
} from '../domain/organiser-proposal';
import { call, type Gateway } from './gateway';
import { toCost, toSchedule } from './records';

/** A newly issued link: the token is known only now. */
export interface IssuedUpdateLink {
  id: string;
  token: string;
  /** ISO datetime the link stops working. */
  expiresAt: string;
}

/** A place's active link as staff see it (never the token). */
export interface UpdateLinkInfo {
  id: string;
  resourceId: string;
  /** ISO datetimes; lastUsedAt '' when never used. */
  issuedAt: string;
  expiresAt: string;
  lastUsedAt: string;
}

/** What the holder of a link sees: the place's public details and its own contact. */
export interface OrganiserPlace {
  name: string;
  districtName: string;
  address: string;
  schedule: Schedule;
  cost: Cost;
  publicPhone: string;
  status: ResourceStatus;
  statusReason: string;
  /** 'yes' | 'no' | '' (unknown). */
  acceptingNewcomers: 'yes' | 'no' | '';
  /** 0 = not limited or unknown. */
  capacity: number;
  capacityAvailable: number | null;
  capacityUpdatedAt: string;
  lastVerifiedAt: string;
  verificationMethod: VerificationMethod | '';
  contact: { personInCharge: string; directPhone: string };
  expiresAt: string;
  /** When an answer from this link still waits in the queue ('' when none). */
  pendingSince: string;
}

/** The organiser's answer: one tap, or the changed fields. */
export type OrganiserAnswer =
  { stillSame: true; note?: string } | { changes: OrganiserChanges; note?: string };

const iso = (v: unknown): string => String(v ?? '').replace(' ', 'T');

/** The link to print or send: the page /update with the token in the fragment. */
export function updateLinkUrl(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, '')}/update#${encodeURIComponent(token)}`;
}

/**
 * Issues a new update link for a place (revoking its previous one). Default 90 days.
 * @throws GatewayError 403 outside the caller's districts, 404 for an unknown place,
 *   400 (`days`) outside 1–365.
 */
export async function issueUpdateLink(
  gateway: Gateway,
  resourceId: string,
  days?: number,
): Promise<IssuedUpdateLink> {
  return await call(() =>
    gateway.pb.send<IssuedUpdateLink>('/api/sasaeai/update-links', {
      method: 'POST',
      body: days === undefined ? { resource: resourceId } : { resource: resourceId, days },
    }),
  ).then((r) => ({ ...r, expiresAt: iso(r.expiresAt) }));
}

/** Revokes a place's active link. Returns how many were revoked (0 or 1). */
export async function revokeUpdateLink(gateway: Gateway, resourceId: string): Promise<number> {
  const r = await call(() =>
    gateway.pb.send<{ revoked: number }>('/api/sasaeai/update-links/revoke', {
      method: 'POST',
      body: { resource: resourceId },
    }),
  );
  return r.revoked;
}

/** The place's active (not revoked, not expired) link, or null. */
export async function getUpdateLink(
  gateway: Gateway,
  resourceId: string,
): Promise<UpdateLinkInfo | null> {
  const items = await call(() =>
    gateway.pb.collection('update_links').getList(1, 1, {
      filter: gateway.pb.filter("resource = {:r} && revoked_at = '' && expires_at > @now", {
        r: resourceId,
      }),
      sort: '-created',
    }),
  );
  const r = items.items[0];
  return r ? toUpdateLinkInfo(r) : null;
}

function toUpdateLinkInfo(r: Record<string, unknown>): UpdateLinkInfo {
  return {
    id: String(r.id),
    resourceId: String(r.resource),
    issuedAt: iso(r.created),
    expiresAt: iso(r.expires_at),
    lastUsedAt: iso(r.last_used_at),
  };
}

/** How many ids one filter names: keeps each request's URL short. */
const IDS_PER_REQUEST = 40;

/**
 * The places among `resourceIds` that hold an active (not revoked, not expired) link: issuing
 * a new link for one of them revokes the old one, so the outreach page names how many first.
 * One request per 40 ids; an id the caller may not read simply has none.
 */
export async function listActiveUpdateLinks(
  gateway: Gateway,
  resourceIds: readonly string[],
): Promise<UpdateLinkInfo[]> {
  const out: UpdateLinkInfo[] = [];
  for (let i = 0; i < resourceIds.length; i += IDS_PER_REQUEST) {
    const ids = resourceIds.slice(i, i + IDS_PER_REQUEST);
    const params = Object.fromEntries(ids.map((id, j) => [`r${j}`, id]));
    const anyOf = ids.map((_, j) => `resource = {:r${j}}`).join(' || ');
    const records = await call(() =>
      gateway.pb.collection('update_links').getFullList({
        filter: gateway.pb.filter(`(${anyOf}) && revoked_at = '' && expires_at > @now`, params),
        sort: '-created',
      }),
    );
    out.push(...records.map(toUpdateLinkInfo));
  }
  return out;
}

/**
 * The place a token opens.
 * @throws GatewayError 404 unknown token, 410 expired or revoked (fieldErrors.token names which), 429 too many requests.
 */
export async function readOrganiserPlace(gateway: Gateway, token: string): Promise<OrganiserPlace> {
  const r = await call(() =>
    gateway.pb.send<OrganiserPlace>('/api/sasaeai/organiser/place', {
      method: 'POST',
      body: { token },
    }),
  );
  return {
    ...r,
    schedule: toSchedule(r.schedule),
    cost: toCost(r.cost),
    capacityUpdatedAt: iso(r.capacityUpdatedAt),
    lastVerifiedAt: iso(r.lastVerifiedAt),
    expiresAt: iso(r.expiresAt),
    pendingSince: iso(r.pendingSince),
  };
}

/**
 * Sends the organiser's answer. Returns the suggestion's id and status ('open', or
 * 'accepted' when the site confirms a one-tap answer at once).
 * @throws GatewayError 400 naming the field, 410, 429 (per link: 5 answers a day; per IP).
 */
export async function sendOrganiserAnswer(
  gateway: Gateway,
  token: string,
  answer: OrganiserAnswer,
): Promise<{ id: string; status: 'open' | 'accepted' }> {
  return await call(() =>
    gateway.pb.send('/api/sasaeai/organiser/answer', {
      method: 'POST',
      body: { token, ...answer },
    }),
  );
}

/** The request body of the place's fields a proposal changes (PocketBase names). */
function proposalBody(p: OrganiserProposal): Record<string, unknown> {
  const v = proposalValues(p);
  const body: Record<string, unknown> = {};
  if (v.cost !== undefined) body.cost = v.cost satisfies Cost;
  if (v.publicPhone !== undefined) body.public_phone = v.publicPhone;
  if (v.status !== undefined) {
    body.status = v.status;
    body.status_reason = v.statusReason || '主催者からの連絡';
  }
  if (v.acceptingNewcomers !== undefined)
    body.accepting_newcomers =
      v.acceptingNewcomers === null ? '' : v.acceptingNewcomers ? 'yes' : 'no';
  if (v.capacity !== undefined) body.capacity = v.capacity ?? 0;
  if (v.capacityAvailable !== undefined) body.capacity_available = v.capacityAvailable;
  return body;
}

/**
 * Accepts an organiser's answer: the changed fields are written, the place is confirmed with
 * method 主催者の確認 (the server stamps who and when) and the suggestion marked accepted, in ONE
 * batch transaction. A schedule given as text is not written: edit the schedule first.
 */
export async function acceptOrganiserProposal(
  gateway: Gateway,
  suggestion: { id: string; resourceId: string },
  proposal: OrganiserProposal,
): Promise<void> {
  const batch = gateway.pb.createBatch();
  batch.collection('resources').update(suggestion.resourceId, {
    ...proposalBody(proposal),
    verification_method: 'organiser',
    last_verified_at: new Date().toISOString(),
  });
  batch.collection('suggestions').update(suggestion.id, { status: 'accepted' });
  await call(() => batch.send());
}
