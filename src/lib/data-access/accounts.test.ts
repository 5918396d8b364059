import { describe, expect, it } from 'vitest';
import { generateOneTimePassword } from './accounts';

describe('generateOneTimePassword', () => {
  it('gives 16 unambiguous characters, different every time', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const p = generateOneTimePassword();
      expect(p).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{16}$/);
      seen.add(p);
    }
    expect(seen.size).toBe(200);
  });

  it('meets the 10-character minimum of the users collection at any requested length ≥ 10', () => {
    expect(generateOneTimePassword(10)).toHaveLength(10);
  });
});
