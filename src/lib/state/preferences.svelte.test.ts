// @vitest-environment happy-dom
/**
 * Display preferences: remembered in localStorage, applied as classes on <html>, the high
 * contrast following the system's "more contrast" until the user chooses, and a broken stored
 * value or disabled storage never breaking the page.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Preferences } from './preferences.svelte';

const KEY = 'sasaeai:preferences';
const classes = () => document.documentElement.classList;

beforeEach(() => {
  localStorage.clear();
  classes().remove('large-text', 'high-contrast');
});
afterEach(() => vi.unstubAllGlobals());

describe('Preferences', () => {
  it('starts off, then applies and remembers each choice', () => {
    const p = new Preferences();
    expect([p.largeText, p.highContrast]).toEqual([false, false]);
    expect(classes().contains('large-text')).toBe(false);
    p.largeText = true;
    expect(classes().contains('large-text')).toBe(true);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({
      largeText: true,
      highContrast: false,
    });
    p.highContrast = true;
    expect(classes().contains('high-contrast')).toBe(true);
    const again = new Preferences();
    expect([again.largeText, again.highContrast]).toEqual([true, true]);
  });

  it("follows the system's more contrast until a choice is stored", () => {
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: q === '(prefers-contrast: more)' }));
    expect(new Preferences().highContrast).toBe(true);
    localStorage.setItem(KEY, JSON.stringify({ highContrast: false }));
    expect(new Preferences().highContrast).toBe(false);
  });

  it('reads a broken stored value as no choice, and works without storage', () => {
    localStorage.setItem(KEY, '{not json');
    expect(new Preferences().largeText).toBe(false);
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('disabled');
      },
      setItem: () => {
        throw new Error('disabled');
      },
    });
    const p = new Preferences();
    p.largeText = true;
    expect(p.largeText).toBe(true);
    expect(classes().contains('large-text')).toBe(true);
  });
});
