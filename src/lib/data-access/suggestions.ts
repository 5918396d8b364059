/**
 * Residents' suggestions ("tell us about a change"). Anyone may send one; the server hook
 * (pb_hooks/suggestions.pb.js) fills the district and status, so the suggestion reaches
 * that district's coordinator and never edits the place itself. Validation here mirrors
 * the server's rules so the form can name the field before sending; the server stays the
 * authority. The rule itself is src/lib/domain/check-suggestion.ts, the form's check
 * src/lib/domain/validate-suggestion.ts.
 */
import {
  checkSuggestion,
  SUGGESTION_LIMITS,
  SUGGESTION_TOPICS,
  type SuggestionTopic,
} from '../domain/check-suggestion';
import { suggestionRecord, type SuggestionInput } from '../domain/suggestion-record';
import type { Gateway } from './gateway';
import { GatewayError } from './gateway';

export { SUGGESTION_LIMITS, SUGGESTION_TOPICS, type SuggestionTopic };

/**
 * Sends a suggestion. Returns the new record's id.
 * @throws GatewayError: 400 with fieldErrors (e.g. `message`) when the server rejects it,
 *   429 when the rate limit (5 per minute) is reached.
 */
export async function sendSuggestion(gateway: Gateway, input: SuggestionInput): Promise<string> {
  try {
    // the cleaned text when it passes the check; as typed otherwise, so the server names the field
    const rec = await gateway.pb
      .collection('suggestions')
      .create(checkSuggestion(suggestionRecord(input)).value ?? suggestionRecord(input));
    return rec.id;
  } catch (err) {
    const e = err as {
      status?: number;
      message?: string;
      response?: { message?: string; data?: Record<string, { message?: string }> };
    };
    const fieldErrors: Record<string, string> = {};
    for (const [f, d] of Object.entries(e.response?.data ?? {}))
      if (d && typeof d.message === 'string') fieldErrors[f] = d.message;
    throw new GatewayError(
      e.response?.message || e.message || String(err),
      e.status ?? 0,
      fieldErrors,
    );
  }
}
