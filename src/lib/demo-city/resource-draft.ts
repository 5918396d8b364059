import type { ResourceKind } from '../domain/types';
import type { GatheringDraft, VenueKind } from './gathering-template';

/** Where a resource is: a gathering venue, none (it comes to you), a store or an office. */
export type Venue = VenueKind | 'none' | 'store' | 'office';

/**
 * A resource of the demo city before its id, place, status and verification are decided: the
 * fields a gathering place's template gives, plus where it is and who runs it.
 */
export interface ResourceDraft extends Omit<GatheringDraft, 'venue' | 'runBy'> {
  kind: ResourceKind;
  /** Index of its district, and of the districts it serves. */
  district: number;
  serviceDistricts: number[];
  /** The town the activity meets in (for the address); null when it has no place. */
  town: number | null;
  venue: Venue;
  /** Explicit venue name for stores and offices. */
  venueName?: string;
  isPublic: boolean;
  organizationId: string;
  /** Title of the contact person (代表, 事務局…). */
  contactTitle: string;
  /** Support centres and commercial services are never paused or planned in the demo. */
  stable: boolean;
}
