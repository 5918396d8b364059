/**
 * Residents' suggestions ("tell us about a change"). Anyone may send one; the server hook
 * (pb_hooks/suggestions.pb.js) fills the district and status, so the suggestion reaches
 * that district's coordinator and never edits the place itself. Validation here mirrors
 * the server's rules so the form can name the field before sending; the server stays the
 * authority.
 */
import type { Gateway } from './gateway';
import { GatewayError } from './gateway';

export const SUGGESTION_TOPICS = ['schedule', 'cost', 'place', 'contact', 'closed', 'other'] as const;
export type SuggestionTopic = (typeof SUGGESTION_TOPICS)[number];

export interface SuggestionInput {
  resourceId: string;
  topic: SuggestionTopic | '';
  message: string;
  reporterName: string;
  reporterContact: string;
}

/** Field → error code. Codes: required, too_short, too_long. */
export type SuggestionErrors = Partial<Record<'topic' | 'message' | 'reporterName' | 'reporterContact', string>>;

/** Limits of the `suggestions` collection and hook (characters). */
export const SUGGESTION_LIMITS = { messageMin: 5, messageMax: 1000, reporterNameMax: 100, reporterContactMax: 200 } as const;

/** Checks a suggestion before sending; an empty object means it may be sent. */
export function validateSuggestion(input: SuggestionInput): SuggestionErrors {
  const errors: SuggestionErrors = {};
  if (!SUGGESTION_TOPICS.includes(input.topic as SuggestionTopic)) errors.topic = 'required';
  const message = input.message.trim();
  if (!message) errors.message = 'required';
  else if ([...message].length < SUGGESTION_LIMITS.messageMin) errors.message = 'too_short';
  else if ([...message].length > SUGGESTION_LIMITS.messageMax) errors.message = 'too_long';
  if ([...input.reporterName.trim()].length > SUGGESTION_LIMITS.reporterNameMax) errors.reporterName = 'too_long';
  if ([...input.reporterContact.trim()].length > SUGGESTION_LIMITS.reporterContactMax) errors.reporterContact = 'too_long';
  return errors;
}

/**
 * Sends a suggestion. Returns the new record's id.
 * @throws GatewayError: 400 with fieldErrors (e.g. `message`) when the server rejects it,
 *   429 when the rate limit (5 per minute) is reached.
 */
export async function sendSuggestion(gateway: Gateway, input: SuggestionInput): Promise<string> {
  try {
    const rec = await gateway.pb.collection('suggestions').create({
      resource: input.resourceId,
      topic: input.topic,
      message: input.message.trim(),
      reporter_name: input.reporterName.trim(),
      reporter_contact: input.reporterContact.trim(),
    });
    return rec.id;
  } catch (err) {
    const e = err as { status?: number; message?: string; response?: { message?: string; data?: Record<string, { message?: string }> } };
    const fieldErrors: Record<string, string> = {};
    for (const [f, d] of Object.entries(e.response?.data ?? {})) if (d && typeof d.message === 'string') fieldErrors[f] = d.message;
    throw new GatewayError(e.response?.message || e.message || String(err), e.status ?? 0, fieldErrors);
  }
}
