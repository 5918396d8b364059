import { describe, expect, it } from 'vitest';
import { Locale, provideMessages } from './locale.svelte';
import { coverageMessages } from './messages/coverage';

describe('lazily provided message areas', () => {
  it('an area no route provided throws, naming it, instead of rendering blanks', () => {
    const locale = new Locale('ja');
    expect(() => locale.t.helpers).toThrow(/"helpers" are not loaded/);
    // The core is always there.
    expect(locale.t.nav.map).toBe('地図');
  });

  it('a provided area is read in both languages, and the switch stays synchronous', () => {
    const locale = new Locale('ja');
    provideMessages({ coverage: coverageMessages });
    expect(locale.t.coverage).toBe(coverageMessages.ja);
    locale.set('en');
    expect(locale.t.coverage).toBe(coverageMessages.en);
    expect(locale.t.nav.map).toBe('Map');
    // Providing it again (another navigation to the route) changes nothing.
    provideMessages({ coverage: coverageMessages });
    expect(locale.t.coverage).toBe(coverageMessages.en);
  });
});
