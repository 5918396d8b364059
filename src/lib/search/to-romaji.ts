/**
 * Modified Hepburn romaji from a stored kana reading (hiragana or katakana), for the English
 * mode: 「やなぎまち」 → "Yanagimachi", 「ちゅうおうちょう」 → "Chūōchō".
 *
 * The rules a reader of signs and maps expects (as on Japanese road signs and station names):
 * - long vowels take a macron: おう / おお → ō, うう → ū, and the katakana mark ー lengthens
 *   the vowel before it (ああ, いい and えい stay as written, as Hepburn has them);
 * - small っ doubles the next consonant (っか → kka), and っち becomes tchi;
 * - ん is m before b, m and p (しんばし → Shimbashi), n' before a vowel or y (きんえん →
 *   Kin'en), otherwise n;
 * - the yōon ゃゅょ join the consonant (きょ → kyo, しゃ → sha, ちゅ → chu, じょ → jo);
 * - は, へ and を in names are read as written (ha, he, o); ・ between words becomes a space.
 * Each white-space-separated word is capitalised. Characters that are not kana (kanji left in
 * a reading, digits, Latin) pass through unchanged, so nothing is guessed. Pure.
 */
export function toRomaji(kana: string): string {
  // The middle dot between words of a katakana name reads as a space (サロン・ド → Saron Do).
  const text = toHiragana(kana.normalize('NFKC')).replace(/[・･]/g, ' ');
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === 'っ') {
      const next = syllableAt(text, i + 1);
      if (next) out += next.romaji.startsWith('ch') ? 't' : next.romaji[0];
      continue;
    }
    if (ch === 'ん') {
      const next = syllableAt(text, i + 1)?.romaji ?? '';
      out += /^[bmp]/.test(next) ? 'm' : /^[aiueoy]/.test(next) ? "n'" : 'n';
      continue;
    }
    if (ch === 'ー') {
      out = lengthenLast(out);
      continue;
    }
    const syllable = syllableAt(text, i);
    if (!syllable) {
      out += ch;
      continue;
    }
    i += syllable.length - 1;
    const vowel = out.at(-1);
    // おう, おお and うう are one long vowel; a following う after an o-syllable lengthens it.
    if (syllable.romaji === 'u' && (vowel === 'o' || vowel === 'u')) out = lengthenLast(out);
    else if (syllable.romaji === 'o' && vowel === 'o') out = lengthenLast(out);
    else out += syllable.romaji;
  }
  return out.replace(
    /(^|\s)(\p{Ll})/gu,
    (_, space: string, first: string) => space + first.toUpperCase(),
  );
}

const MACRON: Record<string, string> = { a: 'ā', i: 'ī', u: 'ū', e: 'ē', o: 'ō' };

/** Replaces the last vowel of `romaji` with its long form (no change after a consonant). */
function lengthenLast(romaji: string): string {
  const last = romaji.at(-1) ?? '';
  return last in MACRON ? romaji.slice(0, -1) + MACRON[last] : romaji;
}

function toHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/** The kana syllable at `i` (two characters for a yōon such as きゃ), or null. */
function syllableAt(text: string, i: number): { romaji: string; length: number } | null {
  const pair = text.slice(i, i + 2);
  if (pair.length === 2 && YOON[pair]) return { romaji: YOON[pair], length: 2 };
  const single = KANA[text[i] ?? ''];
  return single ? { romaji: single, length: 1 } : null;
}

/** Hepburn for each single kana (small vowels as in ふぁ are read on their own: fua). */
const KANA: Record<string, string> = {
  あ: 'a',
  い: 'i',
  う: 'u',
  え: 'e',
  お: 'o',
  か: 'ka',
  き: 'ki',
  く: 'ku',
  け: 'ke',
  こ: 'ko',
  が: 'ga',
  ぎ: 'gi',
  ぐ: 'gu',
  げ: 'ge',
  ご: 'go',
  さ: 'sa',
  し: 'shi',
  す: 'su',
  せ: 'se',
  そ: 'so',
  ざ: 'za',
  じ: 'ji',
  ず: 'zu',
  ぜ: 'ze',
  ぞ: 'zo',
  た: 'ta',
  ち: 'chi',
  つ: 'tsu',
  て: 'te',
  と: 'to',
  だ: 'da',
  ぢ: 'ji',
  づ: 'zu',
  で: 'de',
  ど: 'do',
  な: 'na',
  に: 'ni',
  ぬ: 'nu',
  ね: 'ne',
  の: 'no',
  は: 'ha',
  ひ: 'hi',
  ふ: 'fu',
  へ: 'he',
  ほ: 'ho',
  ば: 'ba',
  び: 'bi',
  ぶ: 'bu',
  べ: 'be',
  ぼ: 'bo',
  ぱ: 'pa',
  ぴ: 'pi',
  ぷ: 'pu',
  ぺ: 'pe',
  ぽ: 'po',
  ま: 'ma',
  み: 'mi',
  む: 'mu',
  め: 'me',
  も: 'mo',
  や: 'ya',
  ゆ: 'yu',
  よ: 'yo',
  ら: 'ra',
  り: 'ri',
  る: 'ru',
  れ: 're',
  ろ: 'ro',
  わ: 'wa',
  ゐ: 'i',
  ゑ: 'e',
  を: 'o',
  ゔ: 'vu',
  ぁ: 'a',
  ぃ: 'i',
  ぅ: 'u',
  ぇ: 'e',
  ぉ: 'o',
  ゃ: 'ya',
  ゅ: 'yu',
  ょ: 'yo',
  ゎ: 'wa',
};

/** The yōon (a consonant kana with a small ゃ, ゅ or ょ) and the loanword digraphs. */
const YOON: Record<string, string> = {
  きゃ: 'kya',
  きゅ: 'kyu',
  きょ: 'kyo',
  ぎゃ: 'gya',
  ぎゅ: 'gyu',
  ぎょ: 'gyo',
  しゃ: 'sha',
  しゅ: 'shu',
  しょ: 'sho',
  じゃ: 'ja',
  じゅ: 'ju',
  じょ: 'jo',
  ちゃ: 'cha',
  ちゅ: 'chu',
  ちょ: 'cho',
  ぢゃ: 'ja',
  ぢゅ: 'ju',
  ぢょ: 'jo',
  にゃ: 'nya',
  にゅ: 'nyu',
  にょ: 'nyo',
  ひゃ: 'hya',
  ひゅ: 'hyu',
  ひょ: 'hyo',
  びゃ: 'bya',
  びゅ: 'byu',
  びょ: 'byo',
  ぴゃ: 'pya',
  ぴゅ: 'pyu',
  ぴょ: 'pyo',
  みゃ: 'mya',
  みゅ: 'myu',
  みょ: 'myo',
  りゃ: 'rya',
  りゅ: 'ryu',
  りょ: 'ryo',
  // loanword digraphs with a small vowel (katakana names of cafés and clubs)
  ふぁ: 'fa',
  ふぃ: 'fi',
  ふぇ: 'fe',
  ふぉ: 'fo',
  てぃ: 'ti',
  でぃ: 'di',
  とぅ: 'tu',
  どぅ: 'du',
  うぃ: 'wi',
  うぇ: 'we',
  うぉ: 'wo',
  ゔぁ: 'va',
  ゔぃ: 'vi',
  ゔぇ: 've',
  ゔぉ: 'vo',
  しぇ: 'she',
  ちぇ: 'che',
  じぇ: 'je',
};
