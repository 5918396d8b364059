import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../domain/dataset';
import { SERVICE_TYPE_CATALOG } from '../domain/service-type-catalog';
import {
  COUNCIL_STATUSES,
  RESOURCE_KINDS,
  USER_ROLES,
  WEEKDAYS,
  type Area,
  type ScheduleRule,
} from '../domain/types';
import { meshCellBounds, meshCellCenter } from '../geo/mesh-code';
import { DEFAULT_DEMO_SEED, DEMO_REFERENCE_DATE, generateDemoCity } from './generate-demo-city';

const ID = /^[a-z0-9]{15}$/;
const HIRAGANA_READING = /^[\u3041-\u3096ー・「」（）\s]+$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const MMDD = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const REFERENCE_MS = Date.parse(`${DEMO_REFERENCE_DATE}T00:00:00Z`);
const YEAR_MS = 365 * 86_400_000;

let dataset: Dataset;
let json: string;

beforeAll(() => {
  dataset = generateDemoCity();
  json = JSON.stringify(dataset);
}, 60_000);

const areasOf = (kind: Area['kind']): Area[] => dataset.areas.filter((a) => a.kind === kind);
const geometryOf = (a: Area): Polygon | MultiPolygon => {
  if (!a.geometry) throw new Error(`${a.name} has no geometry`);
  return a.geometry;
};
const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

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
    for (const kind of RESOURCE_KINDS) expect(dataset.resources.some((r) => r.kind === kind), kind).toBe(true);
    expect(dataset.resources.filter((r) => r.kind === 'gathering_place').length).toBeGreaterThan(dataset.resources.length / 2);
  });

  it('has some paused, closed and planned resources and about a fifth stale', () => {
    const status = (s: string): number => dataset.resources.filter((r) => r.status === s).length;
    expect(status('active') / dataset.resources.length).toBeGreaterThan(0.75);
    expect(status('paused')).toBeGreaterThanOrEqual(10);
    expect(status('closed')).toBeGreaterThanOrEqual(2);
    expect(status('planned')).toBeGreaterThanOrEqual(2);
    for (const r of dataset.resources.filter((x) => x.status !== 'active')) expect(r.statusReason, r.name).not.toBe('');
    const stale = dataset.resources.filter((r) => r.lastVerifiedAt && REFERENCE_MS - Date.parse(r.lastVerifiedAt) > YEAR_MS);
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
    for (const s of COUNCIL_STATUSES) expect(layer2.some((c) => c.status === s), s).toBe(true);
    expect(dataset.meetings.length).toBeGreaterThanOrEqual(150);
    expect(dataset.meetings.length).toBeLessThanOrEqual(300);
    for (const role of USER_ROLES) expect(dataset.users.some((u) => u.role === role), role).toBe(true);
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
    for (const d of districts) expect(dataset.resources.some((r) => r.districtId === d.id), d.name).toBe(true);
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
    const parentKind = { city: null, daily_life_area: 'city', district: 'daily_life_area', town: 'district' } as const;
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
    for (const o of dataset.organizations) if (o.districtId) expect(districtIds.has(o.districtId)).toBe(true);
    for (const c of dataset.councils) {
      if (c.layer === 2) expect(districtIds.has(c.districtId)).toBe(true);
      else expect(c.districtId).toBe('');
      for (const m of c.memberOrganizationIds) expect(orgIds.has(m)).toBe(true);
      if (c.coordinatorId) expect(userIds.has(c.coordinatorId)).toBe(true);
    }
    expect(new Set(dataset.councils.filter((c) => c.layer === 2).map((c) => c.districtId)).size).toBe(20);
    for (const m of dataset.meetings) expect(councilIds.has(m.councilId)).toBe(true);
    for (const u of dataset.users) for (const d of u.districtIds) expect(districtIds.has(d)).toBe(true);

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
      expect(dataset.councils.find((c) => c.districtId === id)?.coordinatorId).toBe(coordinator?.id);
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
      if (r.kind === 'gathering_place') expect(r.serviceTypeCodes.some((c) => group.get(c) === 'gathering'), r.name).toBe(true);
      if (r.kind === 'watch_over') expect(r.serviceTypeCodes.some((c) => group.get(c) === 'watch_over'), r.name).toBe(true);
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
    const children = (parent: Area): Area[] => dataset.areas.filter((a) => a.parentId === parent.id);
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

describe('generateDemoCity: geometry', () => {
  it('puts every area point inside its own area and its parents', () => {
    const byId = new Map(dataset.areas.map((a) => [a.id, a]));
    for (const a of dataset.areas) {
      expect(a.point, a.name).not.toBeNull();
      const p = a.point as [number, number];
      for (let x: Area | undefined = a; x; x = byId.get(x.parentId)) {
        expect(booleanPointInPolygon(p, geometryOf(x)), `${a.name} in ${x.name}`).toBe(true);
      }
    }
  });

  it('places the city in inland Kanto, about 100–130 km²', async () => {
    const { default: area } = await import('@turf/area');
    const city = geometryOf(areasOf('city')[0] as Area);
    const km2 = area(city) / 1e6;
    expect(km2).toBeGreaterThan(100);
    expect(km2).toBeLessThan(130);
    const point = (areasOf('city')[0] as Area).point as [number, number];
    expect(point[0]).toBeGreaterThan(139);
    expect(point[0]).toBeLessThan(139.15);
    expect(point[1]).toBeGreaterThan(36.2);
    expect(point[1]).toBeLessThan(36.4);
  });

  it('places every located resource inside the city and its own district', () => {
    const city = geometryOf(areasOf('city')[0] as Area);
    const byId = new Map(dataset.areas.map((a) => [a.id, a]));
    const located = dataset.resources.filter((r) => r.location);
    expect(located.length).toBeGreaterThan(dataset.resources.length * 0.7);
    for (const r of located) {
      const p = r.location as [number, number];
      expect(booleanPointInPolygon(p, city), r.name).toBe(true);
      expect(booleanPointInPolygon(p, geometryOf(byId.get(r.districtId) as Area)), r.name).toBe(true);
    }
    // Approximate locations are a town's representative point.
    const townPoints = new Set(areasOf('town').map((t) => String(t.point)));
    for (const r of located.filter((x) => x.locationApproximate)) expect(townPoints.has(String(r.location))).toBe(true);
    // Area-wide groups without a place have no address either.
    for (const r of dataset.resources.filter((x) => !x.location)) expect(r.address).toBe('');
  });

  it('ships a connected walking network whose segments share exact endpoints', () => {
    const layer = dataset.layers.find((l) => l.kind === 'walk_network');
    expect(layer?.licence).toBe('CC0');
    const features = layer?.data.features ?? [];
    expect(features.length).toBeGreaterThan(3000);
    const parent = new Map<string, string>();
    const find = (k: string): string => {
      let r = k;
      while (parent.get(r) !== r) r = parent.get(r) as string;
      parent.set(k, r);
      return r;
    };
    const add = (k: string): void => {
      if (!parent.has(k)) parent.set(k, k);
    };
    for (const f of features) {
      expect(f.geometry.type).toBe('LineString');
      const coords = f.geometry.type === 'LineString' ? f.geometry.coordinates : [];
      const keys = coords.map((c) => `${c[0]},${c[1]}`);
      keys.forEach(add);
      for (let i = 1; i < keys.length; i++) parent.set(find(keys[i] as string), find(keys[i - 1] as string));
    }
    const roots = new Set([...parent.keys()].map(find));
    expect(roots.size).toBe(1);
    expect(features.some((f) => (f.properties as { kind?: string } | null)?.kind === 'arterial')).toBe(true);
  });

  it('ships candidate sites for new places: a hall in every district and in many towns, all inside the city', () => {
    const layer = dataset.layers.find((l) => l.kind === 'candidates');
    const features = layer?.data.features ?? [];
    const city = areasOf('city')[0]!.geometry as Polygon | MultiPolygon;
    const props = features.map((f) => f.properties as { name: string; nameKana: string; category: string });
    expect(props.filter((p) => p.category === 'public_hall')).toHaveLength(areasOf('district').length);
    const townHalls = props.filter((p) => p.category === 'community_hall').length;
    expect(townHalls).toBeGreaterThan(areasOf('town').length * 0.3);
    expect(townHalls).toBeLessThan(areasOf('town').length * 0.6);
    expect(new Set(props.map((p) => p.name)).size).toBe(props.length);
    for (const p of props) expect(p.nameKana, p.name).toMatch(HIRAGANA_READING);
    for (const f of features) {
      expect(f.geometry.type).toBe('Point');
      if (f.geometry.type === 'Point') expect(booleanPointInPolygon(f.geometry.coordinates, city)).toBe(true);
    }
  });
});

describe('generateDemoCity: content', () => {
  it('gives every name a hiragana reading and keeps names unique', () => {
    const named = [
      ...dataset.areas.map((a) => [a.name, a.nameKana] as const),
      ...dataset.resources.map((r) => [r.name, r.nameKana] as const),
      ...dataset.organizations.map((o) => [o.name, o.nameKana] as const),
    ];
    for (const [name, kana] of named) expect(kana, name).toMatch(HIRAGANA_READING);
    const resourceNames = dataset.resources.map((r) => r.name);
    expect(new Set(resourceNames).size).toBe(resourceNames.length);
    const townNames = areasOf('town').map((t) => t.name);
    expect(new Set(townNames).size).toBe(townNames.length);
    expect(areasOf('district').some((d) => d.name.includes('・') && d.name.includes('ヶ'))).toBe(true);
  });

  it('writes valid schedules, with at least a quarter of gathering places monthly', () => {
    const checkRule = (rule: ScheduleRule, name: string): void => {
      if (rule.type === 'irregular') {
        expect(rule.note, name).not.toBe('');
        return;
      }
      expect(rule.start, name).toMatch(TIME);
      expect(rule.end, name).toMatch(TIME);
      expect(rule.start < rule.end, name).toBe(true);
      if (rule.type === 'weekly' || rule.type === 'monthly_nth') {
        expect(rule.weekdays.length).toBeGreaterThan(0);
        for (const w of rule.weekdays) expect(WEEKDAYS).toContain(w);
      }
      if (rule.type === 'weekly' && (rule.intervalWeeks ?? 1) > 1) {
        expect(rule.anchorDate, name).toMatch(ISO_DATE);
        const day = new Date(`${rule.anchorDate}T00:00:00Z`).getUTCDay();
        expect(WEEKDAYS[day]).toBe(rule.weekdays[0]);
      }
      if (rule.type === 'monthly_nth') for (const n of rule.nth) expect([1, 2, 3, 4, 5, -1]).toContain(n);
      if (rule.type === 'monthly_day') for (const d of rule.days) expect(d >= 1 && d <= 31).toBe(true);
    };
    for (const r of dataset.resources) {
      expect(r.schedule.rules.length, r.name).toBeGreaterThan(0);
      for (const rule of r.schedule.rules) checkRule(rule, r.name);
      for (const date of r.schedule.closedDates) {
        expect(date > DEMO_REFERENCE_DATE, r.name).toBe(true);
        // A one-off closure falls on a day the activity would meet.
        const weekday = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];
        expect(r.schedule.rules.some((x) => x.type === 'weekly' && x.weekdays.includes(weekday ?? 'sun')), r.name).toBe(true);
      }
      for (const p of r.schedule.closedPeriods) {
        expect(p.from).toMatch(MMDD);
        expect(p.to).toMatch(MMDD);
      }
    }
    const gathering = dataset.resources.filter((r) => r.kind === 'gathering_place');
    const monthly = gathering.filter((r) => r.schedule.rules.some((x) => x.type === 'monthly_nth' || x.type === 'monthly_day'));
    expect(monthly.length / gathering.length).toBeGreaterThanOrEqual(0.25);
    expect(gathering.some((r) => r.schedule.rules.some((x) => x.type === 'monthly_nth' && x.nth.includes(-1)))).toBe(true);
    expect(dataset.resources.some((r) => r.schedule.rules.some((x) => x.type === 'irregular'))).toBe(true);
    expect(dataset.resources.some((r) => r.schedule.closedPeriods.some((p) => p.from === '12-29' && p.to === '01-03'))).toBe(true);
    expect(dataset.resources.some((r) => r.schedule.closedDates.length > 0)).toBe(true);
  });

  it('prices activities the way real listings do', () => {
    for (const r of dataset.resources) {
      if (r.cost.unit === 'free') expect(r.cost.amountYen).toBe(0);
      else if (r.cost.amountYen !== null) expect(r.cost.amountYen).toBeGreaterThan(0);
      // Null means "unknown or 実費": the note must then say how it is charged.
      else expect(r.cost.note, r.name).not.toBe('');
    }
    expect(dataset.resources.some((r) => r.cost.amountYen === null && r.cost.note.includes('実費'))).toBe(true);
    expect(dataset.resources.some((r) => r.cost.amountYen === 100 && r.cost.unit === 'per_visit')).toBe(true);
    const units = new Set(dataset.resources.map((r) => r.cost.unit));
    for (const u of ['free', 'per_visit', 'per_hour', 'per_month', 'per_use']) expect(units.has(u as never), u).toBe(true);
  });

  it('uses unassignable phone numbers and example.com addresses only', () => {
    const phones = [
      ...dataset.resources.map((r) => r.publicPhone),
      ...dataset.organizations.map((o) => o.publicPhone),
      ...dataset.contacts.map((c) => c.directPhone),
    ].filter(Boolean);
    for (const p of phones) expect(p).toMatch(/^(0270-00-\d{4}|090-0000-\d{4})$/);
    for (const e of [...dataset.contacts.map((c) => c.email), ...dataset.users.map((u) => u.email)].filter(Boolean)) {
      expect(e).toMatch(/@example\.com$/);
    }
    for (const w of dataset.resources.map((r) => r.website).filter(Boolean)) expect(w).toMatch(/^https:\/\/example\.com\//);
  });

  it('dates councils and meetings consistently with their stage', () => {
    const byId = new Map(dataset.councils.map((c) => [c.id, c]));
    for (const c of dataset.councils) {
      if (c.status === 'set_up') {
        expect(c.establishedOn, c.name).toMatch(ISO_DATE);
        expect(c.vision, c.name).not.toBe('');
        if (c.layer === 2) {
          expect(c.establishedOn >= '2019-04-01' && c.establishedOn <= '2026-03-31', c.name).toBe(true);
        }
      } else {
        expect(c.establishedOn).toBe('');
      }
      if (c.status === 'not_set_up') {
        expect(c.vision).toBe('');
        expect(c.memberOrganizationIds).toEqual([]);
      }
      expect(c.coordinatorName, c.name).not.toBe('');
    }
    for (const m of dataset.meetings) {
      const c = byId.get(m.councilId);
      expect(m.heldOn).toMatch(ISO_DATE);
      expect(m.heldOn <= DEMO_REFERENCE_DATE).toBe(true);
      if (c?.establishedOn) expect(m.heldOn >= c.establishedOn).toBe(true);
      expect(c?.status).not.toBe('not_set_up');
      expect(m.attendees).toBeGreaterThanOrEqual(8);
      expect(m.attendees).toBeLessThanOrEqual(25);
      expect(m.summary).not.toMatch(/\{n\}/);
    }
    for (const c of dataset.councils.filter((x) => x.status === 'set_up')) {
      expect(dataset.meetings.some((m) => m.councilId === c.id), c.name).toBe(true);
    }
  });
});
