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
  // NFKC and lower-casing are the costly part; most index strings (kana, kanji, ASCII) are
  // already NFKC-stable, and then only ASCII A–Z can change, which the loop lower-cases itself.
  const s = isStable(text) ? text : text.normalize('NFKC').toLowerCase();
  // Works on UTF-16 code units: every character this function changes is in the BMP, and
  // surrogate pairs (rare kanji, emoji) pass through unchanged. Output goes to a reused
  // buffer; a string that needs no change is returned as it is (most names, at index time).
  if (buffer.length < s.length) buffer = new Uint16Array(Math.max(s.length, buffer.length * 2));
  const out = buffer;
  let len = 0;
  let changed = false;
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    let code = s.charCodeAt(i);
    const kind = KIND[code]!;
    if (kind !== KEEP) {
      if (kind === SPACE) {
        // Only a single 0x20 between two kept characters survives unchanged.
        if (code !== 0x20 || pendingSpace || len === 0) changed = true;
        pendingSpace = len > 0;
        continue;
      }
      if (kind === DROP) {
        changed = true;
        continue;
      }
      if (kind === UPPER) {
        code += 0x20;
        changed = true;
      } else if (kind === KE && isKanji(s.charCodeAt(i - 1)) && isKanji(s.charCodeAt(i + 1))) {
        code = GA;
      } else if (code >= 0x30a1 && code <= 0x30f6) {
        // Katakana → hiragana: the blocks are 0x60 apart; ヵ/ヶ fold to plain か/け.
        code = code === 0x30f5 ? 0x304b : code === 0x30f6 ? 0x3051 : code - 0x60;
      }
      if (code !== s.charCodeAt(i)) changed = true;
    }
    if (pendingSpace) {
      out[len++] = 0x20;
      pendingSpace = false;
    }
    out[len++] = code;
  }
  if (pendingSpace) changed = true; // trailing space dropped
  if (!changed && len === s.length) return s;
  let result = '';
  for (let i = 0; i < len; i += CHUNK)
    result += String.fromCharCode.apply(
      null,
      out.subarray(i, Math.min(len, i + CHUNK)) as unknown as number[],
    );
  return result;
}

let buffer = new Uint16Array(256);
/** Code units per String.fromCharCode call (well under engines' argument limits). */
const CHUNK = 4096;
const GA = 0x304c; // が

/** Characters readers skip: long-vowel marks, dashes, middle dots, brackets, quotes. */
const DROPPED = new Set(
  Array.from('ーｰ‐-‑–—―−～〜・･「」『』()（）[]［］【】〈〉《》"\'“”‘’、。,.!！?？', (c) =>
    c.charCodeAt(0),
  ),
);

/** The small "ke" written in place names (京ヶ島), in all its spellings. */
const SMALL_KE = new Set(Array.from('ヶケヵゖが', (c) => c.charCodeAt(0)));

const KEEP = 0;
const SPACE = 1;
const DROP = 2;
const KE = 3;
const KATAKANA = 4;
const UPPER = 5;
/** Per BMP code unit: what the loop does with it (a table beats Set lookups per character). */
const KIND = new Uint8Array(0x10000);
for (let c = 0x30a1; c <= 0x30f6; c++) KIND[c] = KATAKANA;
for (const c of SMALL_KE) KIND[c] = KE;
for (const c of DROPPED) KIND[c] = DROP;
for (let c = 0; c < 0x10000; c++) if (isSpace(c)) KIND[c] = SPACE;
for (let c = 0x41; c <= 0x5a; c++) KIND[c] = UPPER;

/**
 * Code units that NFKC leaves alone and that neither compose with a neighbour nor change case
 * (except ASCII A–Z): ASCII, 、。々「」『』, hiragana, katakana ァ–ヶ and ー, CJK unified ideographs.
 */
const STABLE = new Uint8Array(0x10000);
for (const [from, to] of [
  [0x00, 0x7f],
  [0x3001, 0x3002],
  [0x3005, 0x3005],
  [0x300c, 0x300f],
  [0x3041, 0x3096],
  [0x30a1, 0x30f6],
  [0x30fc, 0x30fc],
  [0x4e00, 0x9fff],
] as const) {
  for (let c = from; c <= to; c++) STABLE[c] = 1;
}

function isStable(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (STABLE[text.charCodeAt(i)] === 0) return false;
  return true;
}

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
