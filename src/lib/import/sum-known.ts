/**
 * Sum of the known counts (null = unknown); null when there are some and none is known, 0 for
 * an empty list (no towns: nobody, known).
 */
export function sumKnown(counts: readonly (number | null)[]): number | null {
  let sum = 0;
  let known = counts.length === 0;
  for (const n of counts) {
    if (n === null) continue;
    sum += n;
    known = true;
  }
  return known ? sum : null;
}
