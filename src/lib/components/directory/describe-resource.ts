/**
 * Plain-text descriptions of a resource's schedule and cost in the UI language, shared by
 * the result cards, the print sheet and the CSV export (one wording everywhere).
 */
import type { Booking, Cost, Eligibility, Schedule, Weekday } from '$lib/domain/types';
import { format } from '$lib/i18n/format';
import type { Messages } from '$lib/i18n/ja';

function days(t: Messages, weekdays: readonly Weekday[]): string {
  return weekdays.map((w) => t.enums.weekday[w]).join(t.directory.daysSeparator);
}

/** One line per rule, e.g. 「毎週水・金 10:00〜12:00」; the schedule note is appended. */
export function describeSchedule(t: Messages, schedule: Schedule): string {
  const d = t.directory;
  const lines = schedule.rules.map((rule) => {
    switch (rule.type) {
      case 'weekly':
        return format((rule.intervalWeeks ?? 1) > 1 ? d.everyOtherWeek : d.weekly, { days: days(t, rule.weekdays), start: rule.start, end: rule.end });
      case 'monthly_nth':
        return format(d.monthlyNth, {
          nth: rule.nth.map((n) => (n === -1 ? d.nthLast : format(d.nthItem, { n }))).join(d.daysSeparator),
          days: days(t, rule.weekdays),
          start: rule.start,
          end: rule.end,
        });
      case 'monthly_day':
        return format(d.monthlyDay, { days: rule.days.join(d.daysSeparator), start: rule.start, end: rule.end });
      case 'irregular':
        return format(d.irregular, { note: rule.note });
    }
  });
  if (schedule.note) lines.push(schedule.note);
  return lines.length ? lines.join(' / ') : d.noSchedule;
}

/** 「無料」, 「1回 200円（お茶菓子代）」, 「実費・要確認」. */
export function describeCost(t: Messages, cost: Cost): string {
  const d = t.directory;
  let text: string;
  if (cost.unit === 'free' || cost.amountYen === 0) text = d.free;
  else if (cost.amountYen === null) text = d.costUnknown;
  else text = format(d.yenPer, { unit: t.enums.costUnit[cost.unit], amount: cost.amountYen.toLocaleString('ja-JP') });
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
