/**
 * The HSDS round trip through the database (issue #7: "round trip keeps everything HSDS can
 * hold"). On a private copy of the demo city: export the public directory anonymously
 * (export₁); as superuser delete every resource and organization (areas stay); import export₁
 * with `sasaeai import --hsds --apply`; export again (export₂). export₂ must equal export₁ in
 * every table and every field once the opaque HSDS ids are mapped; a second import must plan
 * nothing and leave the database exactly as it was.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FALLBACK_ORGANIZATION_ID, type HsdsPackage } from '../../src/lib/export/to-hsds';
import { allRecords, deleteInBatch, exportFile, importAsAdmin, useRoundTrip } from './round-trip';
import type { ImportReport } from './round-trip';

type Row = Record<string, unknown>;
const rt = useRoundTrip('sasaeai-hsds-full-');

async function exportHsds(name: string): Promise<HsdsPackage> {
  return JSON.parse((await exportFile(rt, 'hsds', name)).toString('utf8')) as HsdsPackage;
}

const importHsds = (name: string): Promise<ImportReport> =>
  importAsAdmin(rt, ['--hsds', join(rt.dir, name)]);

const all = (collection: string) => allRecords(rt.su, collection);

/**
 * Replaces every HSDS id by a key made of the row's content, so two packages of the same
 * directory compare equal whatever our record ids were. Organizations are keyed by their row,
 * services by their row (organization mapped) and their locations, locations and contacts by
 * their service; the remaining rows lose their id and are compared as sorted lists.
 * Checks that the keys are unique, so no two rows collapse into one.
 */
function canonical(pkg: HsdsPackage): Record<string, string[]> {
  const withoutId = ({ id: _id, ...rest }: Row) => rest;
  const unique = (keys: Map<string, string>, what: string) => {
    expect(new Set(keys.values()).size, `${what} keys are unique`).toBe(keys.size);
    return keys;
  };
  const orgKey = unique(
    new Map(pkg.organizations.map((o) => [String(o.id), `org:${JSON.stringify(withoutId(o))}`])),
    'organization',
  );
  const locationsOf = new Map<string, Row[]>();
  const locationById = new Map(pkg.locations.map((l) => [String(l.id), l]));
  for (const sal of pkg.service_at_locations) {
    const loc = locationById.get(String(sal.location_id));
    if (loc)
      locationsOf.set(String(sal.service_id), [
        ...(locationsOf.get(String(sal.service_id)) ?? []),
        loc,
      ]);
  }
  const mapOrg = (r: Row) =>
    'organization_id' in r
      ? {
          ...r,
          organization_id:
            orgKey.get(String(r.organization_id)) ?? `missing:${String(r.organization_id)}`,
        }
      : r;
  const serviceKey = unique(
    new Map(
      pkg.services.map((s) => [
        String(s.id),
        `svc:${JSON.stringify([mapOrg(withoutId(s)), (locationsOf.get(String(s.id)) ?? []).map((l) => mapOrg(withoutId(l)))])}`,
      ]),
    ),
    'service',
  );
  const locationKey = new Map(
    pkg.service_at_locations.map((sal) => [
      String(sal.location_id),
      `loc:${serviceKey.get(String(sal.service_id))}`,
    ]),
  );
  const contactKey = new Map(
    pkg.contacts.map((c) => [String(c.id), `contact:${serviceKey.get(String(c.service_id))}`]),
  );
  const ref = (keys: Map<string, string>, v: unknown) =>
    keys.get(String(v)) ?? `missing:${String(v)}`;
  const mapRefs = (r: Row): Row => {
    const out: Row = { ...r };
    if ('organization_id' in r) out.organization_id = ref(orgKey, r.organization_id);
    if ('service_id' in r) out.service_id = ref(serviceKey, r.service_id);
    if ('location_id' in r) out.location_id = ref(locationKey, r.location_id);
    if ('contact_id' in r) out.contact_id = ref(contactKey, r.contact_id);
    return out;
  };
  const keyed = (rows: Row[], keys: Map<string, string>) =>
    rows.map((r) => JSON.stringify({ ...mapRefs(r), id: ref(keys, r.id) })).sort();
  const anonymousRows = (rows: Row[]) =>
    rows.map((r) => JSON.stringify(mapRefs(withoutId(r)))).sort();
  return {
    organizations: keyed(pkg.organizations, orgKey),
    services: keyed(pkg.services, serviceKey),
    locations: keyed(pkg.locations, locationKey),
    service_at_locations: anonymousRows(pkg.service_at_locations),
    schedules: anonymousRows(pkg.schedules),
    service_areas: anonymousRows(pkg.service_areas),
    contacts: keyed(pkg.contacts, contactKey),
    phones: anonymousRows(pkg.phones),
  };
}

describe('HSDS export → empty directory → import → export on a real server', () => {
  it('gives back the same package (ids aside), and a second import changes nothing', async () => {
    const first = await exportHsds('export1.json');
    // The package exercises what the old places-row import lost: organizations, area-wide groups
    // without a place, verification dates, fee texts, directions, districts served, monthly rules.
    expect(first.organizations.length).toBeGreaterThan(5);
    expect(first.services.length - first.service_at_locations.length).toBeGreaterThan(0);
    expect(first.services.filter((s) => s.assured_date).length).toBeGreaterThan(0);
    expect(first.services.filter((s) => s.fees_description).length).toBeGreaterThan(0);
    expect(first.locations.filter((l) => l.transportation).length).toBeGreaterThan(0);
    expect(first.service_areas.length).toBeGreaterThan(first.services.length);
    expect(first.schedules.filter((s) => s.freq === 'MONTHLY').length).toBeGreaterThan(0);
    // The city stands in for services without an organization: it is not an organization of ours.
    const orgCount = first.organizations.filter((o) => o.id !== FALLBACK_ORGANIZATION_ID).length;
    const areasBefore = await all('areas');

    // Empty the directory: every resource and organization (contacts and events cascade).
    const [resources, organizations] = [await all('resources'), await all('organizations')];
    await deleteInBatch(rt.su, { resources, organizations });
    expect(await all('resources')).toEqual([]);
    expect(await all('organizations')).toEqual([]);

    const report = await importHsds('export1.json');
    expect(report.issues).toEqual([]);
    expect(report.counts.organizations).toEqual({ create: orgCount, update: 0, unchanged: 0 });
    expect(report.counts.resources).toEqual({
      create: first.services.length,
      update: 0,
      unchanged: 0,
    });
    expect(report.applied?.['resources:create']).toBe(first.services.length);

    const second = await exportHsds('export2.json');
    const [a, b] = [canonical(first), canonical(second)];
    for (const table of Object.keys(a)) expect(b[table], table).toEqual(a[table]);

    // Areas are untouched by the import (districts come from the service areas).
    const areasAfter = await all('areas');
    expect(areasAfter.map(({ updated: _u, support_center: _s, ...r }) => r)).toEqual(
      areasBefore.map(({ updated: _u, support_center: _s, ...r }) => r),
    );

    // A second import of the same package: everything unchanged, nothing written.
    const snapshot = async () => ({
      resources: await all('resources'),
      organizations: await all('organizations'),
      sources: await all('data_sources'),
      site: await all('site'),
    });
    const before = await snapshot();
    const again = await importHsds('export1.json');
    expect(again.counts.organizations).toEqual({ create: 0, update: 0, unchanged: orgCount });
    expect(again.counts.resources).toEqual({
      create: 0,
      update: 0,
      unchanged: first.services.length,
    });
    expect(again.counts.data_sources).toEqual({ create: 0, update: 0, unchanged: 1 });
    expect(again.applied).toEqual({});
    expect(await snapshot()).toEqual(before);
  });
});
