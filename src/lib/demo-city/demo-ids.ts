/**
 * Deterministic, readable record ids for the demo dataset.
 *
 * PocketBase ids are exactly 15 characters of `[a-z0-9]`. The demo uses a short letter
 * prefix naming the collection and a zero-padded counter (`res000000000042`), so an id in
 * a log or a URL says what it is, and the same seed always produces the same ids.
 */

/** Length PocketBase requires for record ids. */
export const ID_LENGTH = 15;

/**
 * Builds a 15-character id from a prefix and a counter.
 *
 * @param prefix 1–6 lowercase letters naming the collection ('res', 'area', 'org'…)
 * @param n counter, 1 or more; must fit in the digits left after the prefix
 * @throws RangeError when the prefix is not lowercase letters or the counter does not fit
 */
export function demoId(prefix: string, n: number): string {
  if (!/^[a-z]{1,6}$/.test(prefix)) throw new RangeError(`demoId: bad prefix '${prefix}'`);
  const digits = ID_LENGTH - prefix.length;
  if (!Number.isInteger(n) || n < 0 || String(n).length > digits) {
    throw new RangeError(`demoId: counter ${n} does not fit after '${prefix}'`);
  }
  return prefix + String(n).padStart(digits, '0');
}
