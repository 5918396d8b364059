import { describe, expect, it } from 'vitest';
import { nearestNames } from './nearest-names';

describe('nearestNames', () => {
  const names = new Map([
    ['中央', '中央'],
    ['北部', '北部'],
    ['旭一丁目', '旭一丁目'],
    ['旭二丁目', '旭二丁目'],
  ]);
  it('suggests names within a few edits, nearest first, ties by name', () => {
    expect(nearestNames('中奥', names)).toEqual(['中央']);
    expect(nearestNames('旭1丁目', names)).toEqual(['旭一丁目', '旭二丁目']);
    expect(nearestNames('旭1丁目', names, 1)).toEqual(['旭一丁目']);
  });
  it('suggests nothing for a name far from all', () => {
    expect(nearestNames('さくら', names)).toEqual([]);
  });
});
