/**
 * Plain-text descriptions of a resource's schedule, cost, eligibility and booking in the UI
 * language, shared by the result cards, the print sheets, the organisers' letters and the CSV
 * export (one wording everywhere). The schedule is worded by the domain's describeSchedule, as
 * on every other page.
 */
import { describeSchedule, type ScheduleLanguage } from '$lib/domain/describe-schedule';
import type { Booking, Cost, Eligibility, Resource } from '$lib/domain/types';
import { format } from '$lib/i18n/format';
import type { Messages } from '$lib/i18n/ja';

/** 「無料」, 「1回 200円（お茶菓子代）」, 「実費・要確認」. */
export function describeCost(t: Messages, cost: Cost): string {
  const d = t.directory;
  let text: string;
  if (cost.unit === 'free' || cost.amountYen === 0) text = d.free;
  else if (cost.amountYen === null) text = d.costUnknown;
  else
    text = format(d.yenPer, {
      unit: t.enums.costUnit[cost.unit],
      amount: cost.amountYen.toLocaleString('ja-JP'),
    });
  return cost.note ? text + format(d.parenthetical, { text: cost.note }) : text;
}

/** Who may come, or 「未確認」 when no file or person has said. */
export function describeEligibility(t: Messages, eligibility: Eligibility | null): string {
  return eligibility === null ? t.enums.unconfirmed : t.enums.eligibility[eligibility];
}

/** Whether to book, or 「未確認」. */
export function describeBooking(t: Messages, booking: Booking | null): string {
  return booking === null ? t.enums.unconfirmed : t.enums.booking[booking];
}

/** What a listing says about when, how much, who and booking, worded by the functions above. */
export interface ResourceTerms {
  /** One line per schedule rule (a card runs them on with " / "). */
  schedule: string[];
  cost: string;
  eligibility: string;
  booking: string;
}

/**
 * A resource's schedule, cost, eligibility and booking in `t`'s language (`lang` is the same
 * language, for the schedule). Unknown eligibility and booking read 「未確認」.
 *
 * @example describeResource(ja, r, 'ja').cost // '1回 200円（お茶菓子代）'
 */
export function describeResource(
  t: Messages,
  resource: Pick<Resource, 'schedule' | 'cost' | 'eligibility' | 'booking'>,
  lang: ScheduleLanguage,
): ResourceTerms {
  return {
    schedule: describeSchedule(resource.schedule, lang),
    cost: describeCost(t, resource.cost),
    eligibility: describeEligibility(t, resource.eligibility),
    booking: describeBooking(t, resource.booking),
  };
}
