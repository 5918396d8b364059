/**
 * Honest staleness (issue #16 item 3): how old a place's last confirmation is, in the stages
 * the site's settings name. ALISS demotes a listing after its review requests go unanswered;
 * here the months are the city's own choice.
 *
 * Pure: `now` is passed in, never read from the clock.
 */
import { monthsBefore } from './months-before';

/** Months after the last confirmation at which each stage begins (whole months, ≥ 1). */
export interface StalenessSettings {
  /** Flagged to the district's coordinators (default 10). */
  flagMonths: number;
  /** Residents see 「情報の確認から1年以上たっています」 (default 12). */
  noticeMonths: number;
  /** Left out of residents' default lists; still found by name, with the notice (default 24). */
  hideMonths: number;
}

export const DEFAULT_STALENESS: StalenessSettings = {
  flagMonths: 10,
  noticeMonths: 12,
  hideMonths: 24,
};

/** The same range as the `site` fields (0 there means "use the default"). */
export const STALENESS_LIMITS = { min: 1, max: 240 } as const;

/**
 * - `fresh`: confirmed within `flagMonths`;
 * - `flagged`: older than `flagMonths` (coordinators are asked to re-confirm; residents see nothing yet);
 * - `notice`: older than `noticeMonths` (residents see the notice);
 * - `hidden`: older than `hideMonths` (left out of default lists, with the notice when found);
 * - `unconfirmed`: never confirmed — flagged to coordinators and shown to residents as "not
 *   confirmed yet", but never hidden: nobody knows it is old, and unknown stays unknown.
 */
export type StalenessStage = 'fresh' | 'flagged' | 'notice' | 'hidden' | 'unconfirmed';

/**
 * The settings to use: each stored value when it is a whole number in {@link STALENESS_LIMITS},
 * else its default (0/null = not set). Stages that would come out of order (notice before flag,
 * hide before notice) are pushed back to the earlier stage's month, so each stage follows the last.
 */
export function effectiveStaleness(
  stored: Partial<Record<keyof StalenessSettings, number | null>> | null,
): StalenessSettings {
  const pick = (key: keyof StalenessSettings): number => {
    const v = stored?.[key];
    return typeof v === 'number' &&
      Number.isInteger(v) &&
      v >= STALENESS_LIMITS.min &&
      v <= STALENESS_LIMITS.max
      ? v
      : DEFAULT_STALENESS[key];
  };
  const flagMonths = pick('flagMonths');
  const noticeMonths = Math.max(flagMonths, pick('noticeMonths'));
  return { flagMonths, noticeMonths, hideMonths: Math.max(noticeMonths, pick('hideMonths')) };
}

/**
 * The stage of a record last confirmed at `lastVerifiedAt` (ISO datetime or date; '' = never),
 * seen at `now`. A confirmation exactly N months ago is N months old (the stage starting at N
 * applies); a date in the future counts as confirmed now.
 * @throws Error when `lastVerifiedAt` is not '' and not a date (a caller's bug, not a stage).
 */
export function stalenessStage(
  lastVerifiedAt: string,
  now: Date,
  settings: StalenessSettings,
): StalenessStage {
  if (!lastVerifiedAt) return 'unconfirmed';
  const at = new Date(lastVerifiedAt.replace(' ', 'T'));
  if (Number.isNaN(at.getTime()))
    throw new Error(`lastVerifiedAt: "${lastVerifiedAt}" is not a date`);
  const olderThan = (months: number): boolean =>
    at.getTime() <= monthsBefore(now, months).getTime();
  if (olderThan(settings.hideMonths)) return 'hidden';
  if (olderThan(settings.noticeMonths)) return 'notice';
  if (olderThan(settings.flagMonths)) return 'flagged';
  return 'fresh';
}

/** Whether residents see the staleness notice for this stage. */
export function showsStaleNotice(stage: StalenessStage): boolean {
  return stage === 'notice' || stage === 'hidden';
}

/** Field → error code: `not_integer`, `range` (outside {@link STALENESS_LIMITS}), `order` (before the previous stage). */
export type StalenessErrors = Partial<
  Record<keyof StalenessSettings, 'not_integer' | 'range' | 'order'>
>;

/** Checks the admin's staleness months; an empty object means they may be saved. */
export function validateStalenessSettings(s: StalenessSettings): StalenessErrors {
  const errors: StalenessErrors = {};
  for (const key of ['flagMonths', 'noticeMonths', 'hideMonths'] as const) {
    const v = s[key];
    if (!Number.isInteger(v)) errors[key] = 'not_integer';
    else if (v < STALENESS_LIMITS.min || v > STALENESS_LIMITS.max) errors[key] = 'range';
  }
  if (!errors.noticeMonths && !errors.flagMonths && s.noticeMonths < s.flagMonths)
    errors.noticeMonths = 'order';
  if (!errors.hideMonths && !errors.noticeMonths && s.hideMonths < s.noticeMonths)
    errors.hideMonths = 'order';
  return errors;
}
