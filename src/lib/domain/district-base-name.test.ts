import { describe, expect, it } from 'vitest';
import { districtBaseName } from './district-base-name';

describe('districtBaseName', () => {
  it('drops one trailing 地区 so 「{name}地区」 never reads 「中央地区地区」', () => {
    expect(districtBaseName('中央地区')).toBe('中央');
    expect(districtBaseName('中央')).toBe('中央');
    expect(districtBaseName(' 錦地区 ')).toBe('錦');
  });

  it('keeps a name that is only 地区, and 地区 inside a name', () => {
    expect(districtBaseName('地区')).toBe('地区');
    expect(districtBaseName('地区センター')).toBe('地区センター');
  });
});
