/**
 * The database side of an import (issue #7): reads what an import plan must compare against
 * (areas, resources, organizations with their source ids, data sources, population cells, the
 * taxonomy, recorded needs, the site),
 * and applies a plan all or nothing through the server route `POST /api/sasaeai/import`
 * (pb_hooks/import.pb.js), which saves every record in one transaction.
 *
 * Requires an admin user or a superuser on the gateway.
 */
import type {
  ExistingDataSource,
  ExistingState,
  ImportPlan,
  PlannedOp,
} from '../import/plan-import';
import type { Gateway } from './gateway';
import { GatewayError } from './gateway';
import {
  fromArea,
  fromOrganization,
  fromResource,
  toArea,
  toOrganization,
  toResource,
  toServiceType,
  type PbRecord,
} from './records';
import { toNeed } from './needs';
import { toSite } from './to-site';
import { errorMessage } from '../domain/error-message';

/** What the database holds that an import may match: areas (with boundaries), resources, sources, the site. */
export async function readImportState(gateway: Gateway): Promise<ExistingState> {
  const pb = gateway.pb;
  try {
    const [areas, resources, organizations, sources, sites, cells, types, needs] =
      await Promise.all([
        pb.collection('areas').getFullList({ batch: 1000 }),
        pb.collection('resources').getFullList({ batch: 1000 }),
        pb.collection('organizations').getFullList({ batch: 1000 }),
        pb.collection('data_sources').getFullList({ batch: 1000 }),
        pb.collection('site').getList(1, 1),
        pb.collection('population_cells').getFullList({ batch: 5000 }),
        pb.collection('service_types').getFullList({ batch: 1000 }),
        pb.collection('needs').getFullList({ batch: 1000 }),
      ]);
    const site = sites.items[0] as PbRecord | undefined;
    return {
      areas: areas.map((r) => ({ ...toArea(r as PbRecord), ...sourceOf(r as PbRecord) })),
      resources: resources.map((r) => toResource(r as PbRecord)),
      organizations: organizations.map((r) => ({
        ...toOrganization(r as PbRecord),
        ...sourceOf(r as PbRecord),
      })),
      dataSources: sources.map((r) => toDataSource(r as PbRecord)),
      serviceTypes: types.map((r) => toServiceType(r as PbRecord)),
      needs: needs.map((r) => toNeed(r as PbRecord)),
      populationCells: cells.map((r) => ({
        id: r.id,
        meshCode: String(r.mesh_code ?? ''),
        meshM: Number(r.mesh_m ?? 0),
        population: Number(r.population ?? 0),
        population65: Number(r.population_65 ?? 0),
        year: Number(r.year ?? 0),
        source: String(r.source ?? ''),
      })),
      site: site ? toSite(site, pb.baseURL) : null,
    };
  } catch (err) {
    throw new GatewayError(`reading the current data failed: ${errorMessage(err)}`, 0);
  }
}

/** Where an imported area or organization came from: the source's key and its id there. */
function sourceOf(r: PbRecord): { source: string; sourceId: string } {
  return { source: String(r.source ?? ''), sourceId: String(r.source_id ?? '') };
}

/** Every imported source with its licence and credit line (public). */
export async function listDataSources(gateway: Gateway): Promise<ExistingDataSource[]> {
  const items = await gateway.pb
    .collection('data_sources')
    .getFullList({ batch: 1000, sort: 'key' });
  return items.map((r) => toDataSource(r as PbRecord));
}

function toDataSource(r: PbRecord): ExistingDataSource {
  return {
    id: r.id,
    key: String(r.key ?? ''),
    title: String(r.title ?? ''),
    fileName: String(r.file_name ?? ''),
    licence: String(r.licence ?? ''),
    attribution: String(r.attribution ?? ''),
    url: String(r.url ?? ''),
    recordCount: typeof r.record_count === 'number' ? r.record_count : 0,
  };
}

type Collection = PlannedOp['collection'];
type RecordOf<C extends Collection> = Extract<PlannedOp, { collection: C }>['record'];

/**
 * The collections an import writes field by field: each domain field and its PocketBase name,
 * in the order they are sent.
 */
// prettier-ignore
const PB_NAMES: { [C in 'population_cells' | 'needs' | 'data_sources' | 'site']: Partial<Record<keyof RecordOf<C>, string>> } = {
  population_cells: { meshCode: 'mesh_code', meshM: 'mesh_m', population: 'population', population65: 'population_65', year: 'year', source: 'source' },
  needs: { districtId: 'district', serviceTypeId: 'service_type', count: 'count', countUnit: 'count_unit', source: 'source', observedOn: 'observed_on', weekdays: 'weekdays', note: 'note' },
  data_sources: { key: 'key', title: 'title', fileName: 'file_name', licence: 'licence', attribution: 'attribution', url: 'url', recordCount: 'record_count' },
  site: { cityName: 'city_name', cityNameKana: 'city_name_kana', cityNameEn: 'city_name_en', fictional: 'fictional', attribution: 'attribution', cityAreaId: 'city' },
};

/** The PocketBase fields of a planned record (never its id: the op carries it). */
function fieldsOf(op: PlannedOp): Record<string, unknown> {
  switch (op.collection) {
    case 'areas': {
      const { id: _id, ...fields } = fromArea(op.record);
      return { ...fields, source: op.record.source, source_id: op.record.sourceId };
    }
    case 'organizations': {
      const { id: _id, ...fields } = fromOrganization(op.record);
      return { ...fields, source: op.record.source, source_id: op.record.sourceId };
    }
    case 'resources': {
      const { id: _id, ...fields } = fromResource(op.record);
      return fields;
    }
    default: {
      const record = op.record as unknown as Record<string, unknown>;
      const names: Record<string, string> = PB_NAMES[op.collection];
      return Object.fromEntries(Object.entries(names).map(([field, pb]) => [pb, record[field]]));
    }
  }
}

export interface ApplyResult {
  /** Saved records per `collection:action`. */
  counts: Record<string, number>;
}

/** The server rejected a record: names the file and row it came from. */
export class ImportApplyError extends GatewayError {}

/**
 * Applies `plan` in one transaction. Refuses a plan whose report has errors.
 * @throws ImportApplyError naming the file, row and server message of the first rejected record;
 *   nothing is written in that case.
 */
export async function applyImport(
  gateway: Gateway,
  plan: ImportPlan,
  opts: { files?: string[] } = {},
): Promise<ApplyResult> {
  if (!plan.report.ok)
    throw new ImportApplyError('the import report has errors: fix them before applying.', 400);
  if (plan.ops.length === 0) return { counts: {} };
  const body = {
    importId: `import-${new Date().toISOString()}`,
    files: opts.files ?? [],
    ops: plan.ops.map((op) => ({
      collection: op.collection,
      action: op.action,
      id: op.id,
      fields: fieldsOf(op),
    })),
  };
  let res: Response;
  try {
    res = await fetch(gateway.pb.buildURL('/api/sasaeai/import'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: gateway.pb.authStore.token },
      body: JSON.stringify(body),
    });
  } catch (err) {
    throw new ImportApplyError(`the server cannot be reached: ${errorMessage(err)}`, 0);
  }
  const answer = (await res.json().catch(() => ({}))) as {
    counts?: Record<string, number>;
    message?: string;
    failed?: { index: number; message: string };
  };
  if (!res.ok) {
    const failed = answer.failed;
    const op = failed ? plan.ops[failed.index] : undefined;
    const where = op
      ? `${op.origin.file}${op.origin.row === null ? '' : ` row ${op.origin.row}`}: `
      : '';
    throw new ImportApplyError(
      `${where}${failed?.message ?? answer.message ?? `HTTP ${res.status}`} — nothing was changed.`,
      res.status,
    );
  }
  return { counts: answer.counts ?? {} };
}

/** Why the server takes no import (a demo data directory), in English and Japanese. */
export interface ImportRefusal {
  code: string;
  message: string;
  messageJa: string;
}

/**
 * Asks the server whether this data directory takes imports (GET /api/sasaeai/import).
 * @returns null when it does; the server's refusal (409: the demo city's directory, with how
 *   to start a real city) when it does not.
 * @throws ImportApplyError when the server cannot be reached or refuses the account.
 */
export async function importRefusal(gateway: Gateway): Promise<ImportRefusal | null> {
  let res: Response;
  try {
    res = await fetch(gateway.pb.buildURL('/api/sasaeai/import'), {
      headers: { Authorization: gateway.pb.authStore.token },
    });
  } catch (err) {
    throw new ImportApplyError(`the server cannot be reached: ${errorMessage(err)}`, 0);
  }
  const answer = (await res.json().catch(() => ({}))) as Partial<ImportRefusal>;
  if (res.status === 409) {
    return {
      code: answer.code ?? 'refused',
      message: answer.message ?? 'The server refuses imports.',
      messageJa: answer.messageJa ?? answer.message ?? '',
    };
  }
  if (!res.ok) throw new ImportApplyError(answer.message ?? `HTTP ${res.status}`, res.status);
  return null;
}

/**
 * Whether the city already has towns: places without coordinates can then take their town's
 * point (matched by address), so the import form need not insist on latitude/longitude columns.
 */
export async function hasTowns(gateway: Gateway): Promise<boolean> {
  const page = await gateway.pb
    .collection('areas')
    .getList(1, 1, { filter: 'kind = "town"', fields: 'id', skipTotal: true });
  return page.items.length > 0;
}
