/**
 * A schedule in plain words, one line per rule plus its closures:
 * 「毎週水曜 10:00〜12:00」「第2・第4金曜 10:00〜11:30」「隔週火曜」「毎月15日」「祝日は休み」;
 * in English "Every Wednesday 10:00–12:00", "2nd and 4th Friday 10:00–11:30".
 * Pure; the words live here (not in the message files) because they are grammar, not labels.
 */
import { WEEKDAYS, type Schedule, type ScheduleRule, type Weekday } from './types';
import { WEEKDAY_JA } from './weekday-ja';
import { WEEKDAY_NAMES } from './weekday-names';

export type ScheduleLanguage = 'ja' | 'en';

const EN_DAY = WEEKDAY_NAMES.enLong;

function sortDays(days: Weekday[]): Weekday[] {
  return [...new Set(days)].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
}

function ordinal(n: number): string {
  if (n === -1) return 'last';
  const s =
    n % 10 === 1 && n !== 11
      ? 'st'
      : n % 10 === 2 && n !== 12
        ? 'nd'
        : n % 10 === 3 && n !== 13
          ? 'rd'
          : 'th';
  return `${n}${s}`;
}

function enList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

function time(rule: ScheduleRule, lang: ScheduleLanguage): string {
  if (!rule.start) return '';
  const dash = lang === 'ja' ? '〜' : '–';
  return ` ${rule.start}${rule.end ? `${dash}${rule.end}` : ''}`;
}

/** One rule as a phrase, e.g. 「第2・第4金曜 10:00〜11:30」. */
function describeRule(rule: ScheduleRule, lang: ScheduleLanguage): string {
  switch (rule.type) {
    case 'weekly': {
      const days = sortDays(rule.weekdays);
      const interval = rule.intervalWeeks ?? 1;
      if (lang === 'ja') {
        const prefix = interval === 2 ? '隔週' : interval > 2 ? `${interval}週ごと` : '毎週';
        return `${prefix}${days.map((d) => WEEKDAY_JA[d]).join('・')}曜${time(rule, lang)}`;
      }
      const prefix =
        interval === 2 ? 'Every other' : interval > 2 ? `Every ${interval} weeks on` : 'Every';
      return `${prefix} ${enList(days.map((d) => EN_DAY[d]))}${time(rule, lang)}`;
    }
    case 'monthly_nth': {
      const days = sortDays(rule.weekdays);
      const nths = [...new Set(rule.nth)].sort((a, b) => (a === -1 ? 99 : a) - (b === -1 ? 99 : b));
      if (lang === 'ja') {
        const n = nths.map((x) => (x === -1 ? '最終' : `第${x}`)).join('・');
        return `${n}${days.map((d) => WEEKDAY_JA[d]).join('・')}曜${time(rule, lang)}`;
      }
      return `${enList(nths.map(ordinal))} ${enList(days.map((d) => EN_DAY[d]))} of the month${time(rule, lang)}`;
    }
    case 'monthly_day': {
      const days = [...new Set(rule.days)].sort((a, b) => a - b);
      if (lang === 'ja') return `毎月${days.map((d) => `${d}日`).join('・')}${time(rule, lang)}`;
      return `Monthly on the ${enList(days.map(ordinal))}${time(rule, lang)}`;
    }
    case 'irregular': {
      const note = rule.note || (lang === 'ja' ? '不定期' : 'Irregular');
      return `${note}${time(rule, lang)}`;
    }
  }
}

function monthDay(mmdd: string, lang: ScheduleLanguage): string {
  const [m = 0, d = 0] = mmdd.split('-').map(Number);
  if (lang === 'ja') return `${m}月${d}日`;
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  return `${d} ${months[m - 1] ?? ''}`;
}

/**
 * The schedule as lines of plain text: each rule, then "closed on public holidays", each
 * closed period, and the free-text note. Empty rules give one line saying so.
 */
export function describeSchedule(schedule: Schedule, lang: ScheduleLanguage): string[] {
  const lines = schedule.rules.map((r) => describeRule(r, lang));
  if (lines.length === 0) lines.push(lang === 'ja' ? '日時は未定です' : 'No dates set');
  if (schedule.closedOnPublicHolidays)
    lines.push(lang === 'ja' ? '祝日は休み' : 'Closed on public holidays');
  for (const p of schedule.closedPeriods) {
    const range = `${monthDay(p.from, lang)}${lang === 'ja' ? '〜' : '–'}${monthDay(p.to, lang)}`;
    const note = p.note ? (lang === 'ja' ? `（${p.note}）` : ` (${p.note})`) : '';
    lines.push(lang === 'ja' ? `休み：${range}${note}` : `Closed ${range}${note}`);
  }
  if (schedule.note) lines.push(schedule.note);
  return lines;
}
