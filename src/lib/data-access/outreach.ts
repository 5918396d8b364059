/**
 * "Sent on" marks of outreach requests (issue #16 item 2). The server is the authority
 * (pb_migrations/1733260001_outreach_requests.js, pb_hooks/outreach.pb.js): coordinators mark
 * records of their own districts only, the server stamps who, and a future date is refused.
 */
import type { OutreachChannel, OutreachRequest } from '../domain/outreach-channels';
import { call, type Gateway } from './gateway';
import type { PbRecord } from './records';

function toRequest(r: PbRecord): OutreachRequest {
  return {
    id: r.id,
    resourceId: String(r.resource ?? ''),
    channel: r.channel as OutreachChannel,
    sentOn: String(r.sent_on ?? '').slice(0, 10),
    sentById: String(r.sent_by ?? ''),
  };
}

/** The latest request per record (resource id → request) among those the caller may see. */
export async function listLatestOutreach(
  gateway: Gateway,
): Promise<Record<string, OutreachRequest>> {
  const items = await call(() =>
    gateway.pb.collection('outreach_requests').getFullList({ sort: 'sent_on,created' }),
  );
  const latest: Record<string, OutreachRequest> = {};
  // sorted oldest first, so the last one written for a record wins
  for (const x of items) {
    const r = toRequest(x as PbRecord);
    latest[r.resourceId] = r;
  }
  return latest;
}

/**
 * Marks every record in `resourceIds` as asked by `channel` on `sentOn` (ISO date), in ONE
 * batch: all are marked or none.
 * @throws GatewayError 400 (fieldErrors.sent_on) for a future date, 403/404 outside the caller's districts
 */
export async function markOutreachSent(
  gateway: Gateway,
  resourceIds: readonly string[],
  channel: OutreachChannel,
  sentOn: string,
): Promise<OutreachRequest[]> {
  if (resourceIds.length === 0) return [];
  const batch = gateway.pb.createBatch();
  for (const id of resourceIds)
    batch
      .collection('outreach_requests')
      .create({ resource: id, channel, sent_on: `${sentOn} 00:00:00.000Z` });
  const results = await call(() => batch.send());
  return results.map((r) => toRequest(r.body as PbRecord));
}
