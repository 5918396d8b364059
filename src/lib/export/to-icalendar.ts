/**
 * RFC 5545 iCalendar (`.ics`) for places: one VEVENT per schedule rule, with the rule as an
 * RRULE (毎週 → FREQ=WEEKLY;BYDAY=WE, 隔週 → INTERVAL=2;WKST=SU, 第2・第4水曜 →
 * FREQ=MONTHLY;BYDAY=2WE,4WE, 最終金曜 → BYDAY=-1FR, 毎月15日 → BYMONTHDAY=15), announced
 * irregular dates as one event each, and every session the closures cancel (public holidays, closed
 * periods, closed dates) as EXDATE. Times are local to Asia/Tokyo, declared in a VTIMEZONE.
 *
 * EXDATEs are listed for `horizonDays` from `from` (a year by default): a feed is regenerated
 * on every fetch, so a subscribed calendar always has the coming year's exceptions. A session
 * the horizon does not reach is shown by its RRULE alone. Pure: the PocketBase hook that serves
 * `/api/sasaeai/ics/…` runs a bundle of this file (`pb_hooks/lib/icalendar.js`).
 */
import { describeSchedule } from '../domain/describe-schedule';
import { emptySchedule } from '../domain/empty-schedule';
import { isJapaneseHoliday } from '../domain/japanese-holidays';
import { nextOccurrences } from '../domain/next-occurrences';
import { rruleByDay } from './rrule-by-day';
import type { Resource, Schedule, ScheduleRule } from '../domain/types';

export interface ICalendarOptions {
  /** Calendar name (X-WR-CALNAME), e.g. 「中央地区の通いの場」. */
  name: string;
  /** First day (ISO, Japan's calendar) the EXDATE horizon starts from; usually today. */
  from: string;
  /** Days from `from` for which cancelled sessions are listed as EXDATE; default 366. */
  horizonDays?: number;
  /** DTSTAMP, a UTC instant (ISO string); default `from` at 00:00 UTC so output is reproducible. */
  stamp?: string;
  /** A place's page (URL property), e.g. `https://map.example.jp/places/ID`. */
  placeUrl?: (r: Resource) => string;
  /** Holiday test; default the Japanese national holidays. */
  isHoliday?: (iso: string) => boolean;
}

export const TOKYO_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Asia/Tokyo',
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0900',
  'TZOFFSETTO:+0900',
  'TZNAME:JST',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT value escaping (RFC 5545 §3.3.11). */
function text(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** UTF-8 length of one code point (no TextEncoder: the PocketBase JS runtime has none). */
function octetsOf(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (§3.1). */
function fold(line: string): string {
  if (line.length <= 25) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = octetsOf(ch);
    // The first line holds 75 octets, continuation lines 74 after their leading space.
    if (octets + n > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (iso: string) => iso.replace(/-/g, '');
const compactTime = (hhmm: string) => `${hhmm.replace(':', '').padStart(4, '0')}00`;
const local = (iso: string, hhmm: string) => `${compactDate(iso)}T${compactTime(hhmm)}`;
const noClosures = (rule: ScheduleRule): Schedule => ({ ...emptySchedule(), rules: [rule] });

/** The RRULE value of a rule, or '' for an irregular one (its dates are events of their own). */
export function rruleOf(rule: ScheduleRule): string {
  switch (rule.type) {
    case 'weekly': {
      const interval = rule.intervalWeeks ?? 1;
      // Our weeks run Sunday to Saturday (next-occurrences.ts), so every-other-week rules say WKST=SU.
      return `FREQ=WEEKLY${interval > 1 ? `;INTERVAL=${interval};WKST=SU` : ''};BYDAY=${rruleByDay(rule)}`;
    }
    case 'monthly_nth':
      return `FREQ=MONTHLY;BYDAY=${rruleByDay(rule)}`;
    case 'monthly_day':
      // RFC 5545 skips a day a month lacks (31 in April), as our schedules do.
      return `FREQ=MONTHLY;BYMONTHDAY=${rule.days.join(',')}`;
    case 'irregular':
      return '';
  }
}

/** Resolved options. */
type Resolved = Required<Pick<ICalendarOptions, 'from' | 'horizonDays' | 'stamp' | 'isHoliday'>> &
  ICalendarOptions;

/**
 * The VEVENTs of one rule of one place: a recurring event (RRULE, cancelled sessions as EXDATE),
 * or for an irregular rule one event per announced date that is not closed (some calendar apps
 * drop DTSTART from an event that has RDATEs and no RRULE, so RDATE is not used).
 */
function eventLines(r: Resource, rule: ScheduleRule, index: number, opts: Resolved): string[] {
  const horizon = opts.horizonDays;
  const ruleOnly = noClosures(rule);
  const timed = !!rule.start;
  const at = (iso: string) =>
    timed ? `;TZID=Asia/Tokyo:${local(iso, rule.start ?? '')}` : `;VALUE=DATE:${compactDate(iso)}`;
  const value = (iso: string) => (timed ? local(iso, rule.start ?? '') : compactDate(iso));
  const withClosures: Schedule = { ...r.schedule, rules: [rule] };
  const event = (uid: string, date: string, extra: string[]): string[] => {
    const lines = [
      'BEGIN:VEVENT',
      `UID:${uid}@sasaeai`,
      `DTSTAMP:${opts.stamp}`,
      `DTSTART${at(date)}`,
    ];
    if (timed && rule.end) lines.push(`DTEND;TZID=Asia/Tokyo:${local(date, rule.end)}`);
    if (!timed) lines.push(`DTEND;VALUE=DATE:${compactDate(nextDay(date))}`);
    lines.push(...extra, `SUMMARY:${text(r.name)}`);
    lines.push(
      `DESCRIPTION:${text([...describeSchedule(r.schedule, 'ja'), r.description].filter(Boolean).join('\n'))}`,
    );
    lines.push(`LOCATION:${text(r.address || r.name)}`);
    if (r.location) lines.push(`GEO:${r.location[1]};${r.location[0]}`);
    const url = opts.placeUrl?.(r);
    if (url) lines.push(`URL:${url}`);
    lines.push('END:VEVENT');
    return lines;
  };
  if (rule.type === 'irregular') {
    // Every announced date the place meets on (closures applied), whatever the horizon.
    const held = (rule.dates ?? []).filter(
      (d) =>
        nextOccurrences(withClosures, d, { count: 1, horizonDays: 1, isHoliday: opts.isHoliday })
          .length === 1,
    );
    return [...new Set(held)]
      .sort()
      .flatMap((d) => event(`${r.id}-${index}-${compactDate(d)}`, d, []));
  }
  // Every date the rule names in the horizon, and those the place actually meets on.
  const named = nextOccurrences(ruleOnly, opts.from, {
    count: horizon * 2,
    horizonDays: horizon,
    isHoliday: () => false,
  });
  const first = named[0] ?? nextOccurrences(ruleOnly, opts.from, { count: 1, horizonDays: 800 })[0];
  if (!first) return [];
  const held = new Set(
    nextOccurrences(withClosures, opts.from, {
      count: horizon * 2,
      horizonDays: horizon,
      isHoliday: opts.isHoliday,
    }).map((o) => o.date),
  );
  const cancelled = named.filter((o) => !held.has(o.date)).map((o) => o.date);
  const extra = [`RRULE:${rruleOf(rule)}`];
  if (cancelled.length)
    extra.push(`EXDATE${at(cancelled[0]!).split(':')[0]}:${cancelled.map(value).join(',')}`);
  return event(`${r.id}-${index}`, first.date, extra);
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** `2026-04-01T00:00:00Z` → `20260401T000000Z`. */
function utcStamp(isoInstant: string): string {
  return new Date(isoInstant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * A VCALENDAR of the places' sessions (CRLF line ends, folded lines). Places are written in
 * the order given; a place without rules gives no event.
 */
export function toICalendar(resources: Resource[], options: ICalendarOptions): string {
  const opts = {
    ...options,
    horizonDays: options.horizonDays ?? 366,
    stamp: utcStamp(options.stamp ?? `${options.from}T00:00:00Z`),
    isHoliday: options.isHoliday ?? isJapaneseHoliday,
  };
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//sasaeai//支えあいマップ//JA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${text(options.name)}`,
    'X-WR-TIMEZONE:Asia/Tokyo',
    ...TOKYO_VTIMEZONE,
  ];
  for (const r of resources)
    r.schedule.rules.forEach((rule, i) => lines.push(...eventLines(r, rule, i, opts)));
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
