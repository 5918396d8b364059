import { describe, expect, it } from 'vitest';
import { errorMessage } from './error-message';

describe('errorMessage', () => {
  it("gives an Error's own message, also for subclasses", () => {
    expect(errorMessage(new Error('not found'))).toBe('not found');
    expect(errorMessage(new TypeError('bad type'))).toBe('bad type');
  });

  it('turns anything else into a string', () => {
    expect(errorMessage('offline')).toBe('offline');
    expect(errorMessage(404)).toBe('404');
    expect(errorMessage(undefined)).toBe('undefined');
    expect(errorMessage(null)).toBe('null');
  });
});
