/**
 * The residents' suggestion form's check before sending: the server's own rule
 * (`checkSuggestion`, shared with pb_hooks/suggestions.pb.js) with its errors keyed by the
 * form's field names. The server stays the authority.
 */
import { checkSuggestion } from './check-suggestion';
import { suggestionRecord, type SuggestionInput } from './suggestion-record';

/** Field → error code. Codes: required, too_short, too_long. */
export type SuggestionErrors = Partial<
  Record<'topic' | 'message' | 'reporterName' | 'reporterContact', string>
>;

const FORM_FIELD: Record<string, keyof SuggestionErrors> = {
  topic: 'topic',
  message: 'message',
  reporter_name: 'reporterName',
  reporter_contact: 'reporterContact',
};

/** Checks a suggestion before sending; an empty object means it may be sent. */
export function validateSuggestion(input: SuggestionInput): SuggestionErrors {
  const errors: SuggestionErrors = {};
  for (const [field, code] of Object.entries(checkSuggestion(suggestionRecord(input)).errors)) {
    const formField = FORM_FIELD[field];
    if (formField) errors[formField] = code;
  }
  return errors;
}
