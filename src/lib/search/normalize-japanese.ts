/**
 * The one Japanese text normaliser, used for both the search index and the query, so that
 * the ways people type the same word compare equal:
 *
 * - NFKC: full-width ASCII/digits and half-width katakana become their standard forms
 *   (ｻﾛﾝ → サロン, ＡＢＣ１ → abc1 after lower-casing);
 * - katakana → hiragana (サロン → さろん), so a reading typed in either script matches;
 * - small-ke variants in place names: ヶ, ケ, ヵ, ゖ and が between kanji all become が
 *   (京ヶ島 / 京ケ島 / 京が島 → 京が島);
 * - long-vowel marks and dashes are dropped (カフェー / かふぇ → かふぇ), as are
 *   middle dots and other punctuation that readers skip (・「」『』（）, etc.);
 * - Latin letters are lower-cased; runs of white space (ASCII or 全角) collapse to one space.
 *
 * Pure and allocation-light: it runs per keystroke and over every record at index time.
 */
export function normalizeJapanese(text: string): string {
  const s = text.normalize('NFKC').toLowerCase();
  // Works on UTF-16 code units: every character this function changes is in the BMP, and
  // surrogate pairs (rare kanji, emoji) pass through unchanged.
  const out: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    let code = s.charCodeAt(i);
    if (isSpace(code)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (DROPPED.has(code)) continue;
    if (SMALL_KE.has(code) && isKanji(s.charCodeAt(i - 1)) && isKanji(s.charCodeAt(i + 1))) {
      code = GA;
    } else if (code >= 0x30a1 && code <= 0x30f6) {
      // Katakana → hiragana: the blocks are 0x60 apart; ヵ/ヶ fold to plain か/け.
      code = code === 0x30f5 ? 0x304b : code === 0x30f6 ? 0x3051 : code - 0x60;
    }
    if (pendingSpace) {
      out.push(0x20);
      pendingSpace = false;
    }
    out.push(code);
  }
  let result = '';
  for (let i = 0; i < out.length; i += CHUNK) result += String.fromCharCode(...out.slice(i, i + CHUNK));
  return result;
}

/** Code units per String.fromCharCode call (well under engines' argument limits). */
const CHUNK = 4096;
const GA = 0x304c; // が

/** Characters readers skip: long-vowel marks, dashes, middle dots, brackets, quotes. */
const DROPPED = new Set(Array.from('ーｰ‐-‑–—―−～〜・･「」『』()（）[]［］【】〈〉《》"\'“”‘’、。,.!！?？', (c) => c.charCodeAt(0)));

/** The small "ke" written in place names (京ヶ島), in all its spellings. */
const SMALL_KE = new Set(Array.from('ヶケヵゖが', (c) => c.charCodeAt(0)));

function isSpace(c: number): boolean {
  // The characters /\s/ matches; NFKC has already turned most of the exotic ones into 0x20.
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x3000 ||
    c === 0xa0 ||
    c === 0x85 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0xfeff
  );
}

function isKanji(c: number): boolean {
  // NaN (outside the string) compares false everywhere.
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3005; // 々
}
