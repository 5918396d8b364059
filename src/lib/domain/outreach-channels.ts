/**
 * How a re-confirmation request reached an organiser (issue #16 item 2): a printed letter by
 * post, handed over, sent by FAX, or a phone call from the call list. The same list is the
 * `outreach_requests.channel` select (pb_migrations/1733260001_outreach_requests.js).
 */
export const OUTREACH_CHANNELS = ['post', 'hand', 'fax', 'phone'] as const;
export type OutreachChannel = (typeof OUTREACH_CHANNELS)[number];

/** One "sent on" mark: a request about one record. */
export interface OutreachRequest {
  id: string;
  resourceId: string;
  channel: OutreachChannel;
  /** ISO date (YYYY-MM-DD) the letter went out or the call was made. */
  sentOn: string;
  /** The user who marked it (stamped by the server). */
  sentById: string;
}
