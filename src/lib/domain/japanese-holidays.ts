/**
 * Japanese national holidays (国民の祝日), computed offline from the Act on National
 * Holidays: fixed dates, Happy Monday rules, the equinox formulas, substitute holidays
 * (振替休日) and sandwiched "citizens' holidays" (国民の休日).
 *
 * Valid for 2000–2099 (the equinox formula's range; earlier rules are not modelled). The
 * Cabinet announces each equinox date a year ahead; the formula matches every announced
 * date of this century. One-off holidays (2019 enthronement, the 2020/2021 Olympic moves)
 * are included. Pure; no time-zone dependence (see iso-date.ts).
 */
import { isoDate, isoToDayNumber, dayNumberToIso, isoWeekday } from './iso-date';

/** ISO date → holiday name (Japanese). */
export type HolidayMap = Map<string, string>;

function nthMonday(year: number, month: number, nth: number): string {
  const firstDow = isoWeekday(isoDate(year, month, 1));
  const firstMonday = 1 + ((8 - firstDow) % 7);
  return isoDate(year, month, firstMonday + (nth - 1) * 7);
}

/** 春分日 (vernal equinox day), 1980–2099. */
function vernalEquinoxDay(year: number): number {
  return Math.floor(20.8431 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4));
}

/** 秋分日 (autumnal equinox day), 1980–2099. */
function autumnalEquinoxDay(year: number): number {
  return Math.floor(23.2488 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4));
}

const cache = new Map<number, HolidayMap>();

/**
 * All national holidays of `year`, including 振替休日 and 国民の休日, sorted by date.
 * @returns a new Map each call's caller may read but must not mutate (it is cached).
 */
export function japaneseHolidays(year: number): HolidayMap {
  const hit = cache.get(year);
  if (hit) return hit;
  const base: [string, string][] = [];
  const add = (iso: string, name: string) => base.push([iso, name]);

  add(isoDate(year, 1, 1), '元日');
  add(year >= 2000 ? nthMonday(year, 1, 2) : isoDate(year, 1, 15), '成人の日');
  add(isoDate(year, 2, 11), '建国記念の日');
  if (year >= 2020) add(isoDate(year, 2, 23), '天皇誕生日');
  add(isoDate(year, 3, vernalEquinoxDay(year)), '春分の日');
  add(isoDate(year, 4, 29), year >= 2007 ? '昭和の日' : 'みどりの日');
  add(isoDate(year, 5, 3), '憲法記念日');
  if (year >= 2007) add(isoDate(year, 5, 4), 'みどりの日');
  add(isoDate(year, 5, 5), 'こどもの日');
  if (year === 2020) add('2020-07-23', '海の日');
  else if (year === 2021) add('2021-07-22', '海の日');
  else add(year >= 2003 ? nthMonday(year, 7, 3) : isoDate(year, 7, 20), '海の日');
  if (year === 2020) add('2020-08-10', '山の日');
  else if (year === 2021) add('2021-08-08', '山の日');
  else if (year >= 2016) add(isoDate(year, 8, 11), '山の日');
  add(year >= 2003 ? nthMonday(year, 9, 3) : isoDate(year, 9, 15), '敬老の日');
  add(isoDate(year, 9, autumnalEquinoxDay(year)), '秋分の日');
  const sportsName = year >= 2020 ? 'スポーツの日' : '体育の日';
  if (year === 2020) add('2020-07-24', sportsName);
  else if (year === 2021) add('2021-07-23', sportsName);
  else add(nthMonday(year, 10, 2), sportsName);
  add(isoDate(year, 11, 3), '文化の日');
  add(isoDate(year, 11, 23), '勤労感謝の日');
  if (year < 2019 && year >= 1989) add(isoDate(year, 12, 23), '天皇誕生日');
  if (year === 2019) {
    add('2019-05-01', '天皇の即位の日');
    add('2019-10-22', '即位礼正殿の儀の行われる日');
  }

  const map: HolidayMap = new Map(base);
  // 国民の休日: a weekday (not Sunday, not a holiday) between two holidays is a holiday.
  for (const [iso] of base) {
    const next = dayNumberToIso(isoToDayNumber(iso) + 2);
    const between = dayNumberToIso(isoToDayNumber(iso) + 1);
    if (map.has(next) && !map.has(between) && isoWeekday(between) !== 0)
      map.set(between, '国民の休日');
  }
  // 振替休日: a holiday on a Sunday moves to the next day that is not a holiday.
  for (const [iso] of [...map]) {
    if (isoWeekday(iso) !== 0) continue;
    let d = isoToDayNumber(iso) + 1;
    while (map.has(dayNumberToIso(d))) d++;
    map.set(dayNumberToIso(d), '休日');
  }
  const sorted: HolidayMap = new Map([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  cache.set(year, sorted);
  return sorted;
}

/** True when the ISO date is a Japanese national holiday (incl. 振替休日・国民の休日). */
export function isJapaneseHoliday(iso: string): boolean {
  return japaneseHolidays(Number(iso.slice(0, 4))).has(iso);
}
