/**
 * Decodes a text file's bytes. Japanese official files come as UTF-8 (with or without BOM)
 * or Shift_JIS; `auto` tries strict UTF-8 first, then Shift_JIS (Windows-31J).
 */
import type { IssueList } from './import-issue';

export type TextEncodingName = 'auto' | 'utf-8' | 'shift_jis';

/**
 * @returns the text without BOM, or null after recording an error naming the first line
 *   that cannot be decoded in the chosen (or any auto-detected) encoding.
 */
export function decodeText(
  bytes: Uint8Array,
  issues: IssueList,
  encoding: TextEncodingName = 'auto',
): string | null {
  const tryDecode = (label: 'utf-8' | 'shift_jis'): string | null => {
    try {
      return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      return null;
    }
  };
  if (encoding === 'utf-8' || encoding === 'auto') {
    const text = tryDecode('utf-8');
    if (text !== null) return text;
  }
  if (encoding === 'shift_jis' || encoding === 'auto') {
    const text = tryDecode('shift_jis');
    if (text !== null) return text;
  }
  // Find the first bad line for the message: decode line by line leniently.
  const lenient = new TextDecoder(encoding === 'shift_jis' ? 'shift_jis' : 'utf-8').decode(bytes);
  const lineIndex = lenient.split(/\r?\n/).findIndex((line) => line.includes('\uFFFD'));
  const code =
    encoding === 'auto' ? 'notTextAuto' : encoding === 'utf-8' ? 'notTextUtf8' : 'notTextShiftJis';
  issues.error(lineIndex >= 0 ? lineIndex + 1 : null, '', code);
  return null;
}
