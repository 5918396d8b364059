/**
 * The HSDS section of `planImport`: an Open Referral package's organizations first (resources
 * refer to them), then its resources; each found by (source, HSDS id) or by the id our own
 * export gave it, so loading back a package this site exported updates, never copies.
 */
import type { LngLat, Resource } from '../domain/types';
import { uuidFor } from '../export/to-hsds';
import { resolveReading } from './generate-reading';
import { importIssue } from './import-issue';
import { mergeHsdsResource } from './merge-hsds-resource';
import type { TownForLookup } from './plan-areas';
import type { PlanBuilder } from './plan-builder';
import type { ExistingState, ImportInputs } from './plan-import';
import { sameRecord } from './same-record';
import { stableId } from './stable-id';

/**
 * Plans `inputs.hsds` onto `plan`.
 * @param townAt the town containing a point, for a resource none of whose service areas is one of our districts
 * @param resourceBySource stored resources by `source` and `sourceId` joined by NUL
 */
export function planHsds(
  plan: PlanBuilder,
  inputs: ImportInputs,
  existing: ExistingState,
  townAt: (p: LngLat) => TownForLookup | undefined,
  resourceBySource: ReadonlyMap<string, Resource>,
): void {
  if (!inputs.hsds) return;
  const h = inputs.hsds;
  const key = h.source.key;
  const orgBySource = new Map(
    (existing.organizations ?? []).map((o) => [`${o.source}\u0000${o.sourceId}`, o]),
  );
  // A package this site exported carries ids derived from our own record ids (`toHsds`):
  // loading it back must update those records, not add a second copy of the directory.
  const orgByExportId = new Map(
    (existing.organizations ?? []).map((o) => [uuidFor(`organization|${o.id}`), o]),
  );
  const resourceByExportId = new Map(
    existing.resources.map((r) => [uuidFor(`service|${r.id}`), r]),
  );
  /** The id readHsds gave an organization → its id in the database (found or to be created). */
  const orgIdOf = new Map<string, string>();
  for (const o of h.organizations) {
    const origin = { file: h.file, row: h.organizationRowOf[o.sourceId] ?? null };
    const found = orgBySource.get(`${key}\u0000${o.sourceId}`) ?? orgByExportId.get(o.sourceId);
    const id = found?.id ?? stableId(`organizations|${key}|${o.sourceId}`);
    orgIdOf.set(o.id, id);
    // HSDS holds the name, the reading (as description) and a public phone; type and district are kept.
    const held = { name: o.name, nameKana: o.nameKana, publicPhone: o.publicPhone };
    if (!found) {
      const sourced = { source: key, sourceId: o.sourceId };
      const record = { id, type: 'other' as const, districtId: '', ...held, ...sourced };
      plan.add('organizations', 'create', id, record, origin);
    } else if (!sameRecord({ ...found, ...held }, found)) {
      plan.add('organizations', 'update', id, { ...found, ...held }, origin);
    } else plan.count('organizations', 'unchanged');
  }
  for (const r of h.resources) {
    const row = h.rowOf[r.sourceId] ?? null;
    const origin = { file: h.file, row };
    let districtId = r.districtId;
    let serviceDistrictIds = r.serviceDistrictIds;
    if (!districtId) {
      // No service area named one of our districts: place it by its point, as a places row.
      if (!r.location) {
        plan.issues.push(
          importIssue('warning', h.file, row, 'service_at_location', 'hsdsNoLocation', {
            name: r.name,
          }),
        );
        continue;
      }
      const town = townAt(r.location);
      if (!town || !town.districtId) {
        plan.issues.push(
          town
            ? importIssue('warning', h.file, row, 'locations.latitude', 'hsdsTownNoDistrict', {
                name: r.name,
                town: town.name,
              })
            : importIssue('error', h.file, row, 'locations.latitude', 'hsdsOutsideCity', {
                name: r.name,
                location: r.location.join(', '),
              }),
        );
        continue;
      }
      districtId = town.districtId;
      serviceDistrictIds = [];
    }
    const found =
      resourceBySource.get(`${key}\u0000${r.sourceId}`) ?? resourceByExportId.get(r.sourceId);
    const id = found?.id ?? stableId(`resources|${key}|${r.sourceId}`);
    const imported: Omit<Resource, 'updatedAt'> = {
      ...r,
      id,
      kind: h.kind,
      districtId,
      serviceDistrictIds,
      ...resolveReading(r.nameKana, r.name, found, inputs.readingOf),
      organizationId: r.organizationId ? (orgIdOf.get(r.organizationId) ?? '') : '',
      source: key,
      sourceId: r.sourceId,
    };
    if (!found) {
      plan.add('resources', 'create', id, imported, origin);
      continue;
    }
    const { updatedAt: _u, ...stored } = found;
    const record = mergeHsdsResource(stored, imported);
    if (sameRecord(record, stored)) plan.count('resources', 'unchanged');
    else {
      plan.add('resources', 'update', id, record, origin);
    }
  }
}
