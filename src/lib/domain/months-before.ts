/**
 * The instant `months` calendar months before `now` (UTC), clamped to the month's last day
 * (2026-03-31 minus 1 month = 2026-02-28). Pure: `now` is always passed in, never read from
 * the clock, so "within 12 months" is testable against any date.
 */
export function monthsBefore(now: Date, months: number): Date {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() - months;
  const target = new Date(
    Date.UTC(
      y,
      m,
      1,
      now.getUTCHours(),
      now.getUTCMinutes(),
      now.getUTCSeconds(),
      now.getUTCMilliseconds(),
    ),
  );
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(now.getUTCDate(), lastDay));
  return target;
}
