import { describe, expect, it } from 'vitest';
import { allEn as en, allJa as ja } from './__fixtures__/all-messages';
import { format, placeholders } from './format';

type Tree = { [key: string]: string | Tree };

/** Flattens a message tree into `a.b.c` → value. */
function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object') for (const [p, x] of flatten(v, path)) out.set(p, x);
    else out.set(path, v);
  }
  return out;
}

const flatJa = flatten(ja as unknown as Tree);
const flatEn = flatten(en as unknown as Tree);

describe('message files', () => {
  it('have the same keys in ja and en', () => {
    expect([...flatEn.keys()].sort()).toEqual([...flatJa.keys()].sort());
  });

  it('contain only non-empty strings', () => {
    for (const [name, flat] of [
      ['ja', flatJa],
      ['en', flatEn],
    ] as const) {
      for (const [key, value] of flat) {
        expect(typeof value, `${name}:${key}`).toBe('string');
        expect((value as string).trim().length, `${name}:${key} is empty`).toBeGreaterThan(0);
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, value] of flatJa) {
      expect(placeholders(String(flatEn.get(key))), key).toEqual(placeholders(String(value)));
    }
  });

  it('Japanese text is actually Japanese', () => {
    expect(ja.nav.map).toBe('地図');
    expect(ja.site.fictionalBanner).toContain('架空');
  });
});

describe('format', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{a}と{b}', { a: 1, b: 'x' })).toBe('1とx');
    expect(format('{missing}件', {})).toBe('{missing}件');
  });
});
