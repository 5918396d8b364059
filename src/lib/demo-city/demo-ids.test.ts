import { describe, expect, it } from 'vitest';
import { ID_LENGTH, demoId } from './demo-ids';

describe('demoId', () => {
  it('pads to 15 characters of [a-z0-9]', () => {
    expect(demoId('res', 42)).toBe('res000000000042');
    expect(demoId('area', 1)).toBe('area00000000001');
    expect(demoId('res', 42)).toHaveLength(ID_LENGTH);
    expect(demoId('org', 999_999_999_999)).toBe('org999999999999');
  });

  it('rejects prefixes and counters that do not fit', () => {
    expect(() => demoId('Res', 1)).toThrow(RangeError);
    expect(() => demoId('res1', 1)).toThrow(RangeError);
    expect(() => demoId('org', 1_000_000_000_000)).toThrow(RangeError);
    expect(() => demoId('org', -1)).toThrow(RangeError);
    expect(() => demoId('org', 1.5)).toThrow(RangeError);
  });
});
