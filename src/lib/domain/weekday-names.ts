/**
 * The one table of weekday names, short and long, in Japanese and English: the UI's enums
 * (src/lib/i18n/ja.ts, en.ts), the schedule describer and the CSV exports read it, so a
 * weekday is spelled the same everywhere (the short Japanese form is what 「毎週水曜」 and the
 * open-data 曜日 column write).
 */
import type { Weekday } from './types';

export const WEEKDAY_NAMES = {
  /** 日 月 火 … (before 曜 in a schedule, alone in a table). */
  ja: { sun: '日', mon: '月', tue: '火', wed: '水', thu: '木', fri: '金', sat: '土' },
  /** 日曜日 月曜日 … */
  jaLong: {
    sun: '日曜日',
    mon: '月曜日',
    tue: '火曜日',
    wed: '水曜日',
    thu: '木曜日',
    fri: '金曜日',
    sat: '土曜日',
  },
  /** Sun Mon Tue … */
  en: { sun: 'Sun', mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat' },
  /** Sunday Monday … */
  enLong: {
    sun: 'Sunday',
    mon: 'Monday',
    tue: 'Tuesday',
    wed: 'Wednesday',
    thu: 'Thursday',
    fri: 'Friday',
    sat: 'Saturday',
  },
} as const satisfies Record<string, Record<Weekday, string>>;
