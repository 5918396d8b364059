import type { Weekday } from './types';

/** `helpers.status` values: active helpers are matched and counted; paused ones are kept. */
export const HELPER_STATUSES = ['active', 'paused'] as const;
export type HelperStatus = (typeof HELPER_STATUSES)[number];

/**
 * A helper (担い手, issue #19 item 4): a person who offers help or finished a 生活支援サポーター
 * course, registered with their consent. Personal data: read only by admins and the
 * coordinators of one of `districtIds` (server rules); other pages see counts only.
 */
export interface Helper {
  id: string;
  name: string;
  /** Reading in hiragana; '' when not given. */
  nameKana: string;
  /** How they wish to be reached: at least one of the three is not ''. */
  phone: string;
  email: string;
  postalAddress: string;
  /** Service type ids they offer (at least one). */
  serviceTypeIds: string[];
  /** District ids (areas of kind district) where they help (at least one). */
  districtIds: string[];
  /** Weekdays they can usually help; empty when not said. */
  weekdays: Weekday[];
  /** A short note on when (e.g. 「午前中のみ」); never another person's contact. */
  availabilityNote: string;
  /** ISO date the 生活支援サポーター course was completed; '' when not taken or unknown. */
  courseCompletedOn: string;
  /** ISO date of consent (required, not in the future). */
  consentOn: string;
  /** What they consented to, e.g. 「地域の支え合い活動の紹介のため」. */
  consentPurpose: string;
  /** User id of whoever recorded the consent (stamped by the server). */
  consentRecordedBy: string;
  /** Free note for coordinators; never a phone number or e-mail address. */
  note: string;
  status: HelperStatus;
  /** ISO timestamp of the last change. */
  updatedAt: string;
}

/** What a coordinator enters for a helper (the server stamps the rest). */
export type HelperInput = Omit<Helper, 'id' | 'consentRecordedBy' | 'updatedAt'>;

/**
 * Active helpers of one district and service type, from GET /api/sasaeai/helper-counts:
 * `count` is exact for staff; for the public a count under `fewerThan` (3) is null, shown as
 * 「3人未満」 so that nobody can be singled out.
 */
export interface HelperCount {
  districtId: string;
  serviceTypeId: string;
  count: number | null;
  /** Set when `count` is null: the count is at least 1 and below this. */
  fewerThan?: number;
}
