/**
 * Finds phone numbers and e-mail addresses in free text that must not hold personal data
 * (needs notes, helpers' notes, survey memos): issue #19 keeps needs free of anything that
 * reaches a person. Names cannot be found reliably, so forms say "do not write names"; contact
 * details can, and are refused with a message naming the field.
 *
 * The text is NFKC-normalised first, so full-width digits, ＠ and － count the same as ASCII.
 * A phone number is 10–11 digits starting with 0 (or +81 and 9–10 digits), with hyphens,
 * spaces, dots or brackets between groups, or a local number without area code (1–4 digits,
 * a hyphen, 4 digits, e.g. 27-1234). A range of years (2025-2026) is not a phone number; a
 * date (2026-12-05) is not either (its groups are too short).
 *
 * The server hooks run this very module, bundled into pb_hooks/lib/personal-data.js by
 * `npm run build:hooks` (scripts/build-hooks-lib.test.ts fails when the bundle is stale).
 */

export interface PersonalDataHit {
  kind: 'phone' | 'email';
  /** The matched text, after NFKC normalisation. */
  text: string;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// Runs of digits joined by phone separators; checked for digit counts below.
const DIGIT_RUN = /\+?\d[\d\-‐‑–—―ー ()（）.]*\d/g;
const LOCAL = /^\d{1,4}[-‐‑–—―ー]\d{4}$/;
const YEAR_RANGE = /^(?:19|20)\d\d[-‐‑–—―ー](?:19|20)\d\d$/;

/**
 * Every phone number and e-mail address in `text`, in order of appearance (e-mails first).
 * @param text any free text; '' gives []
 * @returns the hits; [] when the text holds none
 */
export function findPersonalData(text: string): PersonalDataHit[] {
  const normalised = text.normalize('NFKC');
  const hits: PersonalDataHit[] = [];
  // exec loops on fresh copies of the patterns, not matchAll: this module is also bundled for
  // PocketBase's JS VM (pb_hooks/lib/personal-data.js), which may lack matchAll
  const email = new RegExp(EMAIL.source, 'g');
  for (let m = email.exec(normalised); m !== null; m = email.exec(normalised))
    hits.push({ kind: 'email', text: m[0] });
  const withoutEmails = normalised.replace(EMAIL, ' ');
  const digitRun = new RegExp(DIGIT_RUN.source, 'g');
  for (let m = digitRun.exec(withoutEmails); m !== null; m = digitRun.exec(withoutEmails)) {
    const run = m[0].trim();
    if (isPhoneNumber(run)) hits.push({ kind: 'phone', text: run });
  }
  return hits;
}

function isPhoneNumber(run: string): boolean {
  const digits = run.replace(/\D/g, '');
  if (run.startsWith('+'))
    return run.startsWith('+81') && digits.length >= 11 && digits.length <= 12;
  if (LOCAL.test(run)) return !YEAR_RANGE.test(run);
  // A full number: 0 + area code + subscriber, 10 digits (11 for mobiles), separators or not.
  return digits.startsWith('0') && digits.length >= 10 && digits.length <= 11;
}
