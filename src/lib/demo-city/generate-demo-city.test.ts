import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../domain/dataset';
import { SERVICE_TYPE_CATALOG } from '../domain/service-type-catalog';
import { COUNCIL_STATUSES, RESOURCE_KINDS, USER_ROLES, type Area } from '../domain/types';
import { meshCellBounds, meshCellCenter } from '../geo/mesh-code';
import {
  areasOf,
  demoCityDataset,
  geometryOf,
  ID,
  REFERENCE_MS,
  sum,
  YEAR_MS,
} from './__fixtures__/demo-city-dataset';
import { DEFAULT_DEMO_SEED, generateDemoCity } from './generate-demo-city';

let dataset: Dataset;
let json: string;

beforeAll(() => {
  dataset = demoCityDataset();
  json = JSON.stringify(dataset);
}, 60_000);

describe('generateDemoCity: determinism', () => {
  it('gives byte-identical JSON for the same seed', () => {
    expect(JSON.stringify(generateDemoCity({ seed: DEFAULT_DEMO_SEED }))).toBe(json);
  }, 60_000);

  it('gives a different city for another seed', () => {
    const other = generateDemoCity({ seed: 7 });
    expect(JSON.stringify(other.populationCells)).not.toBe(JSON.stringify(dataset.populationCells));
    // …that still holds together (the invariants below, in brief).
    expect(other.areas.filter((a) => a.kind === 'district')).toHaveLength(20);
    expect(other.resources.length).toBeGreaterThanOrEqual(300);
    const city = other.areas.find((a) => a.kind === 'city');
    expect(city?.population).toBe(sum(other.populationCells.map((c) => c.population)));
  }, 60_000);

  it('stays under 3 MB of JSON', () => {
    expect(Buffer.byteLength(json)).toBeLessThan(3_000_000);
  });
});

describe('generateDemoCity: site and counts', () => {
  it('labels the city as fictional', () => {
    expect(dataset.site.fictional).toBe(true);
    expect(dataset.site.cityName).toBe('さくら野市');
    expect(dataset.site.cityNameKana).toBe('さくらのし');
    expect(dataset.site.attribution).toContain('架空');
  });

  it('has one city, 5 daily-life areas, 20 districts and about 150 towns, parents first', () => {
    expect(areasOf('city')).toHaveLength(1);
    expect(areasOf('daily_life_area')).toHaveLength(5);
    expect(areasOf('district')).toHaveLength(20);
    expect(areasOf('town').length).toBeGreaterThanOrEqual(140);
    expect(areasOf('town').length).toBeLessThanOrEqual(160);
    const rank = { city: 0, daily_life_area: 1, district: 2, town: 3 } as const;
    const ranks = dataset.areas.map((a) => rank[a.kind]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('has a believable population for a regional city', () => {
    const city = areasOf('city')[0] as Area;
    expect(city.population).toBeGreaterThan(100_000);
    expect(city.population).toBeLessThan(130_000);
    const share65 = (city.population65 ?? 0) / (city.population ?? 1);
    expect(share65).toBeGreaterThan(0.27);
    expect(share65).toBeLessThan(0.36);
    for (const d of areasOf('district')) expect(d.population).toBeGreaterThanOrEqual(1000);
  });

  it('has at least 300 resources, of every kind', () => {
    expect(dataset.resources.length).toBeGreaterThanOrEqual(300);
    for (const kind of RESOURCE_KINDS)
      expect(
        dataset.resources.some((r) => r.kind === kind),
        kind,
      ).toBe(true);
    expect(dataset.resources.filter((r) => r.kind === 'gathering_place').length).toBeGreaterThan(
      dataset.resources.length / 2,
    );
  });

  it('has some paused, closed and planned resources and about a fifth stale', () => {
    const status = (s: string): number => dataset.resources.filter((r) => r.status === s).length;
    expect(status('active') / dataset.resources.length).toBeGreaterThan(0.75);
    expect(status('paused')).toBeGreaterThanOrEqual(10);
    expect(status('closed')).toBeGreaterThanOrEqual(2);
    expect(status('planned')).toBeGreaterThanOrEqual(2);
    for (const r of dataset.resources.filter((x) => x.status !== 'active'))
      expect(r.statusReason, r.name).not.toBe('');
    const stale = dataset.resources.filter(
      (r) => r.lastVerifiedAt && REFERENCE_MS - Date.parse(r.lastVerifiedAt) > YEAR_MS,
    );
    expect(stale.length / dataset.resources.length).toBeGreaterThan(0.12);
    expect(stale.length / dataset.resources.length).toBeLessThan(0.35);
    for (const r of dataset.resources.filter((x) => x.lastVerifiedAt)) {
      const t = Date.parse(r.lastVerifiedAt);
      expect(t).toBeLessThanOrEqual(REFERENCE_MS);
      expect(REFERENCE_MS - t).toBeLessThanOrEqual(2 * YEAR_MS);
    }
  });

  it('has councils at every stage, meetings, and one demo account per role', () => {
    const layer2 = dataset.councils.filter((c) => c.layer === 2);
    expect(dataset.councils.filter((c) => c.layer === 1)).toHaveLength(1);
    expect(layer2).toHaveLength(20);
    for (const s of COUNCIL_STATUSES)
      expect(
        layer2.some((c) => c.status === s),
        s,
      ).toBe(true);
    expect(dataset.meetings.length).toBeGreaterThanOrEqual(150);
    expect(dataset.meetings.length).toBeLessThanOrEqual(300);
    for (const role of USER_ROLES)
      expect(
        dataset.users.some((u) => u.role === role),
        role,
      ).toBe(true);
    expect(dataset.users.map((u) => u.email).sort()).toEqual([
      'admin@example.com',
      'caremanager@example.com',
      'coordinator2@example.com',
      'coordinator@example.com',
    ]);
    for (const u of dataset.users) expect(u.password).toBe('sasaeai-demo');
  });

  it('leaves a few districts thin but none empty', () => {
    const gatheringIn = (id: string): number =>
      dataset.resources.filter((r) => r.kind === 'gathering_place' && r.districtId === id).length;
    const districts = areasOf('district');
    const thin = districts.filter((d) => gatheringIn(d.id) <= 2);
    expect(thin.length).toBeGreaterThanOrEqual(2);
    expect(thin.length).toBeLessThanOrEqual(3);
    for (const d of districts)
      expect(
        dataset.resources.some((r) => r.districtId === d.id),
        d.name,
      ).toBe(true);
  });
});

describe('generateDemoCity: ids and relations', () => {
  it('uses unique 15-character [a-z0-9] ids everywhere', () => {
    const all = [
      ...dataset.areas,
      ...dataset.organizations,
      ...dataset.resources,
      ...dataset.contacts,
      ...dataset.councils,
      ...dataset.meetings,
      ...dataset.layers,
      ...dataset.users,
    ].map((x) => x.id);
    for (const id of all) expect(id).toMatch(ID);
    expect(new Set(all).size).toBe(all.length);
    for (const r of dataset.resources) expect(r.sourceId).toBe(r.id);
  });

  it('points every relation at an existing record of the right kind', () => {
    const areaById = new Map(dataset.areas.map((a) => [a.id, a]));
    const parentKind = {
      city: null,
      daily_life_area: 'city',
      district: 'daily_life_area',
      town: 'district',
    } as const;
    for (const a of dataset.areas) {
      const expected = parentKind[a.kind];
      if (expected === null) expect(a.parentId).toBe('');
      else expect(areaById.get(a.parentId)?.kind, a.name).toBe(expected);
    }
    const districtIds = new Set(areasOf('district').map((a) => a.id));
    const orgIds = new Set(dataset.organizations.map((o) => o.id));
    const userIds = new Set(dataset.users.map((u) => u.id));
    const resourceById = new Map(dataset.resources.map((r) => [r.id, r]));
    const councilIds = new Set(dataset.councils.map((c) => c.id));

    for (const r of dataset.resources) {
      expect(districtIds.has(r.districtId), r.name).toBe(true);
      expect(r.serviceDistrictIds.length).toBeGreaterThan(0);
      for (const d of r.serviceDistrictIds) expect(districtIds.has(d)).toBe(true);
      if (r.organizationId) expect(orgIds.has(r.organizationId), r.name).toBe(true);
      if (r.verifiedById) expect(userIds.has(r.verifiedById)).toBe(true);
    }
    for (const r of dataset.resources) expect(r.organizationId, r.name).not.toBe('');
    for (const c of dataset.contacts) expect(resourceById.has(c.resourceId)).toBe(true);
    expect(new Set(dataset.contacts.map((c) => c.resourceId)).size).toBe(dataset.contacts.length);
    for (const o of dataset.organizations)
      if (o.districtId) expect(districtIds.has(o.districtId)).toBe(true);
    for (const c of dataset.councils) {
      if (c.layer === 2) expect(districtIds.has(c.districtId)).toBe(true);
      else expect(c.districtId).toBe('');
      for (const m of c.memberOrganizationIds) expect(orgIds.has(m)).toBe(true);
      if (c.coordinatorId) expect(userIds.has(c.coordinatorId)).toBe(true);
    }
    expect(
      new Set(dataset.councils.filter((c) => c.layer === 2).map((c) => c.districtId)).size,
    ).toBe(20);
    for (const m of dataset.meetings) expect(councilIds.has(m.councilId)).toBe(true);
    for (const u of dataset.users)
      for (const d of u.districtIds) expect(districtIds.has(d)).toBe(true);

    // Each daily-life area's support centre is a support_center resource inside it.
    for (const a of areasOf('daily_life_area')) {
      const centre = resourceById.get(a.supportCenterId);
      expect(centre?.kind, a.name).toBe('support_center');
      expect(areaById.get(centre?.districtId ?? '')?.parentId).toBe(a.id);
    }
  });

  it('gives the demo coordinators their districts and councils', () => {
    const coordinator = dataset.users.find((u) => u.email === 'coordinator@example.com');
    const districts = areasOf('district');
    expect(coordinator?.districtIds).toEqual([districts[0]?.id, districts[1]?.id]);
    for (const id of coordinator?.districtIds ?? []) {
      expect(dataset.councils.find((c) => c.districtId === id)?.coordinatorId).toBe(
        coordinator?.id,
      );
    }
    const second = dataset.users.find((u) => u.email === 'coordinator2@example.com');
    expect(second?.districtIds).toHaveLength(1);
    expect(coordinator?.districtIds).not.toContain(second?.districtIds[0]);
  });

  it('uses only service types from the catalog, fitting each kind', () => {
    const codes = new Set(SERVICE_TYPE_CATALOG.map((s) => s.code));
    const group = new Map(SERVICE_TYPE_CATALOG.map((s) => [s.code, s.group]));
    for (const r of dataset.resources) {
      expect(r.serviceTypeCodes.length, r.name).toBeGreaterThan(0);
      for (const c of r.serviceTypeCodes) expect(codes.has(c), `${r.name}: ${c}`).toBe(true);
      if (r.kind === 'support_center') expect(r.serviceTypeCodes).toContain('consultation');
      if (r.kind === 'gathering_place')
        expect(
          r.serviceTypeCodes.some((c) => group.get(c) === 'gathering'),
          r.name,
        ).toBe(true);
      if (r.kind === 'watch_over')
        expect(
          r.serviceTypeCodes.some((c) => group.get(c) === 'watch_over'),
          r.name,
        ).toBe(true);
    }
  });
});

describe('generateDemoCity: population', () => {
  it('stores 100 m mesh cells with centres inside the city', () => {
    const city = geometryOf(areasOf('city')[0] as Area);
    const codes = new Set<string>();
    for (const c of dataset.populationCells) {
      expect(c.meshCode).toMatch(/^\d{10}$/);
      expect(c.meshM).toBe(100);
      expect(c.year).toBe(2025);
      expect(c.population).toBeGreaterThan(0);
      expect(c.population65).not.toBeNull();
      expect(c.population65 ?? 0).toBeLessThanOrEqual(c.population);
      expect(booleanPointInPolygon(meshCellCenter(c.meshCode, 100), city)).toBe(true);
      const [w, s, e, n] = meshCellBounds(c.meshCode, 100);
      expect((n - s) * 3600).toBeCloseTo(3, 9);
      expect((e - w) * 3600).toBeCloseTo(4.5, 9);
      codes.add(c.meshCode);
    }
    expect(codes.size).toBe(dataset.populationCells.length);
    // A 118 km² city has ~11,000 cells; fields, hills, parks and the river are empty.
    expect(dataset.populationCells.length).toBeGreaterThan(6000);
    expect(dataset.populationCells.length).toBeLessThan(11000);
  });

  it('makes every town the sum of the cells whose centres lie in it', () => {
    const towns = areasOf('town');
    const byTown = new Map(towns.map((t) => [t.id, { population: 0, population65: 0 }]));
    for (const c of dataset.populationCells) {
      const centre = meshCellCenter(c.meshCode, 100);
      const hits = towns.filter((t) => booleanPointInPolygon(centre, geometryOf(t)));
      expect(hits, c.meshCode).toHaveLength(1);
      const acc = byTown.get((hits[0] as Area).id) as { population: number; population65: number };
      acc.population += c.population;
      acc.population65 += c.population65 ?? 0;
    }
    for (const t of towns) {
      expect(t.population, t.name).toBe(byTown.get(t.id)?.population);
      expect(t.population65, t.name).toBe(byTown.get(t.id)?.population65);
      expect(t.population75 ?? 0).toBeLessThanOrEqual(t.population65 ?? 0);
      expect(t.populationYear).toBe(2025);
    }
  });

  it('adds towns up to districts, districts to daily-life areas, areas to the city', () => {
    const children = (parent: Area): Area[] =>
      dataset.areas.filter((a) => a.parentId === parent.id);
    for (const parent of dataset.areas.filter((a) => a.kind !== 'town')) {
      const kids = children(parent);
      expect(kids.length, parent.name).toBeGreaterThan(0);
      expect(parent.population, parent.name).toBe(sum(kids.map((k) => k.population ?? 0)));
      expect(parent.population65, parent.name).toBe(sum(kids.map((k) => k.population65 ?? 0)));
      expect(parent.population75, parent.name).toBe(sum(kids.map((k) => k.population75 ?? 0)));
    }
    const city = areasOf('city')[0] as Area;
    expect(city.population).toBe(sum(dataset.populationCells.map((c) => c.population)));
  });

  it('keeps ageing rates plausible: older on the fringe than downtown', () => {
    for (const d of areasOf('district')) {
      const share = (d.population65 ?? 0) / (d.population ?? 1);
      expect(share, d.name).toBeGreaterThan(0.2);
      expect(share, d.name).toBeLessThan(0.45);
      expect((d.population75 ?? 0) / (d.population65 ?? 1)).toBeGreaterThan(0.4);
    }
    const central = areasOf('district')[0] as Area;
    const fringe = areasOf('district').slice(-5);
    const rate = (a: Area): number => (a.population65 ?? 0) / (a.population ?? 1);
    expect(sum(fringe.map(rate)) / fringe.length).toBeGreaterThan(rate(central));
  });
});
