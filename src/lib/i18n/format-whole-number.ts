/**
 * A whole number with thousands separators (1500 → 「1,500」): what
 * `Intl.NumberFormat('ja-JP' | 'en-GB')` writes for it, without building that formatter (ICU
 * data: milliseconds on an old phone, on the residents' first list; issue #13). Anything but a
 * safe whole number goes to Intl, so the output is always Intl's.
 */
export function formatWholeNumber(n: number, intlTag: string): string {
  if (!Number.isSafeInteger(n)) return new Intl.NumberFormat(intlTag).format(n);
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
