/**
 * What a resident may send as a suggestion ("tell us about a change"), cleaned and checked.
 *
 * Residents are anonymous, so everything they send is treated as hostile text: only the five
 * fields below are accepted (an id, a status or a handling field is refused by name), each of
 * the right type (an array for `resource` or `topic` is refused), with control characters,
 * NUL, zero-width and bidirectional-override characters removed (they hide or reorder text
 * on the coordinator's screen), line breaks kept only in the message, and the message must
 * have visible text.
 *
 * The server runs this very module: `npm run build:hooks` bundles it into
 * pb_hooks/lib/check-suggestion.js for pb_hooks/lib/resident-input.js (PocketBase's JS VM
 * cannot import TypeScript); check-suggestion.parity.test.ts runs both on the same cases.
 */

export const SUGGESTION_TOPICS = [
  'schedule',
  'cost',
  'place',
  'contact',
  'closed',
  'other',
] as const;
export type SuggestionTopic = (typeof SUGGESTION_TOPICS)[number];

/** Limits in characters (Unicode code points, as PocketBase counts them), after cleaning. */
export const SUGGESTION_LIMITS = {
  messageMin: 5,
  messageMax: 1000,
  reporterNameMax: 100,
  reporterContactMax: 200,
} as const;

/** The fields a resident may set, as the `suggestions` collection names them. */
export const SUGGESTION_FIELDS = [
  'resource',
  'topic',
  'message',
  'reporter_name',
  'reporter_contact',
] as const;
export type SuggestionField = (typeof SUGGESTION_FIELDS)[number];

/** A suggestion as stored: cleaned text. */
export interface SuggestionBody {
  resource: string;
  topic: SuggestionTopic;
  message: string;
  reporter_name: string;
  reporter_contact: string;
}

/**
 * Field → error code. Codes: `not_allowed` (a field residents may not set), `wrong_type`
 * (not a string), `required`, `too_short` (fewer visible characters than messageMin),
 * `too_long`, `invalid` (a resource id that is no PocketBase id).
 */
export type SuggestionCheckErrors = Record<string, string>;

// C0 controls except the line feed, DEL and the C1 controls; soft hyphen; zero-width and
// bidirectional formatting characters (U+200B–U+200F, U+202A–U+202E, U+2060–U+2064,
// U+2066–U+2069), the Mongolian vowel separator and the byte-order mark.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const RECORD_ID = /^[a-z0-9]{15}$/;

/**
 * Removes invisible and control characters. Line breaks (CRLF, CR, LF) become LF when
 * `multiline`, a space otherwise; a tab becomes a space. The result is trimmed.
 */
export function cleanResidentText(text: string, multiline: boolean): string {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
  return (multiline ? lines : lines.replace(/\n/g, ' ')).replace(INVISIBLE, '').trim();
}

/** Characters that are not white space (U+3000 and NBSP count as white space). */
function visibleLength(text: string): number {
  return [...text.replace(/\s/g, '')].length;
}

/**
 * Checks and cleans a suggestion body exactly as sent (JSON values of any type).
 * @returns `value` (the cleaned body) when `errors` is empty; `value` is null otherwise.
 */
export function checkSuggestion(body: unknown): {
  value: SuggestionBody | null;
  errors: SuggestionCheckErrors;
} {
  const errors: SuggestionCheckErrors = {};
  const input =
    body !== null && typeof body === 'object' && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : {};
  for (const key of Object.keys(input)) {
    if (!(SUGGESTION_FIELDS as readonly string[]).includes(key)) errors[key] = 'not_allowed';
  }
  const text = (
    field: SuggestionField,
    multiline: boolean,
    max: number,
    required: boolean,
  ): string => {
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
    else if ([...clean].length > max) errors[field] = 'too_long';
    return clean;
  };
  const resource = text('resource', false, 15, true);
  if (!errors.resource && !RECORD_ID.test(resource)) errors.resource = 'invalid';
  const topic = text('topic', false, 20, true);
  if (!errors.topic && !(SUGGESTION_TOPICS as readonly string[]).includes(topic))
    errors.topic = 'required';
  const message = text('message', true, SUGGESTION_LIMITS.messageMax, true);
  if (!errors.message && visibleLength(message) < SUGGESTION_LIMITS.messageMin) {
    errors.message = visibleLength(message) === 0 ? 'required' : 'too_short';
  }
  const reporterName = text('reporter_name', false, SUGGESTION_LIMITS.reporterNameMax, false);
  const reporterContact = text(
    'reporter_contact',
    false,
    SUGGESTION_LIMITS.reporterContactMax,
    false,
  );
  if (Object.keys(errors).length > 0) return { value: null, errors };
  return {
    value: {
      resource,
      topic: topic as SuggestionTopic,
      message,
      reporter_name: reporterName,
      reporter_contact: reporterContact,
    },
    errors,
  };
}
