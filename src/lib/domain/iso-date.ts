/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`) with arithmetic in UTC, so the result never
 * depends on the machine's time zone or daylight-saving rules. Pure.
 */

/** Days since 1970-01-01 of an ISO date. NaN for a malformed string. */
export function isoToDayNumber(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

/** The ISO date of a day number (see `isoToDayNumber`). */
export function dayNumberToIso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** ISO date of year/month (1–12)/day; months and days may overflow (Date.UTC rules). */
export function isoDate(year: number, month: number, day: number): string {
  return dayNumberToIso(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** Weekday of an ISO date: 0 = Sunday … 6 = Saturday (as `Date.getDay`). */
export function isoWeekday(iso: string): number {
  return new Date(isoToDayNumber(iso) * 86_400_000).getUTCDay();
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The local calendar date of a JS Date as ISO (what "today" means to the person). */
export function localIsoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** The calendar date in Japan (Asia/Tokyo, UTC+9 all year, no daylight saving) of a JS Date as ISO. */
export function tokyoIsoDate(d: Date): string {
  return new Date(d.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}
