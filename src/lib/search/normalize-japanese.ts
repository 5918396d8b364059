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
  const nfkc = text.normalize('NFKC').toLowerCase();
  let out = '';
  let pendingSpace = false;
  const chars = Array.from(nfkc);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const code = ch.codePointAt(0)!;
    if (/\s/u.test(ch)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (DROPPED.has(ch)) continue;
    let mapped = ch;
    if (SMALL_KE.has(ch) && isKanji(chars[i - 1]) && isKanji(chars[i + 1])) {
      mapped = 'が';
    } else if (code >= 0x30a1 && code <= 0x30f6) {
      // Katakana → hiragana: the blocks are 0x60 apart. ヵ/ヶ map to ゕ/ゖ, then to か/け.
      mapped = String.fromCodePoint(code - 0x60);
      if (mapped === 'ゕ') mapped = 'か';
      if (mapped === 'ゖ') mapped = 'け';
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    out += mapped;
  }
  return out;
}

/** Characters readers skip: long-vowel marks, dashes, middle dots, brackets, quotes. */
const DROPPED = new Set(Array.from('ーｰ‐-‑–—―−～〜・･「」『』()（）[]［］【】〈〉《》"\'“”‘’、。,.!！?？'));

/** The small "ke" written in place names (京ヶ島), in all its spellings. */
const SMALL_KE = new Set(['ヶ', 'ケ', 'ヵ', 'ゖ', 'が']);

function isKanji(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.codePointAt(0)!;
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3005; // 々
}
