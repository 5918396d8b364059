/**
 * Short texts about a place for the residents' pages (cost, booking, next date), in the
 * current language. Kept apart from the components so the list, the place page and the
 * print sheet say the same thing the same way.
 */
import type { Occurrence } from '$lib/domain/next-occurrences';
import { WEEKDAYS, type Booking, type Cost, type Eligibility } from '$lib/domain/types';
import { isoWeekday } from '$lib/domain/iso-date';
import { formatMonthDay } from '$lib/i18n/format-month-day';
import { formatWholeNumber } from '$lib/i18n/format-whole-number';
import { locale } from '$lib/i18n/locale.svelte';

export function costText(cost: Cost): string {
  const t = locale.t;
  if (cost.unit === 'free' || cost.amountYen === 0)
    return t.home.costFree + (cost.note ? `（${cost.note}）` : '');
  if (cost.amountYen === null) return cost.note || t.home.costUnknown;
  const main = locale.format(t.home.costAmount, {
    unit: t.enums.costUnit[cost.unit],
    yen: formatWholeNumber(cost.amountYen, locale.intlTag),
  });
  return cost.note ? `${main}（${cost.note}）` : main;
}

/** How to book; 「未確認」 when nobody has confirmed it (never a default such as "call first"). */
export function bookingText(booking: Booking | null): string {
  const t = locale.t.home;
  if (booking === null) return locale.t.enums.unconfirmed;
  return booking === 'drop_in'
    ? t.justTurnUp
    : booking === 'call_first'
      ? t.callFirst
      : t.reservation;
}

/** Who may come; 「未確認」 when unknown. */
export function eligibilityText(eligibility: Eligibility | null): string {
  return eligibility === null
    ? locale.t.enums.unconfirmed
    : locale.t.enums.eligibility[eligibility];
}

/** Whether newcomers are taken; '' when unknown (the line is left out). */
export function newcomersText(accepting: boolean | null): string {
  const t = locale.t.home;
  return accepting === null ? '' : accepting ? t.newcomersWelcome : t.newcomersFull;
}

/** 「1月9日（金） 10:00〜12:00」 / "Friday 9 January, 10:00–12:00". */
export function occurrenceText(o: Occurrence): string {
  const t = locale.t;
  const wd = WEEKDAYS[isoWeekday(o.date)] ?? 'sun';
  const date = formatMonthDay(o.date, locale.code);
  const weekday = locale.code === 'ja' ? t.enums.weekday[wd] : t.enums.weekdayLong[wd];
  return o.start
    ? locale.format(t.home.nextDate, { date, weekday, start: o.start, end: o.end || '' })
    : locale.format(t.home.nextDateNoTime, { date, weekday });
}

/** 「350m」 or 「1.2km」. */
export function distanceText(m: number): string {
  const t = locale.t.home;
  return m < 1000
    ? locale.format(t.distance, { m: Math.round(m / 10) * 10 })
    : locale.format(t.distanceKm, { km: (m / 1000).toFixed(1) });
}

/** The dialable part of a displayed number (digits and + only), for `tel:` links. */
export function telDigits(phone: string): string {
  return phone.replace(/[^\d+]/g, '');
}
