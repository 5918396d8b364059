import { describe, expect, it } from 'vitest';
import { indexTowns, searchTowns } from './search-towns';

const TOWNS = [
  { id: '1', name: '桜町一丁目', nameKana: 'さくらまちいっちょうめ' },
  { id: '2', name: '若桜町', nameKana: 'わかさくらちょう' },
  { id: '3', name: '京ヶ島町', nameKana: 'きょうがしままち' },
  { id: '4', name: '桜台', nameKana: 'さくらだい' },
  { id: '5', name: '本町', nameKana: '' },
];
const index = indexTowns(TOWNS);
const ids = (q: string) => searchTowns(index, q).map((t) => t.id);

describe('searchTowns', () => {
  it('finds kanji names from hiragana, katakana or half-width readings, prefix matches first', () => {
    expect(ids('さくら')).toEqual(['4', '1', '2']);
    expect(ids('サクラ')).toEqual(['4', '1', '2']);
    expect(ids('ｻｸﾗ')).toEqual(['4', '1', '2']);
  });

  it('matches the name itself and its ヶ variants', () => {
    expect(ids('桜')).toEqual(['4', '1', '2']);
    expect(ids('京ケ島')).toEqual(['3']);
    expect(ids('本町')).toEqual(['5']);
  });

  it('empty or unmatched queries give nothing; the limit applies', () => {
    expect(ids('  ')).toEqual([]);
    expect(ids('ふじ')).toEqual([]);
    expect(searchTowns(index, 'さくら', 2).length).toBe(2);
  });
});
