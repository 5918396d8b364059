import { describe, expect, it } from 'vitest';
import { toRomaji } from './to-romaji';

describe('toRomaji (modified Hepburn)', () => {
  it.each([
    // plain syllables and capitals per word
    ['やなぎまち', 'Yanagimachi'],
    ['さくら まち', 'Sakura Machi'],
    ['ふじ', 'Fuji'],
    ['しちじょう', 'Shichijō'],
    // long vowels: おう, おお, うう and ー take a macron; えい, いい and ああ stay as written
    ['ちゅうおうちょう', 'Chūōchō'],
    ['とうきょう', 'Tōkyō'],
    ['おおさか', 'Ōsaka'],
    ['すうじ', 'Sūji'],
    ['けいば', 'Keiba'],
    ['にいがた', 'Niigata'],
    ['サロン・ド・カフェー', 'Saron Do Kafē'],
    ['ふぁみりー', 'Famirī'],
    ['パーティー', 'Pātī'],
    ['コーヒー', 'Kōhī'],
    // small っ doubles the next consonant; っち is tchi
    ['はっとり', 'Hattori'],
    ['さっぽろ', 'Sapporo'],
    ['まっちゃ', 'Matcha'],
    ['いっしき', 'Isshiki'],
    // ん: m before b/m/p, n' before a vowel or y, otherwise n
    ['しんばし', 'Shimbashi'],
    ['なんば', 'Namba'],
    ['ほんまち', 'Hommachi'],
    ['かんぺい', 'Kampei'],
    ['きんえん', "Kin'en"],
    ['しんよう', "Shin'yō"],
    ['しんじゅく', 'Shinjuku'],
    ['げんき', 'Genki'],
    // yōon
    ['きょうと', 'Kyōto'],
    ['しゃかい', 'Shakai'],
    ['じょうしゅう', 'Jōshū'],
    ['りゅうがさき', 'Ryūgasaki'],
    ['ひゃくにん', 'Hyakunin'],
    // particles in names are read as written; ぢ/づ as ji/zu
    ['はなわ', 'Hanawa'],
    ['みかづき', 'Mikazuki'],
    // katakana and half-width katakana
    ['ヤナギマチ', 'Yanagimachi'],
    ['ﾔﾅｷﾞ', 'Yanagi'],
    // not kana: passes through, nothing guessed
    ['', ''],
    ['第2けやき', '第2keyaki'],
  ])('%s → %s', (kana, romaji) => {
    expect(toRomaji(kana)).toBe(romaji);
  });
});
