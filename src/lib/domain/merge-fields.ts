/**
 * The fields a merge of two listings of one place may fill on the kept record from the other
 * (the server's FILLABLE list in pb_hooks/merge-resources.pb.js), and whether a record says
 * nothing in one of them. Pure: the merge screen decides what can be moved without the gateway.
 */
import type { Resource } from './types';

export const MERGE_FIELDS = [
  'nameKana',
  'description',
  'address',
  'directions',
  'publicPhone',
  'website',
  'schedule',
  'location',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

/** Whether a record says nothing in `field` (no schedule rules, no point, or blank text). */
export function lacks(r: Resource, field: MergeField): boolean {
  if (field === 'schedule') return r.schedule.rules.length === 0;
  if (field === 'location') return r.location === null;
  return r[field].trim() === '';
}
