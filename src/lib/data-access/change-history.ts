/** The change log as coordinators read it: one record's history, and changes since a date. */
import type { Gateway } from './gateway';
import { call } from './coordination-call';
import type { PbRecord } from './records';

export interface ChangeEntry {
  id: string;
  collectionName: string;
  recordId: string;
  action: 'create' | 'update' | 'delete';
  actorId: string;
  actorLabel: string;
  /** field (PocketBase name) → [before, after]. */
  changes: Record<string, [unknown, unknown]>;
  /** ISO datetime. */
  createdAt: string;
}

function toChangeEntry(r: PbRecord): ChangeEntry {
  return {
    id: r.id,
    collectionName: String(r.collection_name ?? ''),
    recordId: String(r.record_id ?? ''),
    action: r.action as ChangeEntry['action'],
    actorId: String(r.actor ?? ''),
    actorLabel: String(r.actor_label ?? ''),
    changes: (r.changes ?? {}) as ChangeEntry['changes'],
    createdAt: String(r.created ?? '').replace(' ', 'T'),
  };
}

/** The change history of one record, newest first (admins and coordinators only). */
export async function listChangeHistory(
  gateway: Gateway,
  collectionName: string,
  recordId: string,
): Promise<ChangeEntry[]> {
  const items = await call(() =>
    gateway.pb.collection('change_log').getFullList({
      sort: '-created',
      filter: gateway.pb.filter('collection_name = {:c} && record_id = {:r}', {
        c: collectionName,
        r: recordId,
      }),
    }),
  );
  return items.map((r) => toChangeEntry(r as PbRecord));
}

/**
 * Changes to `collectionName` records since `sinceIso` (inclusive), oldest first, for the
 * records in `recordIds` (admins and coordinators only; others get an empty list).
 */
export async function listChangesSince(
  gateway: Gateway,
  collectionName: string,
  sinceIso: string,
  recordIds: readonly string[],
): Promise<ChangeEntry[]> {
  const wanted = new Set(recordIds);
  const items = await call(() =>
    gateway.pb.collection('change_log').getFullList({
      sort: 'created',
      filter: gateway.pb.filter('collection_name = {:c} && created >= {:s}', {
        c: collectionName,
        s: sinceIso.replace('T', ' '),
      }),
    }),
  );
  return items.map((r) => toChangeEntry(r as PbRecord)).filter((c) => wanted.has(c.recordId));
}
