/// <reference path="../../pb_data/types.d.ts" />
/**
 * The server's copy of src/lib/domain/find-personal-data.ts (PocketBase's JS VM cannot import
 * TypeScript): phone numbers and e-mail addresses in free text, after NFKC normalisation, so
 * full-width digits, ＠ and － count the same as ASCII. Written with exec loops (no matchAll)
 * for the VM. src/lib/domain/find-personal-data.parity.test.ts runs both on the same texts.
 */

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const DIGIT_RUN = /\+?\d[\d\-‐‑–—―ー ()（）.]*\d/g;
const LOCAL = /^\d{1,4}[-‐‑–—―ー]\d{4}$/;
const YEAR_RANGE = /^(?:19|20)\d\d[-‐‑–—―ー](?:19|20)\d\d$/;

function isPhoneNumber(run) {
  const digits = run.replace(/\D/g, '');
  if (run.charAt(0) === '+')
    return run.indexOf('+81') === 0 && digits.length >= 11 && digits.length <= 12;
  if (LOCAL.test(run)) return !YEAR_RANGE.test(run);
  return digits.charAt(0) === '0' && digits.length >= 10 && digits.length <= 11;
}

/** Every phone number and e-mail address in `text` as { kind, text }, e-mails first. */
function findPersonalData(text) {
  const normalised = String(text || '').normalize('NFKC');
  const hits = [];
  const email = new RegExp(EMAIL.source, 'g');
  let m;
  while ((m = email.exec(normalised)) !== null) hits.push({ kind: 'email', text: m[0] });
  const withoutEmails = normalised.replace(new RegExp(EMAIL.source, 'g'), ' ');
  const run = new RegExp(DIGIT_RUN.source, 'g');
  while ((m = run.exec(withoutEmails)) !== null) {
    const candidate = m[0].trim();
    if (isPhoneNumber(candidate)) hits.push({ kind: 'phone', text: candidate });
  }
  return hits;
}

module.exports = { findPersonalData };
