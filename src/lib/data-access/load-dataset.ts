/**
 * Writes a whole `Dataset` (a city) into an empty PocketBase through the batch API.
 *
 * Requires a superuser session on the gateway. Records keep the dataset's ids, so relations
 * are written in one pass: parents before children, the support centres linked to their
 * areas once the resources exist. Each batch is one transaction; the caller owns recovery
 * for a load that fails half-way (`npm start` deletes the fresh data dir it was filling).
 */
import type { Dataset } from '../domain/dataset';
import type { Gateway } from './gateway';
import { GatewayError } from './gateway';
import {
  fromArea,
  fromContact,
  fromCouncil,
  fromMeeting,
  fromOrganization,
  fromPopulationCell,
  fromResource,
} from './records';
import { errorMessage } from '../domain/error-message';

/** Requests per batch call: under the server's `batch.maxRequests` (see the settings migration). */
const BATCH_SIZE = 1000;

type Op = {
  collection: string;
  kind: 'create' | 'update';
  id?: string;
  body: Record<string, unknown>;
};

export interface LoadReport {
  /** Records written per collection. */
  counts: Record<string, number>;
}

/**
 * Loads `dataset` into the server behind `gateway`.
 * @throws GatewayError naming the collection and record id of the first rejected record,
 *   or Error when a resource or need names a service-type code the taxonomy does not have.
 */
export async function loadDataset(gateway: Gateway, dataset: Dataset): Promise<LoadReport> {
  const pb = gateway.pb;
  const serviceTypes = await gateway.listServiceTypes();
  const typeIdByCode = new Map(serviceTypes.map((t) => [t.code, t.id]));

  const ops: Op[] = [];
  const add = (collection: string, body: Record<string, unknown>) =>
    ops.push({ collection, kind: 'create', body });

  for (const a of dataset.areas)
    add('areas', { ...fromArea(a), support_center: '', source: 'dataset', source_id: a.id });
  for (const u of dataset.users) {
    add('users', {
      id: u.id,
      email: u.email,
      emailVisibility: false,
      verified: true,
      password: u.password,
      passwordConfirm: u.password,
      name: u.name,
      role: u.role,
      districts: u.districtIds,
    });
  }
  for (const o of dataset.organizations) add('organizations', fromOrganization(o));
  for (const r of dataset.resources) {
    const serviceTypeIds = r.serviceTypeCodes.map((code) => {
      const id = typeIdByCode.get(code);
      if (!id) throw new Error(`resource ${r.id} (${r.name}): unknown service type code "${code}"`);
      return id;
    });
    add('resources', fromResource({ ...r, serviceTypeIds }));
  }
  for (const a of dataset.areas) {
    if (a.supportCenterId)
      ops.push({
        collection: 'areas',
        kind: 'update',
        id: a.id,
        body: { support_center: a.supportCenterId },
      });
  }
  for (const c of dataset.contacts) add('resource_contacts', fromContact(c));
  for (const c of dataset.councils) add('councils', fromCouncil(c));
  for (const m of dataset.meetings) add('council_meetings', fromMeeting(m));
  for (const n of dataset.needs ?? []) {
    const serviceType = typeIdByCode.get(n.serviceTypeCode);
    if (!serviceType)
      throw new Error(`need ${n.id}: unknown service type code "${n.serviceTypeCode}"`);
    add('needs', {
      id: n.id,
      district: n.districtId,
      service_type: serviceType,
      count: n.count,
      count_unit: n.countUnit,
      source: n.source,
      observed_on: n.observedOn,
      weekdays: n.weekdays,
      note: n.note,
      created_by: n.createdBy,
    });
  }
  for (const cell of dataset.populationCells)
    add('population_cells', fromPopulationCell(cell, 'dataset'));
  const city = dataset.areas.find((a) => a.kind === 'city');
  add('site', {
    city_name: dataset.site.cityName,
    city_name_kana: dataset.site.cityNameKana,
    city_name_en: dataset.site.cityNameEn,
    fictional: dataset.site.fictional,
    attribution: dataset.site.attribution,
    city: city?.id ?? '',
  });

  const counts: Record<string, number> = {};
  for (let i = 0; i < ops.length; i += BATCH_SIZE) {
    const chunk = ops.slice(i, i + BATCH_SIZE);
    const batch = pb.createBatch();
    for (const op of chunk) {
      if (op.kind === 'create') batch.collection(op.collection).create(op.body);
      else batch.collection(op.collection).update(op.id ?? '', op.body);
    }
    try {
      await batch.send();
    } catch (err) {
      throw describeBatchError(err, chunk);
    }
    for (const op of chunk)
      counts[op.collection] = (counts[op.collection] ?? 0) + (op.kind === 'create' ? 1 : 0);
  }

  // Layers carry a GeoJSON file: multipart uploads, one request each.
  for (const layer of dataset.layers) {
    const form = new FormData();
    form.set('id', layer.id);
    form.set('name', layer.name);
    form.set('kind', layer.kind);
    form.set('source', layer.source);
    form.set('licence', layer.licence);
    form.set('attribution', layer.attribution);
    form.set(
      'data',
      new Blob([JSON.stringify(layer.data)], { type: 'application/geo+json' }),
      `${layer.id}.geojson`,
    );
    try {
      await pb.collection('layers').create(form);
    } catch (err) {
      throw new GatewayError(`layers ${layer.id}: ${errorMessage(err)}`, 400);
    }
    counts.layers = (counts.layers ?? 0) + 1;
  }
  return { counts };
}

/** Names the collection, record and field of the request a batch failed on. */
function describeBatchError(err: unknown, chunk: Op[]): GatewayError {
  const data = (err as { response?: { data?: Record<string, unknown> } }).response?.data ?? {};
  // PocketBase reports `{ requests: { "<index>": { code, message, data: { field: {message} } } } }`.
  const requests = (data.requests ?? {}) as Record<
    string,
    { message?: string; data?: { data?: Record<string, { message?: string }> } }
  >;
  for (const [index, detail] of Object.entries(requests)) {
    const op = chunk[Number(index)];
    const fields = detail.data?.data ?? {};
    const fieldText = Object.entries(fields)
      .map(([f, e]) => `${f}: ${e.message ?? 'invalid'}`)
      .join('; ');
    const fieldErrors = Object.fromEntries(
      Object.entries(fields).map(([f, e]) => [f, e.message ?? 'invalid']),
    );
    return new GatewayError(
      `${op?.collection ?? '?'} ${String(op?.body.id ?? op?.id ?? `#${index}`)}: ${detail.message ?? 'rejected'}${fieldText ? ` (${fieldText})` : ''}`,
      400,
      fieldErrors,
    );
  }
  return new GatewayError(errorMessage(err), 400);
}
