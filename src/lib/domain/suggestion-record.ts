/**
 * A resident's suggestion as the form holds it, and the same as the `suggestions` record's
 * fields (snake_case), which is what the server's rule (`checkSuggestion`) reads.
 */
import type { SuggestionTopic } from './check-suggestion';

export interface SuggestionInput {
  resourceId: string;
  topic: SuggestionTopic | '';
  message: string;
  reporterName: string;
  reporterContact: string;
}

/** The form's fields as the record's fields; texts as typed (the server trims). */
export function suggestionRecord(input: SuggestionInput): Record<string, string> {
  return {
    resource: input.resourceId,
    topic: input.topic,
    message: input.message,
    reporter_name: input.reporterName,
    reporter_contact: input.reporterContact,
  };
}
