/**
 * Plain-text descriptions of a resource's cost, eligibility and booking in the UI language,
 * shared by the result cards, the print sheet and the CSV export (one wording everywhere).
 * The schedule is worded by the domain's describeSchedule, as on every other page.
 */
import type { Booking, Cost, Eligibility } from '$lib/domain/types';
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
