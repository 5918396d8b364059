/**
 * The coordination writes' error mapping: a PocketBase failure (also inside a batch) becomes a
 * GatewayError whose field errors are keyed by the form's field paths (`publicPhone`,
 * `schedule`…), so a form can show the server's answer beside the field.
 */
import { GatewayError } from './gateway';

/** PocketBase field → form field path used by validateResourceInput. */
const FIELD_PATHS: Record<string, string> = {
  name: 'name',
  kind: 'kind',
  district: 'districtId',
  location: 'location',
  public_phone: 'publicPhone',
  website: 'website',
  capacity: 'capacity',
  capacity_available: 'capacityAvailable',
  status_reason: 'statusReason',
  schedule: 'schedule',
  decline_reason: 'declineReason',
};

function toGatewayError(err: unknown): GatewayError {
  if (err instanceof GatewayError) return err;
  const e = err as {
    status?: number;
    message?: string;
    response?: { message?: string; data?: Record<string, unknown> };
  };
  const fieldErrors: Record<string, string> = {};
  let data = e.response?.data ?? {};
  // batch failures nest the failing request's answer: { requests: { <i>: { response: { data } } } }
  const nested = (
    data as {
      requests?: Record<
        string,
        { response?: { message?: string; data?: Record<string, unknown> } }
      >;
    }
  ).requests;
  let message = e.response?.message || e.message || String(err);
  if (nested) {
    for (const r of Object.values(nested)) {
      if (r.response?.data) data = r.response.data;
      if (r.response?.message) message = r.response.message;
    }
  }
  for (const [f, d] of Object.entries(data)) {
    const m = (d as { message?: unknown } | null)?.message;
    if (typeof m === 'string') fieldErrors[FIELD_PATHS[f] ?? f] = m;
  }
  return new GatewayError(message, e.status ?? 0, fieldErrors);
}

/** Runs `fn`, turning a failure into a GatewayError with form field paths. */
export async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw toGatewayError(err);
  }
}
