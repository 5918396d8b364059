/**
 * The public confirmed-share trend of a district (pb_hooks/district-trend.pb.js): month by
 * month, the share of its public places confirmed within 12 months. Anyone may read it; it
 * carries only months and shares (the change log it comes from is staff-only).
 */
import type { TrendPoint } from '../domain/confirmation-trend';
import { call, type Gateway } from './gateway';

/** One month of the public trend: no counts, no records. */
export type PublicTrendPoint = Pick<TrendPoint, 'month' | 'share'>;

/**
 * @returns twelve months, oldest first (`share` null for a month without places)
 * @throws GatewayError 404 when `districtId` names no district
 */
export async function districtTrend(
  gateway: Gateway,
  districtId: string,
): Promise<PublicTrendPoint[]> {
  const r = await call(() =>
    gateway.pb.send<{ items: PublicTrendPoint[] }>(
      `/api/sasaeai/trend/district/${encodeURIComponent(districtId)}`,
      { method: 'GET' },
    ),
  );
  return r.items.map((p) => ({ month: String(p.month), share: p.share ?? null }));
}
