/**
 * Levenshtein distance between two strings, counted in UTF-16 code units (every kana and
 * common kanji is one unit; a rare surrogate-pair kanji counts as two, which only makes two
 * such names look slightly further apart).
 *
 * Used on names already passed through `normalizeJapanese`, to suggest a town for a mapping
 * row that matches none (「旭1丁目」 → 「旭一丁目」) and to find near-identical place names.
 *
 * O(a·b) time, O(min(a, b)) memory. `max` stops early: once every cell of a row exceeds it the
 * result is `max + 1` (callers only ask "within `max` edits?").
 *
 * @example editDistance('京が島', '京島') // 1
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (a.length < b.length) [a, b] = [b, a];
  if (b.length === 0) return Math.min(a.length, max + 1);
  if (a.length - b.length > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length]!, max + 1);
}
