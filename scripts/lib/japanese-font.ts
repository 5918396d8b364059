/**
 * Whether this machine has a font with Japanese glyphs (fontconfig's `fc-list :lang=ja`), for
 * the web benchmarks: a resident's phone has one, and without it Chromium lays the pages' text
 * out in fallback boxes after a failed font search for each run of text, which costs the page
 * a different (on this machine's Debian, a longer) layout than the phone's. False when
 * fontconfig is missing too.
 */
import { execFileSync } from 'node:child_process';

export function hasJapaneseFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

/** The warning the benchmarks print when `hasJapaneseFont()` is false. */
export const NO_JAPANESE_FONT_WARNING =
  'warning: no Japanese font is installed (fc-list :lang=ja is empty), unlike a resident’s phone: ' +
  'the layouts measured are of fallback glyphs. Debian: apt-get install -y fonts-noto-cjk';
