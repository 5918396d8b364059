/**
 * Reads one row of a 通いの場 list in the 介護サービス事業所一覧 layout (`KAYOINOBA_COLUMNS`, see
 * `src/lib/export/to-kayoinoba-csv.ts` for the layout and its source): the schedule from the
 * plain-Japanese lines of 利用可能曜日特記事項, and 参加費 / 対象 / 申込 / 位置 / 内容 from 備考.
 *
 * It is the inverse of the export's wording, so our own file reads back to the same records.
 * A file written by someone else is read as far as its words match: a line that is no schedule
 * phrase becomes part of the schedule note, a 備考 that does not start with our labels is the
 * description, and 利用可能曜日 gives an every-week rule when no line names a rule.
 */
import {
  WEEKDAYS,
  type Booking,
  type ClosedPeriod,
  type Cost,
  type CostUnit,
  type Eligibility,
  type ResourceKind,
  type Schedule,
  type ScheduleRule,
  type Weekday,
} from '../domain/types';
import {
  APPROXIMATE_LOCATION_JA,
  BOOKING_JA,
  COST_AMOUNT_UNKNOWN_JA,
  COST_UNIT_JA,
  ELIGIBILITY_JA,
  REMARK_LABELS,
} from '../export/to-kayoinoba-csv';
import { emptySchedule } from '../domain/empty-schedule';
import { WEEKDAY_FROM_JA } from '../domain/weekday-ja';
import { KIND_JA } from '../export/to-open-data-csv';
import type { IssueList } from './import-issue';

/** What a kayoinoba row holds beyond a plain place row; a field the row does not give is absent. */
export interface PlaceDetails {
  kind?: ResourceKind;
  capacity?: number | null;
  cost?: Cost;
  eligibility?: Eligibility;
  booking?: Booking;
  /** 法人の名称: the organization running it ('' = none). */
  organizationName?: string;
  /** The point is the town's representative point (備考 「位置：…」). */
  locationApproximate?: boolean;
}

export interface KayoinobaRow {
  schedule: Schedule;
  description: string;
  details: PlaceDetails;
}

const DAYS = '([日月火水木金土](?:・[日月火水木金土])*)曜';
const TIME = '(?: (\\d{1,2}:\\d{2})(?:〜(\\d{1,2}:\\d{2}))?)?';
const JA_DATE = '(\\d{4})年(\\d{1,2})月(\\d{1,2})日';
const WEEKLY = new RegExp(`^(毎週|隔週|(\\d+)週ごと)${DAYS}${TIME}(?:（${JA_DATE}の週から）)?$`);
const NTH = new RegExp(`^((?:第\\d|最終)(?:・(?:第\\d|最終))*)${DAYS}${TIME}$`);
const MONTH_DAY = new RegExp(`^毎月(\\d{1,2}日(?:・\\d{1,2}日)*)${TIME}$`);
const IRREGULAR = /^不定期(?: (\d{1,2}:\d{2})(?:〜(\d{1,2}:\d{2}))?)?(?:（([^）]*)）)?(?:：(.*))?$/;
const PERIOD = /^休み：(\d{1,2})月(\d{1,2})日〜(\d{1,2})月(\d{1,2})日(?:（(.*)）)?$/;
const CLOSED_DATE = new RegExp(`^休み：${JA_DATE}$`);

const pad = (n: string | number) => String(n).padStart(2, '0');
const iso = (y: string, m: string, d: string) => `${y}-${pad(m)}-${pad(d)}`;
const days = (text: string): Weekday[] => {
  const set = new Set(text.split('・').map((c) => WEEKDAY_FROM_JA[c]!));
  return WEEKDAYS.filter((d) => set.has(d));
};
const times = (start?: string, end?: string) => ({ start: start ?? '', end: end ?? '' });

/** One schedule line as a rule, or null when it is not a rule phrase. */
function ruleOf(line: string): ScheduleRule | null {
  let m = WEEKLY.exec(line);
  if (m) {
    const interval = m[1] === '毎週' ? 1 : m[1] === '隔週' ? 2 : Number(m[2]);
    const rule: ScheduleRule = { type: 'weekly', weekdays: days(m[3]!), ...times(m[4], m[5]) };
    if (interval > 1) rule.intervalWeeks = interval;
    if (m[6]) rule.anchorDate = iso(m[6], m[7]!, m[8]!);
    return rule;
  }
  m = NTH.exec(line);
  if (m) {
    const nth = m[1]!.split('・').map((x) => (x === '最終' ? -1 : Number(x.slice(1))));
    return { type: 'monthly_nth', weekdays: days(m[2]!), nth, ...times(m[3], m[4]) };
  }
  m = MONTH_DAY.exec(line);
  if (m)
    return {
      type: 'monthly_day',
      days: m[1]!.split('・').map((x) => Number(x.replace('日', ''))),
      ...times(m[2], m[3]),
    };
  m = IRREGULAR.exec(line);
  if (m) {
    const rule: ScheduleRule = { type: 'irregular', note: m[4] ?? '' };
    if (m[1]) Object.assign(rule, times(m[1], m[2]));
    if (m[3]) {
      const dates = m[3].split('・').map((t) => new RegExp(`^${JA_DATE}$`).exec(t));
      if (dates.some((x) => !x)) return null;
      rule.dates = dates.map((x) => iso(x![1]!, x![2]!, x![3]!));
    }
    return rule;
  }
  return null;
}

/**
 * 利用可能曜日特記事項 → a schedule; `weekdays` (利用可能曜日, already parsed by the caller) give an
 * every-week rule without times when no line names a rule.
 */
export function parseKayoinobaSchedule(text: string, weekdays: Weekday[]): Schedule {
  const schedule = emptySchedule();
  const notes: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line === '') continue;
    const rule = ruleOf(line);
    if (rule) {
      schedule.rules.push(rule);
      continue;
    }
    if (line === '祝日は休み') {
      schedule.closedOnPublicHolidays = true;
      continue;
    }
    let m = PERIOD.exec(line);
    if (m) {
      const period: ClosedPeriod = {
        from: `${pad(m[1]!)}-${pad(m[2]!)}`,
        to: `${pad(m[3]!)}-${pad(m[4]!)}`,
      };
      if (m[5]) period.note = m[5];
      schedule.closedPeriods.push(period);
      continue;
    }
    m = CLOSED_DATE.exec(line);
    if (m) {
      schedule.closedDates.push(iso(m[1]!, m[2]!, m[3]!));
      continue;
    }
    notes.push(line);
  }
  schedule.note = notes.join('\n');
  if (schedule.rules.length === 0) {
    if (weekdays.length) schedule.rules.push({ type: 'weekly', weekdays, start: '', end: '' });
  }
  return schedule;
}

/** 「無料」「1回100円」「月額（金額の記載なし）、材料費」 → a cost; null when unreadable. */
export function parseCostText(text: string): Cost | null {
  const [head = '', ...rest] = text.split('、');
  const note = rest.join('、');
  if (head === COST_UNIT_JA.free) return { amountYen: 0, unit: 'free', note };
  for (const [unit, word] of Object.entries(COST_UNIT_JA) as Array<[CostUnit, string]>) {
    if (unit === 'free' || !head.startsWith(word)) continue;
    const amount = head.slice(word.length);
    if (amount === COST_AMOUNT_UNKNOWN_JA) return { amountYen: null, unit, note };
    const m = /^(\d+)円$/.exec(amount.normalize('NFKC').replace(/,/g, ''));
    if (m) return { amountYen: Number(m[1]), unit, note };
  }
  return null;
}

function reverse<K extends string>(labels: Record<K, string>, value: string): K | undefined {
  return (Object.entries(labels) as Array<[K, string]>).find(([, v]) => v === value)?.[0];
}

/**
 * One row (values keyed by column name, trimmed) → schedule, description and details.
 * `weekdays` is 利用可能曜日 as `parseWeekdays` read it. Unreadable values are warnings naming the row and column; the rest of the row is kept.
 */
export function readKayoinobaRow(
  values: Record<string, string>,
  row: number,
  issues: IssueList,
  weekdays: Weekday[],
): KayoinobaRow {
  const get = (column: string) => values[column] ?? '';
  const details: PlaceDetails = {};
  const kindText = get('実施サービス');
  const kind = reverse(KIND_JA, kindText);
  if (kind) details.kind = kind;
  details.organizationName = get('法人の名称');
  const capacityText = get('定員').normalize('NFKC');
  if (capacityText === '') details.capacity = null;
  else if (/^\d+$/.test(capacityText)) details.capacity = Number(capacityText);
  else {
    issues.warn(row, '定員', 'capacityNotNumber', { value: capacityText });
    details.capacity = null;
  }

  /** A labelled line's text read back through `labels`; a warning naming it when it is none of them. */
  const labelled = <K extends string>(text: string, labels: Record<K, string>, label: string) => {
    const value = reverse(labels, text);
    if (!value) {
      const allowed = Object.values<string>(labels).join('、');
      issues.warn(row, '備考', 'labelUnknown', { label, value: text, allowed });
    }
    return value;
  };

  // 備考: labelled lines first, then 内容 to the end; a 備考 without our labels is all description.
  let description = get('備考');
  const lines = description.split(/\r?\n/);
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith(REMARK_LABELS.description)) {
      description = [line.slice(REMARK_LABELS.description.length), ...lines.slice(i + 1)].join(
        '\n',
      );
      break;
    }
    if (line.startsWith(REMARK_LABELS.cost)) {
      const text = line.slice(REMARK_LABELS.cost.length);
      const cost = parseCostText(text);
      if (!cost) issues.warn(row, '備考', 'feeUnreadable', { value: text });
      details.cost = cost ?? { amountYen: null, unit: 'per_visit', note: text };
    } else if (line.startsWith(REMARK_LABELS.eligibility)) {
      const value = labelled(line.slice(REMARK_LABELS.eligibility.length), ELIGIBILITY_JA, '対象');
      if (value) details.eligibility = value;
    } else if (line.startsWith(REMARK_LABELS.booking)) {
      const value = labelled(line.slice(REMARK_LABELS.booking.length), BOOKING_JA, '申込');
      if (value) details.booking = value;
    } else if (line === `${REMARK_LABELS.location}${APPROXIMATE_LOCATION_JA}`) {
      details.locationApproximate = true;
    } else if (i === 0) {
      break; // not our wording: the whole 備考 is the description
    } else {
      description = lines.slice(i).join('\n');
      break;
    }
  }
  if (i === lines.length) description = '';
  return {
    schedule: parseKayoinobaSchedule(get('利用可能曜日特記事項'), weekdays),
    description,
    details,
  };
}
