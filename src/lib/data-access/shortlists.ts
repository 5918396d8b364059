/**
 * Care managers' shortlists (つなぎリスト): a label, the chosen resources in order, and a
 * note per resource. Private to their owner (server rules: only the owner lists, reads,
 * updates or deletes; only staff create, and only for themselves).
 *
 * Labels must not carry a client's personal data; the UI says so, the server cannot check it.
 */
import { ClientResponseError } from 'pocketbase';
import { GatewayError, type Gateway } from './gateway';
import type { PbRecord } from './records';
import { errorMessage } from '../domain/error-message';

export interface Shortlist {
  id: string;
  ownerId: string;
  /** 1–100 characters, e.g. 「Aさん 10月更新分」 — never a client's name or address. */
  label: string;
  /** Resource ids in the order the care manager arranged them (at most 200). */
  resourceIds: string[];
  /** Resource id → free-text note for the sheet ("火曜の午前が合う"). */
  notes: Record<string, string>;
  /** ISO datetime. */
  updatedAt: string;
}

export const SHORTLIST_LABEL_MAX = 100;
export const SHORTLIST_MAX_RESOURCES = 200;

function toShortlist(r: PbRecord): Shortlist {
  const notes = r.notes && typeof r.notes === 'object' && !Array.isArray(r.notes) ? (r.notes as Record<string, unknown>) : {};
  return {
    id: r.id,
    ownerId: typeof r.owner === 'string' ? r.owner : '',
    label: typeof r.label === 'string' ? r.label : '',
    resourceIds: Array.isArray(r.resources) ? r.resources.filter((x): x is string => typeof x === 'string') : [],
    notes: Object.fromEntries(Object.entries(notes).filter((e): e is [string, string] => typeof e[1] === 'string')),
    updatedAt: typeof r.updated === 'string' ? r.updated.replace(' ', 'T') : '',
  };
}

async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof ClientResponseError) {
      const data = (err.response?.data ?? {}) as Record<string, { message?: string }>;
      const fieldErrors = Object.fromEntries(
        Object.entries(data).flatMap(([k, v]) => (v && typeof v.message === 'string' ? [[k, v.message]] : [])),
      );
      throw new GatewayError(err.response?.message || err.message, err.status, fieldErrors);
    }
    throw new GatewayError(errorMessage(err), 0);
  }
}

function checkLabel(label: string): string {
  const trimmed = label.trim();
  if (!trimmed) throw new GatewayError('label is required', 400, { label: 'required' });
  if (trimmed.length > SHORTLIST_LABEL_MAX) throw new GatewayError(`label is longer than ${SHORTLIST_LABEL_MAX} characters`, 400, { label: 'too_long' });
  return trimmed;
}

/** The signed-in user's shortlists, most recently changed first (empty for anonymous visitors). */
export async function listShortlists(gw: Gateway): Promise<Shortlist[]> {
  if (!gw.user) return [];
  const items = await call(() => gw.pb.collection('shortlists').getFullList({ sort: '-updated' }));
  return items.map((r) => toShortlist(r as PbRecord));
}

/** One shortlist; GatewayError 404 when it does not exist or belongs to someone else. */
export async function getShortlist(gw: Gateway, id: string): Promise<Shortlist> {
  return toShortlist((await call(() => gw.pb.collection('shortlists').getOne(id))) as PbRecord);
}

/** Creates an empty (or pre-filled) shortlist owned by the signed-in user. */
export async function createShortlist(gw: Gateway, label: string, resourceIds: string[] = []): Promise<Shortlist> {
  const owner = gw.user?.id;
  if (!owner) throw new GatewayError('sign in to keep shortlists', 401);
  const rec = await call(() =>
    gw.pb.collection('shortlists').create({ owner, label: checkLabel(label), resources: resourceIds.slice(0, SHORTLIST_MAX_RESOURCES), notes: {} }),
  );
  return toShortlist(rec as PbRecord);
}

/** Changes the label, the resources (whole ordered list) and/or the notes. */
export async function updateShortlist(
  gw: Gateway,
  id: string,
  patch: { label?: string; resourceIds?: string[]; notes?: Record<string, string> },
): Promise<Shortlist> {
  const body: Record<string, unknown> = {};
  if (patch.label !== undefined) body.label = checkLabel(patch.label);
  if (patch.resourceIds !== undefined) {
    if (patch.resourceIds.length > SHORTLIST_MAX_RESOURCES) {
      throw new GatewayError(`a shortlist holds at most ${SHORTLIST_MAX_RESOURCES} entries`, 400, { resources: 'too_many' });
    }
    body.resources = patch.resourceIds;
  }
  if (patch.notes !== undefined) body.notes = patch.notes;
  return toShortlist((await call(() => gw.pb.collection('shortlists').update(id, body))) as PbRecord);
}

export async function deleteShortlist(gw: Gateway, id: string): Promise<void> {
  await call(() => gw.pb.collection('shortlists').delete(id));
}
