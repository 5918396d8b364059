/// <reference path="../../pb_data/types.d.ts" />
/**
 * What a resident may send as a suggestion, cleaned and checked by the form's own rule:
 * lib/check-suggestion.js is src/lib/domain/check-suggestion.ts bundled by `npm run build:hooks`
 * (PocketBase's JS VM cannot import TypeScript). This module adds what only the server does:
 * reading the body exactly as sent and answering 400 with every refused field.
 */

const rule = require(`${__hooks}/lib/check-suggestion.js`);

/** { value, errors }: checkSuggestion of src/lib/domain/check-suggestion.ts. */
const checkSuggestion = rule.checkSuggestion;
const cleanResidentText = rule.cleanResidentText;
/** The fields a resident may set. */
const FIELDS = rule.SUGGESTION_FIELDS;

const MESSAGES = {
  not_allowed: 'This field cannot be set.',
  wrong_type: 'This field must be text.',
  required: 'This field is required.',
  too_short: 'Please write at least 5 characters.',
  too_long: 'This text is too long.',
  invalid: 'The place does not exist.',
};

/** Throws a 400 naming every refused field (codes as validation_<code>). */
function failWith(errors) {
  const data = {};
  for (const field of Object.keys(errors))
    data[field] = new ValidationError(
      'validation_' + errors[field],
      MESSAGES[errors[field]] || errors[field],
    );
  throw new BadRequestError('The suggestion was not accepted.', data);
}

/** Form fields (map of key → list of strings) as JS values: one value as a string, a repeated key as an array. */
function formFields(values, out) {
  if (!values) return out;
  for (const key of Object.keys(values)) {
    const list = values[key];
    const n = list ? list.length : 0;
    if (key === '@jsonPayload') {
      for (let i = 0; i < n; i++) Object.assign(out, JSON.parse(list[i]));
    } else {
      const all = [];
      for (let i = 0; i < n; i++) all.push(String(list[i]));
      out[key] = all.length === 1 ? all[0] : all;
    }
  }
  return out;
}

/**
 * The body exactly as sent, as plain JS values. requestInfo().body is already normalised to
 * the collection's field types (an array for a single select becomes its first value), so the
 * body is read again: a JSON body from the request (PocketBase keeps it re-readable), a form
 * body (multipart, which is also how the batch API hands each request on, or urlencoded) from
 * its parsed fields, where a repeated key is an array and an uploaded file is not text.
 */
function rawBody(e) {
  const info = e.requestInfo(); // parses the form, if any
  // (the record event embeds the request event; its `request` is reached through it)
  const request = e.requestEvent.request;
  const type = String(request.header.get('Content-Type') || '');
  try {
    if (type.indexOf('application/json') >= 0) return JSON.parse(toString(request.body) || '{}');
    if (type.indexOf('multipart/form-data') >= 0 && request.multipartForm) {
      const out = formFields(request.multipartForm.value, {});
      const files = request.multipartForm.file;
      if (files) for (const key of Object.keys(files)) out[key] = { file: true };
      return out;
    }
    if (type.indexOf('application/x-www-form-urlencoded') >= 0) {
      const values = {};
      for (const pair of String(toString(request.body) || '').split('&')) {
        if (!pair) continue;
        const at = pair.indexOf('=');
        const decode = (t) => decodeURIComponent(t.replace(/\+/g, ' '));
        const key = decode(at < 0 ? pair : pair.slice(0, at));
        (values[key] = values[key] || []).push(at < 0 ? '' : decode(pair.slice(at + 1)));
      }
      return formFields(values, {});
    }
  } catch {
    throw new BadRequestError('The body could not be read.');
  }
  return JSON.parse(JSON.stringify(info.body || {}));
}

module.exports = { checkSuggestion, cleanResidentText, failWith, rawBody, FIELDS };
