/**
 * One district-diagnosis value as text (the profile's 地域診断 and the ranking on /councils):
 * shares as percentages with one decimal (「31.2%」), places per 1,000 aged 65+ with one
 * decimal and the unit (「6.7か所」), unknown as 「データなし」.
 */
import type { DistrictIndicator } from '$lib/geo/district-indicators';

export interface IndicatorWords {
  /** BCP 47 tag for the numbers, e.g. 'ja-JP'. */
  intlTag: string;
  /** Shown for an unknown value. */
  noData: string;
  /** The per-1,000 template with `{value}`, e.g. '{value}か所'. */
  perThousand: string;
}

/** @param value a share in 0–1, or places per 1,000 aged 65+; null = unknown */
export function formatIndicator(
  indicator: DistrictIndicator,
  value: number | null,
  words: IndicatorWords,
): string {
  if (value === null) return words.noData;
  const oneDecimal = new Intl.NumberFormat(words.intlTag, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  if (indicator === 'placesPer1000')
    return words.perThousand.replace('{value}', oneDecimal.format(value));
  return `${oneDecimal.format(value * 100)}%`;
}
