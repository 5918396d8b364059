/**
 * The needs the matrix counts (issue #19): every recorded need observed on or after `from`,
 * staff only (the collection's list rule gives anyone else an empty list, so the page shows
 * the matrix to staff only rather than an empty one that would read as "no needs"). Notes are not fetched: the matrix
 * shows counts, never the coordinators' context.
 *
 * Lives beside h41's needs gateway (`needs.ts`) until the two are merged; reads only.
 */
import { errorMessage } from '../domain/error-message';
import type { Need } from '../domain/types';
import { GatewayError, type Gateway } from './gateway';
import { toNeed } from './need-record';
import type { PbRecord } from './records';

/**
 * @param opts.from ISO date (YYYY-MM-DD): needs observed before it are left out ('' = all)
 * @param opts.districtId only this district's needs ('' or absent = every district)
 * @throws GatewayError when the server fails or cannot be reached
 */
export async function listNeedsForMatrix(
  gateway: Gateway,
  opts: { from: string; districtId?: string },
): Promise<Need[]> {
  const { from, districtId } = opts;
  const clauses = [
    ...(from ? [gateway.pb.filter('observed_on >= {:from}', { from })] : []),
    ...(districtId ? [gateway.pb.filter('district = {:districtId}', { districtId })] : []),
  ];
  try {
    const items = await gateway.pb.collection('needs').getFullList({
      batch: 1000,
      fields: 'id,district,service_type,count,count_unit,source,observed_on,weekdays',
      ...(clauses.length ? { filter: clauses.join(' && ') } : {}),
    });
    return items.map((r) => toNeed(r as PbRecord));
  } catch (err) {
    const status = (err as { status?: number }).status ?? 0;
    throw new GatewayError(`reading the needs failed: ${errorMessage(err)}`, status);
  }
}
