/**
 * HSDS through a real server: export the public directory anonymously; loading that package
 * back into the same site changes nothing (its ids are derived from our own records). The same
 * content under another system's ids is imported with `sasaeai import --hsds --apply` as an
 * admin next to what is there (every service becomes a resource of its own source, area-wide
 * groups without a place too, in the district their service area names; organizations are
 * created; monthly schedules kept); re-importing changes nothing. The full round trip through an
 * emptied directory is in import-hsds-full.test.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FALLBACK_ORGANIZATION_ID, uuidFor } from '../../src/lib/export/to-hsds';
import type { ListBody } from './api';
import { exportFile, importAsAdmin, useRoundTrip, type ImportReport } from './round-trip';

type Rec = Record<string, unknown> & { id: string };

const rt = useRoundTrip('sasaeai-hsds-');

/** `sasaeai export --format hsds` into `dir/name`: the package, parsed. */
async function exportHsds<T>(name: string): Promise<{ path: string; text: string; pkg: T }> {
  const text = (await exportFile(rt, 'hsds', name)).toString('utf8');
  return { path: join(rt.dir, name), text, pkg: JSON.parse(text) as T };
}

/** `sasaeai import --hsds PATH --apply --json` as the demo admin (exit code 0): the report. */
const importHsds = (path: string): Promise<ImportReport> => importAsAdmin(rt, ['--hsds', path]);

/**
 * Writes `text` (an exported package) into `dir/name` as another system would publish the same
 * content: every id replaced by one derived from `system` (the city stand-in organization kept).
 */
function fromAnotherSystem(text: string, system: string, name: string): string {
  const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
  const path = join(rt.dir, name);
  writeFileSync(
    path,
    text.replace(UUID, (u) => (u === FALLBACK_ORGANIZATION_ID ? u : uuidFor(`${system}|${u}`))),
  );
  return path;
}

describe('HSDS export → import → export on a real server', () => {
  it("loads the site's own export back onto the records it came from: nothing created, nothing changed", async () => {
    const own = await exportHsds<{ services: Rec[] }>('sasaeai-hsds.json');
    const pkg = own.pkg;
    const report = await importHsds(own.path);
    expect(report.counts.resources).toEqual({
      create: 0,
      update: 0,
      unchanged: pkg.services.length,
    });
    expect(report.counts.organizations?.create).toBe(0);
    expect(report.counts.organizations?.update).toBe(0);
  });

  it('imports every public service once with its organization, keeping schedules, and a re-import changes nothing', async () => {
    const own = await exportHsds('own.json');
    // The same content from another system: every id replaced (the city stand-in organization kept).
    const first = fromAnotherSystem(own.text, 'another system', 'first.json');
    const pkg = JSON.parse(readFileSync(first, 'utf8')) as {
      organizations: Rec[];
      services: Rec[];
      service_at_locations: Rec[];
      schedules: Rec[];
      service_areas: Rec[];
    };
    const located = new Set(pkg.service_at_locations.map((x) => x.service_id));
    const orgCount = pkg.organizations.filter((o) => o.id !== FALLBACK_ORGANIZATION_ID).length;

    const report = await importHsds(first);
    expect(report.counts.resources?.create).toBe(pkg.services.length);
    expect(report.counts.organizations?.create).toBe(orgCount);
    expect(report.issues).toEqual([]);

    const filter = (f: string) => `?perPage=500&filter=${encodeURIComponent(f)}`;
    const imported = (
      await rt.su.get<ListBody<Rec>>(
        `/api/collections/resources/records${filter('source = "first"')}`,
      )
    ).body.items;
    expect(imported).toHaveLength(pkg.services.length);
    // Area-wide groups come without a location, in the district their first service area names.
    const districts = (
      await rt.su.get<ListBody<Rec>>(`/api/collections/areas/records${filter('kind = "district"')}`)
    ).body.items;
    const districtByName = new Map(districts.map((d) => [d.name, d.id]));
    const placeless = pkg.services.filter((s) => !located.has(s.id));
    expect(placeless.length).toBeGreaterThan(0);
    for (const s of placeless) {
      const r = imported.find(
        (x) => x.name === s.name && (x.location as { lon: number }).lon === 0,
      )!;
      expect(r, String(s.name)).toBeDefined();
      expect(r.district).toBe(
        districtByName.get(pkg.service_areas.find((a) => a.service_id === s.id)!.name),
      );
    }
    // Every imported resource with an organization points at one created by this import.
    const orgs = (
      await rt.su.get<ListBody<Rec>>(
        `/api/collections/organizations/records${filter('source = "first"')}`,
      )
    ).body.items;
    expect(orgs).toHaveLength(orgCount);
    const orgIds = new Set(orgs.map((o) => o.id));
    expect(
      imported.filter((r) => r.organization).every((r) => orgIds.has(r.organization as string)),
    ).toBe(true);
    const monthly = imported.filter((r) =>
      (r.schedule as { rules: Array<{ type: string }> }).rules.some(
        (x) => x.type === 'monthly_nth',
      ),
    );
    expect(monthly.length).toBeGreaterThan(0);
    const sourceMonthly = pkg.schedules.filter(
      (s) => s.freq === 'MONTHLY' && String(s.byday ?? '') !== '',
    );
    expect(monthly.length).toBe(new Set(sourceMonthly.map((s) => s.service_id)).size);

    const report2 = await importHsds(first);
    expect(report2.counts.resources).toEqual({
      create: 0,
      update: 0,
      unchanged: pkg.services.length,
    });
    expect(report2.counts.organizations).toEqual({ create: 0, update: 0, unchanged: orgCount });
  });

  it('carries places free, the maximum, newcomers and the answer’s date (service_capacity); unknown stays unknown', async () => {
    const filter = (f: string) => `?perPage=3&sort=name&filter=${encodeURIComponent(f)}`;
    const [a, b, c] = (
      await rt.su.get<ListBody<Rec>>(
        `/api/collections/resources/records${filter('source = "demo" && is_public = true && status = "active"')}`,
      )
    ).body.items;
    // a coordinator's answers, dated by the server (pb_hooks/capacity-date.pb.js)
    const patch = async (id: string, body: Record<string, unknown>) => {
      const r = await rt.su.patch<Rec>(`/api/collections/resources/records/${id}`, body);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return r.body;
    };
    const savedA = await patch(a!.id, {
      capacity: 20,
      accepting_newcomers: 'yes',
      capacity_available: 5,
    });
    const savedB = await patch(b!.id, { capacity: 0, capacity_available: 0 });
    await patch(c!.id, { capacity_available: null });
    expect(savedA.capacity_updated_at).toBeTruthy();

    const own = await exportHsds<{ services: Rec[]; service_capacities: Rec[] }>(
      'capacity-own.json',
    );
    const pkg = own.pkg;
    const serviceOf = (id: string) => uuidFor(`service|${id}`);
    const rowOf = (id: string) =>
      pkg.service_capacities.find((x) => x.service_id === serviceOf(id));
    expect(rowOf(a!.id)).toMatchObject({ available: 5, maximum: 20, updated: expect.any(String) });
    expect(Date.parse(String(rowOf(a!.id)!.updated))).toBe(
      Date.parse(String(savedA.capacity_updated_at).replace(' ', 'T')),
    );
    expect(rowOf(b!.id)).toMatchObject({ available: 0 });
    expect(rowOf(b!.id)!.maximum).toBeUndefined();
    expect(rowOf(c!.id)).toBeUndefined();
    // the site's own export loads back onto its records without a change
    expect((await importHsds(own.path)).counts.resources?.update).toBe(0);

    // the same package from another system: new records with the same answers
    await importHsds(fromAnotherSystem(own.text, 'capacity', 'capacity.json'));
    const copyOf = async (id: string) =>
      (
        await rt.su.get<ListBody<Rec>>(
          `/api/collections/resources/records${filter(`source = "capacity" && source_id = "${uuidFor(`capacity|${serviceOf(id)}`)}"`)}`,
        )
      ).body.items[0]!;
    const copyA = await copyOf(a!.id);
    expect([copyA.capacity, copyA.accepting_newcomers, copyA.capacity_available]).toEqual([
      20,
      'yes',
      5,
    ]);
    expect(Date.parse(String(copyA.capacity_updated_at).replace(' ', 'T'))).toBe(
      Date.parse(String(savedA.capacity_updated_at).replace(' ', 'T')),
    );
    const copyB = await copyOf(b!.id);
    expect([copyB.capacity, copyB.capacity_available]).toEqual([0, 0]);
    expect(copyB.capacity_updated_at).toBe(savedB.capacity_updated_at);
    // unknown stays unknown: no places-free answer → none on the copy, not 0
    const copyC = await copyOf(c!.id);
    expect(copyC.capacity_available).toBeNull();
    expect(copyC.capacity_updated_at).toBe('');
  });
});
