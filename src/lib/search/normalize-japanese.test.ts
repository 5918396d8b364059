import { describe, expect, it } from 'vitest';
import { normalizeJapanese } from './normalize-japanese';

describe('normalizeJapanese', () => {
  it('folds katakana (full and half width) to hiragana', () => {
    expect(normalizeJapanese('サロン')).toBe('さろん');
    expect(normalizeJapanese('ｻﾛﾝ')).toBe('さろん');
    expect(normalizeJapanese('ガッコウ')).toBe('がっこう');
    expect(normalizeJapanese('ﾀﾞｲｺﾞ')).toBe('だいご');
  });

  it('unifies the small ke of place names between kanji', () => {
    const expected = '京が島';
    for (const s of ['京ヶ島', '京ケ島', '京が島', '京ｹ島', '京ヵ島'])
      expect(normalizeJapanese(s), s).toBe(expected);
    expect(normalizeJapanese('緑ヶ丘')).toBe(normalizeJapanese('緑が丘'));
    // Not between kanji: an ordinary katakana ケ stays a kana (folded to け).
    expect(normalizeJapanese('ケアマネ')).toBe('けあまね');
  });

  it('drops long-vowel marks, dots and brackets; lower-cases and NFKC-folds Latin and digits', () => {
    expect(normalizeJapanese('カフェー')).toBe(normalizeJapanese('かふぇ'));
    expect(normalizeJapanese('コミュニティ・カフェ「えん」')).toBe('こみゅにてぃかふぇえん');
    expect(normalizeJapanese('ＮＰＯ法人１２３')).toBe('npo法人123');
  });

  it('collapses ASCII and full-width spaces, trimming the ends', () => {
    expect(normalizeJapanese('　買い物  支援　')).toBe('買い物 支援');
    expect(normalizeJapanese('体操\u3000教室')).toBe('体操 教室');
  });

  it('leaves kanji and hiragana as they are', () => {
    expect(normalizeJapanese('本町ふれあいサロン')).toBe('本町ふれあいさろん');
    expect(normalizeJapanese('')).toBe('');
  });
});
