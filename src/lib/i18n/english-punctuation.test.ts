/**
 * English text uses English punctuation (issue #14): no Japanese full-width brackets, quotes,
 * colons or commas inside an English message. Japanese names inserted at run time through
 * placeholders are not in the message, so they never trip this.
 */
import { describe, expect, it } from 'vitest';
import { allEn as en } from './__fixtures__/all-messages';

type Tree = { [key: string]: string | Tree };

function* strings(tree: Tree, prefix = ''): Generator<[string, string]> {
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'object') yield* strings(v, path);
    else yield [path, v];
  }
}

const FULL_WIDTH = /[（）「」『』【】［］：、。，！？\u3000]/u;

describe('English messages', () => {
  it('contain no full-width Japanese punctuation', () => {
    const offending = [...strings(en as unknown as Tree)]
      .filter(([, v]) => FULL_WIDTH.test(v))
      .map(([k, v]) => `${k}: ${v}`);
    expect(offending).toEqual([]);
  });
});
