/** Bit masks over 32-bit words, for the coverage bit rasters. */

/** Mask of bits lo..hi (0–31) of a word. */
export function bitSpan(lo: number, hi: number): number {
  return (-1 << lo) & (-1 >>> (31 - hi));
}
