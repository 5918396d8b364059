/**
 * Weekdays in Japanese, one character each (日 月 火 水 木 金 土): how schedules, the 通いの場
 * CSV and the open-data CSV write them (「水曜」「月・木」), and how the readers take them back.
 */
import { WEEKDAYS, type Weekday } from './types';
import { WEEKDAY_NAMES } from './weekday-names';

/** Weekday → its character: `wed` → 「水」 (the short Japanese names of the one weekday table). */
export const WEEKDAY_JA: Readonly<Record<Weekday, string>> = WEEKDAY_NAMES.ja;

/** Character → weekday: 「水」 → `wed`; any other text is not a key. */
export const WEEKDAY_FROM_JA: Readonly<Record<string, Weekday>> = Object.fromEntries(
  WEEKDAYS.map((d) => [WEEKDAY_JA[d], d]),
);

/** The week as Japanese lists write it, Monday first (WEEKDAYS is Sunday first, as Date.getDay()). */
export const WEEKDAYS_FROM_MONDAY: readonly Weekday[] = [...WEEKDAYS.slice(1), 'sun'];
