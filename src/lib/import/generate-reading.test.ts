import { describe, expect, it } from 'vitest';
import {
  createReadingGenerator,
  katakanaToHiragana,
  readingOfTokens,
  resolveReading,
  type ReadingTokenizer,
} from './generate-reading';

/** A tokenizer that knows a few words, as kuromoji would split them. */
const fake: ReadingTokenizer = {
  tokenize: (text) => {
    const dict: Record<string, string> = {
      中川: 'ナカガワ',
      長寿: 'チョウジュ',
      旭: 'アサヒ',
      丁目: 'チョウメ',
    };
    const out: { surface_form: string; reading?: string }[] = [];
    let rest = text;
    while (rest) {
      const word = Object.keys(dict).find((w) => rest.startsWith(w));
      if (word) {
        out.push({ surface_form: word, reading: dict[word] });
        rest = rest.slice(word.length);
      } else {
        out.push({ surface_form: rest[0]! });
        rest = rest.slice(1);
      }
    }
    return out;
  },
};

describe('readings', () => {
  it('turns katakana readings into hiragana and keeps kana, digits and the long-vowel mark as written', () => {
    expect(katakanaToHiragana('チョウジュセンター')).toBe('ちょうじゅせんたー');
    const read = createReadingGenerator(fake);
    expect(read('中川長寿センター')).toBe('なかがわちょうじゅせんたー');
    expect(read('旭１丁目')).toBe('あさひ1ちょうめ');
  });

  it('gives no reading rather than half of one when a kanji cannot be read', () => {
    expect(
      readingOfTokens([{ surface_form: '中川', reading: 'ナカガワ' }, { surface_form: '鬮' }]),
    ).toBe('');
    expect(createReadingGenerator(fake)('倉渕')).toBe('');
  });

  it("prefers the file's reading, then the stored one for the same name, then a generated one (flagged)", () => {
    const gen = () => 'なかがわ';
    expect(resolveReading('ナカガワ', '中川', undefined, gen)).toEqual({
      nameKana: 'ナカガワ',
      nameKanaGenerated: false,
    });
    expect(resolveReading('', '中川', undefined, gen)).toEqual({
      nameKana: 'なかがわ',
      nameKanaGenerated: true,
    });
    expect(resolveReading('', '中川', undefined)).toEqual({
      nameKana: '',
      nameKanaGenerated: false,
    });
    // A coordinator's correction survives a re-import of a file without readings.
    const corrected = { name: '中川', nameKana: 'なかごう', nameKanaGenerated: false };
    expect(resolveReading('', '中川', corrected, gen)).toEqual({
      nameKana: 'なかごう',
      nameKanaGenerated: false,
    });
    // A generated reading is kept for the same name, and generated anew for a new name.
    const generated = { name: '中川', nameKana: 'なかがわ', nameKanaGenerated: true };
    expect(resolveReading('', '中川', generated)).toEqual({
      nameKana: 'なかがわ',
      nameKanaGenerated: true,
    });
    expect(resolveReading('', '中川町', generated, () => 'なかがわまち')).toEqual({
      nameKana: 'なかがわまち',
      nameKanaGenerated: true,
    });
  });
});
