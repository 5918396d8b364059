/**
 * Care managers' shortlists (つなぎリスト): a label, the chosen resources in order, and a
 * note per resource. Private to their owner (server rules: only the owner lists, reads,
 * updates or deletes; only staff create, and only for themselves).
 *
 * Labels must not carry a client's personal data; the UI says so, the server cannot check it.
 */
import { ClientResponseError } from 'pocketbase';
import type { ShortlistSnapshot } from '../domain/shortlist-snapshot';
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
  /** The care manager's office for the sheet, as typed ('' = not given). */
  office: string;
  officePhone: string;
  /** Resource id → when it was added and what it looked like then; absent for entries added before this was kept. */
  added: Record<string, ShortlistEntryRecord>;
  /** ISO datetime. */
  updatedAt: string;
}

export interface ShortlistEntryRecord {
  /** ISO datetime the entry was added. */
  at: string;
  snapshot: ShortlistSnapshot;
}

export const SHORTLIST_LABEL_MAX = 100;
export const SHORTLIST_MAX_RESOURCES = 200;
export const SHORTLIST_OFFICE_MAX = 200;
export const SHORTLIST_OFFICE_PHONE_MAX = 40;

/** Keeps the well-formed entry records (an object with `at` and a `snapshot` holding a name). */
function toAdded(value: unknown): Record<string, ShortlistEntryRecord> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter(
      (e): e is [string, ShortlistEntryRecord] => {
        const v = e[1] as Partial<ShortlistEntryRecord> | null;
        return (
          !!v &&
          typeof v.at === 'string' &&
          !!v.snapshot &&
          typeof v.snapshot === 'object' &&
          typeof v.snapshot.name === 'string'
        );
      },
    ),
  );
}

function toShortlist(r: PbRecord): Shortlist {
  const notes =
    r.notes && typeof r.notes === 'object' && !Array.isArray(r.notes)
      ? (r.notes as Record<string, unknown>)
      : {};
  return {
    id: r.id,
    ownerId: typeof r.owner === 'string' ? r.owner : '',
    label: typeof r.label === 'string' ? r.label : '',
    resourceIds: Array.isArray(r.resources)
      ? r.resources.filter((x): x is string => typeof x === 'string')
      : [],
    notes: Object.fromEntries(
      Object.entries(notes).filter((e): e is [string, string] => typeof e[1] === 'string'),
    ),
    office: typeof r.office === 'string' ? r.office : '',
    officePhone: typeof r.office_phone === 'string' ? r.office_phone : '',
    added: toAdded(r.added),
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
        Object.entries(data).flatMap(([k, v]) =>
          v && typeof v.message === 'string' ? [[k, v.message]] : [],
        ),
      );
      throw new GatewayError(err.response?.message || err.message, err.status, fieldErrors);
    }
    throw new GatewayError(errorMessage(err), 0);
  }
}

function checkLabel(label: string): string {
  const trimmed = label.trim();
  if (!trimmed) throw new GatewayError('label is required', 400, { label: 'required' });
  if (trimmed.length > SHORTLIST_LABEL_MAX)
    throw new GatewayError(`label is longer than ${SHORTLIST_LABEL_MAX} characters`, 400, {
      label: 'too_long',
    });
  return trimmed;
}

/** Trims an optional text field; too long is an error naming the field (never cut silently). */
function checkLength(field: string, value: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length > max)
    throw new GatewayError(`${field} is longer than ${max} characters`, 400, {
      [field]: 'too_long',
    });
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

/** Creates an empty (or pre-filled) shortlist owned by the signed-in user, with the office to print on its sheet. */
export async function createShortlist(
  gw: Gateway,
  label: string,
  resourceIds: string[] = [],
  office: { office: string; officePhone: string } = { office: '', officePhone: '' },
): Promise<Shortlist> {
  const owner = gw.user?.id;
  if (!owner) throw new GatewayError('sign in to keep shortlists', 401);
  const rec = await call(() =>
    gw.pb.collection('shortlists').create({
      owner,
      label: checkLabel(label),
      resources: resourceIds.slice(0, SHORTLIST_MAX_RESOURCES),
      notes: {},
      office: checkLength('office', office.office, SHORTLIST_OFFICE_MAX),
      office_phone: checkLength('office_phone', office.officePhone, SHORTLIST_OFFICE_PHONE_MAX),
      added: {},
    }),
  );
  return toShortlist(rec as PbRecord);
}

/** Changes the label, the resources (whole ordered list) and/or the notes. */
export async function updateShortlist(
  gw: Gateway,
  id: string,
  patch: {
    label?: string;
    resourceIds?: string[];
    notes?: Record<string, string>;
    office?: string;
    officePhone?: string;
    added?: Record<string, ShortlistEntryRecord>;
  },
): Promise<Shortlist> {
  const body: Record<string, unknown> = {};
  if (patch.label !== undefined) body.label = checkLabel(patch.label);
  if (patch.resourceIds !== undefined) {
    if (patch.resourceIds.length > SHORTLIST_MAX_RESOURCES) {
      throw new GatewayError(`a shortlist holds at most ${SHORTLIST_MAX_RESOURCES} entries`, 400, {
        resources: 'too_many',
      });
    }
    body.resources = patch.resourceIds;
  }
  if (patch.notes !== undefined) body.notes = patch.notes;
  if (patch.office !== undefined)
    body.office = checkLength('office', patch.office, SHORTLIST_OFFICE_MAX);
  if (patch.officePhone !== undefined)
    body.office_phone = checkLength('office_phone', patch.officePhone, SHORTLIST_OFFICE_PHONE_MAX);
  if (patch.added !== undefined) body.added = patch.added;
  return toShortlist(
    (await call(() => gw.pb.collection('shortlists').update(id, body))) as PbRecord,
  );
}

export async function deleteShortlist(gw: Gateway, id: string): Promise<void> {
  await call(() => gw.pb.collection('shortlists').delete(id));
}
