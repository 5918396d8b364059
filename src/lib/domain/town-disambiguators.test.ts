import { describe, expect, it } from 'vitest';
import { townDisambiguators } from './town-disambiguators';

const town = (id: string, name: string, parentId: string, code = `C${id}`) => ({
  id,
  name,
  parentId,
  code,
});

describe('townDisambiguators', () => {
  it('gives nothing to a town whose name (or name and district) is unique', () => {
    const m = townDisambiguators([
      town('a', '今泉町', 'd1'),
      town('b', '今泉町', 'd2'),
      town('c', '柳町', 'd1'),
    ]);
    expect([...m.values()]).toEqual(['', '', '']);
  });

  it('gives each homonym in the same district its code, so no two read the same', () => {
    const m = townDisambiguators([
      town('a', '今泉町', 'd1', '102030'),
      town('b', '今泉町 ', 'd1', '102040'),
      town('c', '柳町', 'd1'),
    ]);
    expect(m.get('a')).toBe('102030');
    expect(m.get('b')).toBe('102040');
    expect(m.get('c')).toBe('');
  });

  it('falls back to the id when a homonym has no code', () => {
    const m = townDisambiguators([town('a', '本町', '', ''), town('b', '本町', '', '')]);
    expect(m.get('a')).toBe('a');
    expect(m.get('b')).toBe('b');
  });
});
