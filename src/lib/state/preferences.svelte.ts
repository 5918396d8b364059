/**
 * Display preferences: large text (root font 125 %) and high contrast. Remembered in
 * localStorage and applied as classes on `<html>` (`large-text`, `high-contrast`) so that
 * plain CSS in src/app.css can react to them.
 */
const STORAGE_KEY = 'sasaeai:preferences';

interface Stored {
  largeText?: boolean;
  highContrast?: boolean;
}

function readStored(): Stored {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    const v: unknown = raw ? JSON.parse(raw) : {};
    return v && typeof v === 'object' ? (v as Stored) : {};
  } catch {
    return {};
  }
}

function prefersMoreContrast(): boolean {
  try {
    return globalThis.matchMedia?.('(prefers-contrast: more)').matches ?? false;
  } catch {
    return false;
  }
}

export class Preferences {
  #largeText = $state(false);
  #highContrast = $state(false);

  constructor() {
    const s = readStored();
    this.#largeText = s.largeText === true;
    this.#highContrast =
      typeof s.highContrast === 'boolean' ? s.highContrast : prefersMoreContrast();
    this.#apply();
  }

  get largeText(): boolean {
    return this.#largeText;
  }
  set largeText(v: boolean) {
    this.#largeText = v;
    this.#save();
  }

  get highContrast(): boolean {
    return this.#highContrast;
  }
  set highContrast(v: boolean) {
    this.#highContrast = v;
    this.#save();
  }

  #save(): void {
    try {
      globalThis.localStorage?.setItem(
        STORAGE_KEY,
        JSON.stringify({
          largeText: this.#largeText,
          highContrast: this.#highContrast,
        } satisfies Stored),
      );
    } catch {
      // storage disabled: the choice lasts for this page only
    }
    this.#apply();
  }

  #apply(): void {
    if (typeof document === 'undefined') return;
    const cl = document.documentElement.classList;
    cl.toggle('large-text', this.#largeText);
    cl.toggle('high-contrast', this.#highContrast);
  }
}

export const preferences = new Preferences();
