import type { PlaceInput } from './read-places';

/**
 * The id of one of our own records that a place row names, or ''. A kayoinoba file this site
 * exported carries our record ids (15 lower-case letters and digits, PocketBase's id form) as
 * its NO.
 */
export function ownRecordIdOf(p: PlaceInput): string {
  return p.details !== undefined && /^[a-z0-9]{15}$/.test(p.sourceId) ? p.sourceId : '';
}
