/**
 * Which sheet fields of a shortlist entry changed since it was added: the stored snapshot
 * against the current record. Objects (schedule, cost) compare by content, whatever order
 * their keys came back from storage in. Pure.
 */
import { SNAPSHOT_FIELDS, type ShortlistSnapshot } from './shortlist-snapshot';
import type { Resource } from './types';

export type SnapshotField = (typeof SNAPSHOT_FIELDS)[number];

/** Fields whose value differs, in `SNAPSHOT_FIELDS` order; [] when nothing changed. */
export function shortlistChanges(before: ShortlistSnapshot, now: Resource): SnapshotField[] {
  return SNAPSHOT_FIELDS.filter((field) => canonical(before[field]) !== canonical(now[field]));
}

/** JSON with object keys sorted and undefined dropped, so equal content gives equal text. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : v,
  );
}
