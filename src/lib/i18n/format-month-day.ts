/**
 * 「1月9日」 / "9 January" for an ISO date (YYYY-MM-DD): exactly what
 * `Intl.DateTimeFormat('ja-JP' | 'en-GB', { month: 'long', day: 'numeric' })` writes, without
 * building that formatter. Its first construction loads ICU's calendar data, which took about
 * 80 ms of the residents' first list on a 4× slowed CPU (issue #13, `npm run profile:web`);
 * the list needs only these two shapes. The test checks every day of a leap year against Intl.
 */
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function formatMonthDay(isoDate: string, lang: 'ja' | 'en'): string {
  const month = Number(isoDate.slice(5, 7));
  const day = Number(isoDate.slice(8, 10));
  return lang === 'ja' ? `${month}月${day}日` : `${day} ${EN_MONTHS[month - 1] ?? ''}`;
}
