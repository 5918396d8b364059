/**
 * Support events on a place (the four support stages of the Chiba document: start, restart,
 * revitalise, hand over): listed and recorded by coordinators of its district.
 */
import type { Gateway } from './gateway';
import { call } from './coordination-call';
import type { PbRecord } from './records';
import type { SupportStage } from '../domain/support-stages';

export { SUPPORT_STAGES, type SupportStage } from '../domain/support-stages';

export interface SupportEvent {
  id: string;
  resourceId: string;
  stage: SupportStage;
  /** ISO date. */
  happenedOn: string;
  note: string;
  recordedById: string;
}

function toSupportEvent(r: PbRecord): SupportEvent {
  return {
    id: r.id,
    resourceId: String(r.resource ?? ''),
    stage: r.stage as SupportStage,
    happenedOn: String(r.happened_on ?? '').slice(0, 10),
    note: String(r.note ?? ''),
    recordedById: String(r.recorded_by ?? ''),
  };
}

/** Support events of a place, newest first. */
export async function listSupportEvents(
  gateway: Gateway,
  resourceId: string,
): Promise<SupportEvent[]> {
  const items = await call(() =>
    gateway.pb.collection('support_events').getFullList({
      sort: '-happened_on,-created',
      filter: gateway.pb.filter('resource = {:r}', { r: resourceId }),
    }),
  );
  return items.map((r) => toSupportEvent(r as PbRecord));
}

/** Records a support event (the server fills `recordedById` with the caller). */
export async function addSupportEvent(
  gateway: Gateway,
  input: { resourceId: string; stage: SupportStage; happenedOn: string; note: string },
): Promise<SupportEvent> {
  const rec = await call(() =>
    gateway.pb.collection('support_events').create({
      resource: input.resourceId,
      stage: input.stage,
      happened_on: input.happenedOn,
      note: input.note.trim(),
    }),
  );
  return toSupportEvent(rec as PbRecord);
}
