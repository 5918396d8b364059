/**
 * The places section of `planImport`: each row of each places file becomes a resource,
 * created or updated (found by its source and id, or by our own exported id), placed in the
 * district of the town its point lies in; a row without coordinates gets the representative
 * point of the town its address names (marked approximate). Likely duplicates of an earlier
 * row or of a directory place are left out unless `keepDuplicates` (plan-place-duplicates.ts).
 */
import { WEEKDAYS, type LngLat, type Resource, type Schedule } from '../domain/types';
import { emptySchedule } from '../domain/empty-schedule';
import { resolveReading } from './generate-reading';
import { importIssue } from './import-issue';
import { ownRecordIdOf } from './own-record-id-of';
import type { TownForLookup } from './plan-areas';
import type { PlanBuilder } from './plan-builder';
import type { ExistingState, ImportDuplicate, ImportInputs, Origin } from './plan-import';
import { planPlaceDuplicates } from './plan-place-duplicates';
import type { PlaceInput } from './read-places';
import { sameRecord } from './same-record';
import { stableId } from './stable-id';

/** The schedule with each rule's weekdays in calendar order (Sunday first), for comparing. */
function calendarOrder(s: Schedule): Schedule {
  return {
    ...s,
    rules: s.rules.map((r) =>
      'weekdays' in r ? { ...r, weekdays: WEEKDAYS.filter((d) => r.weekdays.includes(d)) } : r,
    ),
  };
}

/** The resource fields a kayoinoba row gives (only those it gives), the organization resolved by name. */
function detailFields(p: PlaceInput, organizationFor: (name: string) => string): Partial<Resource> {
  const d = p.details;
  if (!d) return {};
  const out: Partial<Resource> = {};
  if (d.kind) out.kind = d.kind;
  if (d.capacity !== undefined) out.capacity = d.capacity;
  if (d.cost) out.cost = d.cost;
  if (d.eligibility) out.eligibility = d.eligibility;
  if (d.booking) out.booking = d.booking;
  if (d.organizationName !== undefined) out.organizationId = organizationFor(d.organizationName);
  if (d.locationApproximate && p.location) out.locationApproximate = true;
  return out;
}

/**
 * Plans the resources of `inputs.places` onto `plan`.
 * @param towns the towns to place rows in (stored ones replaced by this import's)
 * @param townAt the town containing a point (see town-locator.ts)
 * @param resourceBySource stored resources by `source` and `sourceId` joined by NUL
 * @returns rows placed on a town's point, and the likely duplicates found
 */
export function planPlaces(
  plan: PlanBuilder,
  inputs: ImportInputs,
  existing: ExistingState,
  towns: readonly TownForLookup[],
  townAt: (p: LngLat) => TownForLookup | undefined,
  resourceBySource: ReadonlyMap<string, Resource>,
): { approximateLocations: number; duplicates: ImportDuplicate[] } {
  let approximateLocations = 0;
  const duplicates: ImportDuplicate[] = [];
  if (!inputs.places?.length) return { approximateLocations, duplicates };
  // Longest name first so 「八幡町」 wins over 「八幡」 inside 「高崎市八幡町…」.
  const named = [
    ...(inputs.townPoints ?? []),
    ...towns.filter((t) => t.point).map((t) => ({ name: t.name, point: t.point! })),
  ].sort((a, b) => b.name.length - a.name.length);
  /** Resource field filled from each optional place field. */
  const FIELD_OF = {
    nameKana: 'nameKana',
    address: 'address',
    phone: 'publicPhone',
    url: 'website',
    note: 'description',
    schedule: 'schedule',
  } as const;
  const skipped = planPlaceDuplicates(inputs, existing, resourceBySource, duplicates, plan.issues);
  // Kayoinoba rows name their organization (法人の名称): an existing one of that name, else one
  // created once per name for this source.
  const orgByName = new Map<string, string>();
  for (const o of existing.organizations ?? [])
    if (!orgByName.has(o.name)) orgByName.set(o.name, o.id);
  const resourceById = new Map(existing.resources.map((r) => [r.id, r]));
  const organizationFor = (name: string, sourceKey: string, origin: Origin): string => {
    if (!name) return '';
    let id = orgByName.get(name);
    if (!id) {
      id = stableId(`organizations|${sourceKey}|${name}`);
      orgByName.set(name, id);
      plan.ops.push({
        collection: 'organizations',
        action: 'create',
        id,
        origin,
        record: {
          id,
          name,
          nameKana: '',
          type: 'other',
          districtId: '',
          publicPhone: '',
          source: sourceKey,
          sourceId: name,
        },
      });
      plan.count('organizations', 'create');
    }
    return id;
  };
  for (const group of inputs.places) {
    const { source, result, kind } = group;
    const unread = result.unread ?? [];
    for (const p of result.places) {
      const origin = { file: result.file, row: p.row };
      if (skipped.has(p)) continue;
      let location = p.location;
      let approximate = false;
      if (!location) {
        const hit = p.address ? named.find((n) => n.name && p.address.includes(n.name)) : undefined;
        if (!hit) {
          plan.issues.push(
            importIssue('error', result.file, p.row, '住所', 'placeNoTown', {
              name: p.name,
              address: p.address,
            }),
          );
          continue;
        }
        location = hit.point;
        approximate = true;
        approximateLocations++;
      }
      const town = townAt(location);
      if (!town || !town.districtId) {
        plan.issues.push(
          town
            ? importIssue('warning', result.file, p.row, 'location', 'placeTownNoDistrict', {
                name: p.name,
                town: town.name,
              })
            : importIssue('error', result.file, p.row, 'location', 'placeOutsideCity', {
                name: p.name,
                location: location.join(', '),
              }),
        );
        continue;
      }
      // A kayoinoba file this site exported carries our record ids as NO: loading it back
      // updates those records (keeping their provenance), and into an emptied directory it
      // recreates them under the same ids, so the next export is the same file.
      const ownId = ownRecordIdOf(p);
      const bySource = resourceBySource.get(`${source.key}\u0000${p.sourceId}`);
      const byOwnId = bySource ? undefined : ownId ? resourceById.get(ownId) : undefined;
      const found = bySource ?? byOwnId;
      const id = found?.id ?? (ownId || stableId(`resources|${source.key}|${p.sourceId}`));
      let schedule: Schedule | null =
        p.schedule ??
        (p.weekdays.length && p.start && p.end
          ? {
              ...emptySchedule(),
              rules: [{ type: 'weekly', weekdays: p.weekdays, start: p.start, end: p.end }],
            }
          : null);
      // The order a record lists its weekdays in carries no meaning: the same days are no change.
      if (schedule && found && sameRecord(calendarOrder(schedule), calendarOrder(found.schedule)))
        schedule = found.schedule;
      const imported = {
        kind,
        name: p.name,
        ...resolveReading(p.nameKana, p.name, found, inputs.readingOf),
        description: p.note,
        districtId: town.districtId,
        location,
        locationApproximate: approximate,
        address: p.address,
        publicPhone: p.phone,
        website: p.url,
        source: source.key,
        sourceId: p.sourceId,
        ...(schedule ? { schedule } : {}),
        ...detailFields(p, (name) => organizationFor(name, source.key, origin)),
      };
      if (byOwnId) {
        (imported as Record<string, unknown>).source = byOwnId.source;
        (imported as Record<string, unknown>).sourceId = byOwnId.sourceId;
      }
      if (found) {
        // A field the file does not supply keeps what the place has (a switched-off column
        // must not blank every place's phone on a re-import).
        // (The reading is resolved above: a missing one keeps the stored reading.)
        for (const f of unread)
          if (f !== 'nameKana') delete (imported as Record<string, unknown>)[FIELD_OF[f]];
        const { updatedAt: _u, ...base } = found;
        const merged = { ...base, ...imported };
        if (
          Object.entries(imported).every(([k, v]) =>
            sameRecord(v, (found as unknown as Record<string, unknown>)[k]),
          )
        )
          plan.count('resources', 'unchanged');
        else {
          plan.add('resources', 'update', id, merged, origin);
        }
      } else {
        plan.ops.push({
          collection: 'resources',
          action: 'create',
          id,
          origin,
          record: {
            id,
            serviceTypeIds: [],
            serviceDistrictIds: [],
            directions: '',
            schedule: emptySchedule(),
            // What a places file cannot say is stored as unknown, never as a default.
            cost: { amountYen: null, unit: 'per_visit', note: '' },
            eligibility: null,
            booking: null,
            capacity: null,
            acceptingNewcomers: null,
            accessibility: [],
            status: 'active',
            statusReason: '',
            isPublic: true,
            organizationId: '',
            lastVerifiedAt: '',
            verifiedById: '',
            verificationMethod: '',
            ...imported,
          },
        });
        plan.count('resources', 'create');
      }
    }
  }
  return { approximateLocations, duplicates };
}
