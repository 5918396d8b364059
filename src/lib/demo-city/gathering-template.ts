/**
 * The shape of the demo city's gathering-place catalog (gathering-templates.ts): what a
 * template builds from its context, and where the activity meets.
 */
import type { AccessibilityFeature, Booking, Cost, Eligibility, Schedule } from '../domain/types';
import type { Random } from './create-random';
import type { DemoDistrict, DemoTown } from './demo-city-model';

/** Where an activity meets; the resource generator turns it into an address and a point. */
export type VenueKind = 'hall' | 'temple' | 'shrine' | 'shop' | 'care_home' | 'park' | 'home';

export interface GatheringContext {
  random: Random;
  town: DemoTown;
  district: DemoDistrict;
  /** ISO date schedules anchor at (every-other-week rules). */
  anchorFrom: string;
}

/** The parts of a gathering place that depend on its type. */
export interface GatheringDraft {
  name: string;
  nameKana: string;
  description: string;
  serviceTypeCodes: string[];
  schedule: Schedule;
  cost: Cost;
  eligibility: Eligibility;
  booking: Booking;
  capacity: number | null;
  accessibility: AccessibilityFeature[];
  venue: VenueKind;
  /** Who typically runs it, resolved to an organisation by the caller. */
  runBy:
    | 'welfare_council'
    | 'neighbourhood'
    | 'senior_club'
    | 'npo_cafe'
    | 'npo_home'
    | 'welfare_corporation';
  /** Whether it has a web page (the generator gives it an example.com address). */
  hasWebsite: boolean;
}

export interface GatheringTemplate {
  key: string;
  /** Relative frequency among gathering places. */
  weight: number;
  build(ctx: GatheringContext): GatheringDraft;
}
