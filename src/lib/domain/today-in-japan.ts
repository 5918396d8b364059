/**
 * Today's date in Japan as YYYY-MM-DD: the clock shifted by 9 hours (Japan has no daylight
 * saving), so the answer never depends on the machine's time zone. The server hooks compute
 * the same (pb_hooks/lib/helpers.js todayJst).
 * @param now the instant (default: now)
 */
export function todayInJapan(now: Date = new Date()): string {
  return new Date(now.getTime() + 9 * 3600 * 1000).toISOString().slice(0, 10);
}
