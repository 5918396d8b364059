/**
 * 全国地方公共団体コード (the national local government code, JIS X 0401 + X 0402) of a city,
 * ward, town or village: 2 digits of prefecture (01–47), 3 of municipality, and optionally a
 * 6th check digit.
 *
 * The check digit: multiply the five digits by 6, 5, 4, 3, 2, sum, take the remainder by 11,
 * subtract it from 11 and keep the last digit (remainder 0 → 1, remainder 1 → 0). E.g. 高崎市
 * 10202: 1·6 + 0·5 + 2·4 + 0·3 + 2·2 = 18, 18 mod 11 = 7, 11 − 7 = 4 → 102024.
 */

/** The check digit (one character, '0'–'9') of a five-digit code. @throws RangeError otherwise. */
export function localGovernmentCheckDigit(code5: string): string {
  if (!/^\d{5}$/.test(code5))
    throw new RangeError(`localGovernmentCheckDigit: expected five digits, got "${code5}"`);
  const weights = [6, 5, 4, 3, 2];
  const sum = weights.reduce((s, w, i) => s + w * Number(code5[i]), 0);
  return String((11 - (sum % 11)) % 10);
}

/** Why a code is not a municipality's: each names the part that is wrong. */
export type LocalGovernmentCodeProblem =
  | { kind: 'format' }
  | { kind: 'prefecture'; prefecture: string }
  | { kind: 'prefectureItself' }
  | { kind: 'checkDigit'; given: string; expected: string };

export type ParsedLocalGovernmentCode =
  | {
      ok: true;
      /** the five-digit code (without check digit), as imports store it */ code5: string;
      /** the six-digit code */ code6: string;
    }
  | { ok: false; problem: LocalGovernmentCodeProblem };

/**
 * Checks a municipality's code given as 5 digits or 6 digits with the check digit (spaces
 * around it are ignored; full-width digits are not accepted). A 6-digit code whose last digit
 * is not its check digit is refused: it is most likely mistyped.
 */
export function parseLocalGovernmentCode(text: string): ParsedLocalGovernmentCode {
  const s = text.trim();
  if (!/^\d{5,6}$/.test(s)) return { ok: false, problem: { kind: 'format' } };
  const code5 = s.slice(0, 5);
  const prefecture = s.slice(0, 2);
  const p = Number(prefecture);
  if (p < 1 || p > 47) return { ok: false, problem: { kind: 'prefecture', prefecture } };
  if (s.slice(2, 5) === '000') return { ok: false, problem: { kind: 'prefectureItself' } };
  const expected = localGovernmentCheckDigit(code5);
  if (s.length === 6 && s[5] !== expected)
    return { ok: false, problem: { kind: 'checkDigit', given: s[5]!, expected } };
  return { ok: true, code5, code6: code5 + expected };
}
