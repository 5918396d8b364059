/// <reference path="../../pb_data/types.d.ts" />
/**
 * What a resident may send as a suggestion, cleaned and checked: the server's copy of
 * src/lib/domain/check-suggestion.ts (PocketBase's JS VM cannot import TypeScript).
 * src/lib/domain/check-suggestion.parity.test.ts runs both on the same cases.
 */

const TOPICS = ['schedule', 'cost', 'place', 'contact', 'closed', 'other'];
const LIMITS = { messageMin: 5, messageMax: 1000, reporterNameMax: 100, reporterContactMax: 200 };
const FIELDS = ['resource', 'topic', 'message', 'reporter_name', 'reporter_contact'];
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const RECORD_ID = /^[a-z0-9]{15}$/;

function cleanResidentText(text, multiline) {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
  return (multiline ? lines : lines.replace(/\n/g, ' ')).replace(INVISIBLE, '').trim();
}

function visibleLength(text) {
  return Array.from(text.replace(/\s/g, '')).length;
}

/** { value, errors } exactly as checkSuggestion in the TypeScript module. */
function checkSuggestion(body) {
  const errors = {};
  const input = body !== null && typeof body === 'object' && !Array.isArray(body) ? body : {};
  for (const key of Object.keys(input)) if (FIELDS.indexOf(key) < 0) errors[key] = 'not_allowed';
  function text(field, multiline, max, required) {
    const raw = input[field];
    if (raw === undefined || raw === null) {
      if (required) errors[field] = 'required';
      return '';
    }
    if (typeof raw !== 'string') {
      errors[field] = 'wrong_type';
      return '';
    }
    const clean = cleanResidentText(raw, multiline);
    if (required && !clean) errors[field] = 'required';
    else if (Array.from(clean).length > max) errors[field] = 'too_long';
    return clean;
  }
  const resource = text('resource', false, 15, true);
  if (!errors.resource && !RECORD_ID.test(resource)) errors.resource = 'invalid';
  const topic = text('topic', false, 20, true);
  if (!errors.topic && TOPICS.indexOf(topic) < 0) errors.topic = 'required';
  const message = text('message', true, LIMITS.messageMax, true);
  if (!errors.message && visibleLength(message) < LIMITS.messageMin) {
    errors.message = visibleLength(message) === 0 ? 'required' : 'too_short';
  }
  const reporterName = text('reporter_name', false, LIMITS.reporterNameMax, false);
  const reporterContact = text('reporter_contact', false, LIMITS.reporterContactMax, false);
  if (Object.keys(errors).length > 0) return { value: null, errors: errors };
  return {
    value: {
      resource: resource,
      topic: topic,
      message: message,
      reporter_name: reporterName,
      reporter_contact: reporterContact,
    },
    errors: errors,
  };
}

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
