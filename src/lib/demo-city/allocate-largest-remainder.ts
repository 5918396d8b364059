/**
 * Splits `total` into integer shares proportional to `weights` (largest remainder; ties to
 * the lower index), after giving the `fixed` entries (index, count) their fixed counts.
 * Entries of weight 0 get no remainder share.
 */
export function allocateLargestRemainder(
  total: number,
  weights: readonly number[],
  fixed: readonly (readonly [number, number])[],
): number[] {
  const counts = weights.map(() => 0);
  let left = total;
  for (const [i, n] of fixed) {
    counts[i] = n;
    left -= n;
  }
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (sum > 0 ? (left * w) / sum : 0));
  exact.forEach((e, i) => {
    counts[i] = (counts[i] ?? 0) + Math.floor(e);
  });
  let assigned = counts.reduce((s, c) => s + c, 0);
  const byRemainder = exact
    .map((e, i) => ({ i, r: e - Math.floor(e) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (assigned >= total) break;
    if ((weights[i] ?? 0) <= 0) continue;
    counts[i] = (counts[i] ?? 0) + 1;
    assigned++;
  }
  return counts;
}
