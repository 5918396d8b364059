/**
 * Kana readings for names that have none (e-Stat towns, GSI shelters, most 公共施設一覧), so that
 * a resident typing 「なかがわ」 finds 中川長寿センター. The reading comes from a morphological
 * analyser (kuromoji with its bundled IPADIC dictionary, `@sglkc/kuromoji`), loaded by the caller:
 * in Node by `src/cli/load-reading-generator.ts`, in the browser by the admin import page. This
 * module only turns the analyser's tokens into a hiragana reading, so it stays pure.
 *
 * A generated reading is a best guess (八幡町 is read やはたまち, the city says やわたまち): it is
 * stored with `nameKanaGenerated` so a coordinator sees and corrects it.
 */

/** One token as kuromoji gives it: the surface text and, for dictionary words, a katakana reading. */
export interface ReadingToken {
  surface_form: string;
  /** Katakana; absent (or '*') for unknown words. */
  reading?: string;
}

/** The part of a kuromoji tokenizer this module uses. */
export interface ReadingTokenizer {
  tokenize(text: string): ReadingToken[];
}

/** A name → its hiragana reading, or '' when it cannot be read (e.g. a kanji the dictionary lacks). */
export type ReadingGenerator = (name: string) => string;

const KANJI = /[\u3400-\u9fff\uf900-\ufaff々〆ヵヶ]/;

/** Katakana → hiragana (ァ–ヶ; the long-vowel mark ー stays). */
export function katakanaToHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/g, (c) => {
    const code = c.charCodeAt(0);
    return String.fromCharCode(code === 0x30f5 ? 0x304b : code === 0x30f6 ? 0x3051 : code - 0x60);
  });
}

/**
 * The hiragana reading of tokens: each token's reading, or its surface when it has none (kana,
 * digits, Latin letters read as written). '' when a token with kanji has no reading: half a
 * reading with kanji in it would show as broken furigana.
 */
export function readingOfTokens(tokens: readonly ReadingToken[]): string {
  let out = '';
  for (const t of tokens) {
    const reading = t.reading && t.reading !== '*' ? t.reading : '';
    if (!reading && KANJI.test(t.surface_form)) return '';
    out += reading || t.surface_form;
  }
  return katakanaToHiragana(out)
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
}

/**
 * A generator over a loaded tokenizer. Names are read after NFKC (全角 digits and half-width
 * katakana read like their standard forms); results are cached, since towns and places repeat
 * names (公民館, 集会所).
 */
export function createReadingGenerator(tokenizer: ReadingTokenizer): ReadingGenerator {
  const cache = new Map<string, string>();
  return (name: string): string => {
    const text = name.normalize('NFKC').trim();
    if (!text) return '';
    let r = cache.get(text);
    if (r === undefined) {
      r = readingOfTokens(tokenizer.tokenize(text));
      cache.set(text, r);
    }
    return r;
  };
}

/** A reading and whether it was generated. */
export interface Reading {
  nameKana: string;
  nameKanaGenerated: boolean;
}

/**
 * The reading an imported record gets:
 * 1. the file's reading, when it gives one (not generated);
 * 2. else what the record already has, for the same name (a coordinator's correction, or the
 *    reading generated last time, so a re-import changes nothing);
 * 3. else a generated one (flagged), or '' without a generator.
 * A record renamed in the file keeps a reading a person gave, but gets a new generated one.
 */
export function resolveReading(
  given: string,
  name: string,
  stored: { name: string; nameKana: string; nameKanaGenerated: boolean } | undefined,
  generate?: ReadingGenerator,
): Reading {
  const kana = given.trim();
  if (kana) return { nameKana: kana, nameKanaGenerated: false };
  if (stored?.nameKana && (stored.name === name || !stored.nameKanaGenerated)) {
    return { nameKana: stored.nameKana, nameKanaGenerated: stored.nameKanaGenerated };
  }
  const generated = generate ? generate(name) : '';
  return { nameKana: generated, nameKanaGenerated: generated !== '' };
}
