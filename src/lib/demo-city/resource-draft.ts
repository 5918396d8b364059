import type { AccessibilityFeature, Booking, Cost, Eligibility, ResourceKind, Schedule } from '../domain/types';
import type { VenueKind } from './gathering-template';

/** Where a resource is: a gathering venue, none (it comes to you), a store or an office. */
export type Venue = VenueKind | 'none' | 'store' | 'office';

/** A resource of the demo city before its id, place, status and verification are decided. */
export interface ResourceDraft {
  kind: ResourceKind;
  name: string;
  nameKana: string;
  description: string;
  serviceTypeCodes: string[];
  /** Index of its district, and of the districts it serves. */
  district: number;
  serviceDistricts: number[];
  /** The town the activity meets in (for the address); null when it has no place. */
  town: number | null;
  venue: Venue;
  /** Explicit venue name for stores and offices. */
  venueName?: string;
  schedule: Schedule;
  cost: Cost;
  eligibility: Eligibility;
  booking: Booking;
  capacity: number | null;
  accessibility: AccessibilityFeature[];
  hasWebsite: boolean;
  isPublic: boolean;
  organizationId: string;
  /** Title of the contact person (代表, 事務局…). */
  contactTitle: string;
  /** Support centres and commercial services are never paused or planned in the demo. */
  stable: boolean;
}
