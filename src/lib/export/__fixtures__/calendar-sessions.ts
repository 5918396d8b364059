import ICAL from 'ical.js';
import { nextOccurrences } from '../../domain/next-occurrences';
import type { Schedule } from '../../domain/types';

/**
 * Every session an iCalendar library (ical.js) reads from a feed between `from` and `end`
 * (YYYY-MM-DD, both included), per place id (the part of each UID before its first `-`),
 * sorted: `YYYY-MM-DD HH:MM`, or the date alone for an all-day session. The oracle the
 * iCalendar tests hold our writer and the server's feeds to, next to `engineSessions`.
 */
export function icalSessions(ics: string, from: string, end: string): Map<string, string[]> {
  const root = new ICAL.Component(ICAL.parse(ics));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const out = new Map<string, string[]>();
  for (const vevent of root.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    const placeId = event.uid.split('-')[0]!;
    const it = event.iterator();
    for (let t = it.next(); t; t = it.next()) {
      const s = t.toString();
      if (s.slice(0, 10) > end) break;
      if (s.slice(0, 10) < from) continue;
      out.set(placeId, [
        ...(out.get(placeId) ?? []),
        s.length > 10 ? `${s.slice(0, 10)} ${s.slice(11, 16)}` : s,
      ]);
    }
  }
  for (const v of out.values()) v.sort();
  return out;
}

/**
 * The same sessions from our schedule engine (`nextOccurrences`), for `horizonDays` days from
 * `from`, in `icalSessions`' form.
 */
export function engineSessions(schedule: Schedule, from: string, horizonDays: number): string[] {
  return nextOccurrences(schedule, from, { count: 10_000, horizonDays })
    .map((o) => (o.start ? `${o.date} ${o.start}` : o.date))
    .sort();
}
