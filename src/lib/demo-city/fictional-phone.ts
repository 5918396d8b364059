/**
 * Phone numbers for the demo that can never ring anyone.
 *
 * Landlines use area code 0270 with the exchange 00 (`0270-00-xxxx`); mobiles use
 * `090-0000-xxxx`. Japanese subscriber numbers never start with 0, so neither pattern is
 * assignable, yet both look right on screen and in print.
 *
 * @param kind 'landline' or 'mobile'
 * @param n 0–9999, the last four digits (taken modulo 10000)
 */
export function fictionalPhone(kind: 'landline' | 'mobile', n: number): string {
  const last = String(Math.abs(Math.trunc(n)) % 10000).padStart(4, '0');
  return kind === 'landline' ? `0270-00-${last}` : `090-0000-${last}`;
}
