/**
 * The UI language: Japanese first, English on request. Remembered in localStorage and
 * mirrored to `<html lang>` so screen readers and fonts follow the switch.
 *
 * Usage: `import { locale } from '$lib/i18n/locale.svelte';` then `locale.t.nav.map`,
 * `locale.format(locale.t.home.resourcesCount, { count: 3 })`.
 */
import { en } from './en';
import { format } from './format';
import { ja, type CoreMessages, type LazyArea, type LazyMessages, type Messages } from './ja';

export const LOCALES = ['ja', 'en'] as const;
export type LocaleCode = (typeof LOCALES)[number];

const STORAGE_KEY = 'sasaeai:locale';

/** Every lazily loaded area (a Record, so that the type checker finds one left out). */
const LAZY_AREAS: Record<LazyArea, true> = {
  directory: true,
  coverage: true,
  councils: true,
  importer: true,
  admin: true,
  duplicates: true,
  organiser: true,
  paperwork: true,
  diagnosis: true,
  needs: true,
  needsMatrix: true,
  helpers: true,
};

/**
 * One language's tree: the core, and for each lazy area a getter that throws until a route
 * provides it, so that a page reading text its route did not load fails loudly (in tests
 * too) instead of rendering blanks.
 */
function catalog(core: CoreMessages): Messages {
  const tree = { ...core } as Messages;
  for (const area of Object.keys(LAZY_AREAS)) {
    Object.defineProperty(tree, area, {
      configurable: true,
      enumerable: false,
      get() {
        throw new Error(
          `The messages of "${area}" are not loaded on this page: provide them in the route's +layout.ts (provideMessages).`,
        );
      },
    });
  }
  return tree;
}

const MESSAGES: Record<LocaleCode, Messages> = { ja: catalog(ja), en: catalog(en) };

/** An area's messages in both languages (each `messages/<area>.ts` exports one). */
export interface AreaMessages<A extends LazyArea> {
  ja: LazyMessages[A];
  en: LazyMessages[A];
}

/**
 * Makes message areas readable through `locale.t` (both languages, so the language switch
 * stays synchronous). Routes call it from their `+layout.ts` `load`, which runs before the
 * page renders, importing the areas statically so they come in the route's own chunk:
 *
 *     export const load = () => provideMessages({ coverage: coverageMessages });
 *
 * Providing an area again is harmless.
 */
export function provideMessages(areas: { [A in LazyArea]?: AreaMessages<A> }): void {
  for (const [area, pair] of Object.entries(areas) as [LazyArea, AreaMessages<LazyArea>][]) {
    for (const code of LOCALES)
      Object.defineProperty(MESSAGES[code], area, {
        configurable: true,
        enumerable: true,
        value: pair[code],
      });
  }
}

function isLocale(v: unknown): v is LocaleCode {
  return typeof v === 'string' && (LOCALES as readonly string[]).includes(v);
}

function readStored(): LocaleCode | null {
  try {
    const v = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLocale(v) ? v : null;
  } catch {
    return null;
  }
}

export class Locale {
  #code = $state<LocaleCode>('ja');

  constructor(initial?: LocaleCode) {
    this.#code = initial ?? readStored() ?? 'ja';
    this.#apply();
  }

  /** The current language code ('ja' or 'en'), also the value of `<html lang>`. */
  get code(): LocaleCode {
    return this.#code;
  }

  /** The current language's messages. */
  get t(): Messages {
    return MESSAGES[this.#code];
  }

  /** BCP 47 tag for Intl formatting of numbers and dates. */
  get intlTag(): string {
    return this.#code === 'ja' ? 'ja-JP' : 'en-GB';
  }

  set(code: LocaleCode): void {
    this.#code = code;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, code);
    } catch {
      // storage may be disabled (private mode); the choice then lasts for this page only
    }
    this.#apply();
  }

  toggle(): void {
    this.set(this.#code === 'ja' ? 'en' : 'ja');
  }

  /** Fills `{name}` placeholders: `locale.format(locale.t.home.heading, { city })`. */
  format(template: string, params: Record<string, string | number> = {}): string {
    return format(template, params);
  }

  /** Formats an ISO date (YYYY-MM-DD…) for display, e.g. 2024年4月1日 / 1 April 2024. */
  date(iso: string): string {
    if (!iso) return '';
    const ms = Date.parse(iso.length === 10 ? `${iso}T00:00:00` : iso);
    if (Number.isNaN(ms)) return iso;
    return new Intl.DateTimeFormat(this.intlTag, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    }).format(ms);
  }

  /** `text` in brackets after what precedes it: 「（3）」 / " (3)". */
  paren(text: string | number): string {
    return format(this.t.punct.paren, { text });
  }

  /** `text` quoted: 「…」 / “…”. */
  quote(text: string | number): string {
    return format(this.t.punct.quote, { text });
  }

  /** Items joined as a list: 「a、b」 / "a, b". */
  list(items: readonly (string | number)[]): string {
    return items.join(this.t.punct.listSeparator);
  }

  #apply(): void {
    if (typeof document !== 'undefined') document.documentElement.lang = this.#code;
  }
}

/** The app-wide locale. */
export const locale = new Locale();
