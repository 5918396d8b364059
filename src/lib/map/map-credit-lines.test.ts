import { describe, expect, it } from 'vitest';
import { mapCreditLines } from './map-credit-lines';

describe('mapCreditLines', () => {
  it('keeps the site lines first, then sources the site lacks, layers, basemap and library', () => {
    expect(
      mapCreditLines({
        site: ['出典：国土地理院', 'e-Stat 国勢調査'],
        sources: ['e-Stat 国勢調査', '出典：テスト市オープンデータ'],
        layers: ['道路網：OpenStreetMap'],
        basemap: '出典：国土地理院「地理院タイル（淡色地図）」',
        library: '地図の描画：MapLibre GL JS',
      }),
    ).toEqual([
      '出典：国土地理院',
      'e-Stat 国勢調査',
      '出典：テスト市オープンデータ',
      '道路網：OpenStreetMap',
      '出典：国土地理院「地理院タイル（淡色地図）」',
      '地図の描画：MapLibre GL JS',
    ]);
  });

  it('drops blank lines and repeats (after trimming); no basemap means no basemap line', () => {
    expect(
      mapCreditLines({
        site: [' A ', '', 'A'],
        sources: ['', '  ', 'A'],
        basemap: '',
        library: 'L',
      }),
    ).toEqual(['A', 'L']);
  });

  it('gives nothing for an empty site without sources', () => {
    expect(mapCreditLines({ site: [] })).toEqual([]);
  });
});
