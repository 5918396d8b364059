import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../domain/dataset';
import { WEEKDAYS, type Area, type ScheduleRule } from '../domain/types';
import {
  areasOf,
  demoCityDataset,
  geometryOf,
  HIRAGANA_READING,
  ISO_DATE,
  MMDD,
  TIME,
} from './__fixtures__/demo-city-dataset';
import { DEMO_REFERENCE_DATE } from './generate-demo-city';

let dataset: Dataset;

beforeAll(() => {
  dataset = demoCityDataset();
}, 60_000);

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
      expect(booleanPointInPolygon(p, geometryOf(byId.get(r.districtId) as Area)), r.name).toBe(
        true,
      );
    }
    // Approximate locations are a town's representative point.
    const townPoints = new Set(areasOf('town').map((t) => String(t.point)));
    for (const r of located.filter((x) => x.locationApproximate))
      expect(townPoints.has(String(r.location))).toBe(true);
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
      for (let i = 1; i < keys.length; i++)
        parent.set(find(keys[i] as string), find(keys[i - 1] as string));
    }
    const roots = new Set([...parent.keys()].map(find));
    expect(roots.size).toBe(1);
    expect(
      features.some((f) => (f.properties as { kind?: string } | null)?.kind === 'arterial'),
    ).toBe(true);
  });

  it('ships candidate sites for new places: a hall in every district and in many towns, all inside the city', () => {
    const layer = dataset.layers.find((l) => l.kind === 'candidates');
    const features = layer?.data.features ?? [];
    const city = areasOf('city')[0]!.geometry as Polygon | MultiPolygon;
    const props = features.map(
      (f) => f.properties as { name: string; nameKana: string; category: string },
    );
    expect(props.filter((p) => p.category === 'public_hall')).toHaveLength(
      areasOf('district').length,
    );
    const townHalls = props.filter((p) => p.category === 'community_hall').length;
    expect(townHalls).toBeGreaterThan(areasOf('town').length * 0.3);
    expect(townHalls).toBeLessThan(areasOf('town').length * 0.6);
    expect(new Set(props.map((p) => p.name)).size).toBe(props.length);
    for (const p of props) expect(p.nameKana, p.name).toMatch(HIRAGANA_READING);
    for (const f of features) {
      expect(f.geometry.type).toBe('Point');
      if (f.geometry.type === 'Point')
        expect(booleanPointInPolygon(f.geometry.coordinates, city)).toBe(true);
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
    expect(areasOf('district').some((d) => d.name.includes('・') && d.name.includes('ヶ'))).toBe(
      true,
    );
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
      if (rule.type === 'monthly_nth')
        for (const n of rule.nth) expect([1, 2, 3, 4, 5, -1]).toContain(n);
      if (rule.type === 'monthly_day')
        for (const d of rule.days) expect(d >= 1 && d <= 31).toBe(true);
    };
    for (const r of dataset.resources) {
      expect(r.schedule.rules.length, r.name).toBeGreaterThan(0);
      for (const rule of r.schedule.rules) checkRule(rule, r.name);
      for (const date of r.schedule.closedDates) {
        expect(date > DEMO_REFERENCE_DATE, r.name).toBe(true);
        // A one-off closure falls on a day the activity would meet.
        const weekday = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];
        expect(
          r.schedule.rules.some(
            (x) => x.type === 'weekly' && x.weekdays.includes(weekday ?? 'sun'),
          ),
          r.name,
        ).toBe(true);
      }
      for (const p of r.schedule.closedPeriods) {
        expect(p.from).toMatch(MMDD);
        expect(p.to).toMatch(MMDD);
      }
    }
    const gathering = dataset.resources.filter((r) => r.kind === 'gathering_place');
    const monthly = gathering.filter((r) =>
      r.schedule.rules.some((x) => x.type === 'monthly_nth' || x.type === 'monthly_day'),
    );
    expect(monthly.length / gathering.length).toBeGreaterThanOrEqual(0.25);
    expect(
      gathering.some((r) =>
        r.schedule.rules.some((x) => x.type === 'monthly_nth' && x.nth.includes(-1)),
      ),
    ).toBe(true);
    expect(
      dataset.resources.some((r) => r.schedule.rules.some((x) => x.type === 'irregular')),
    ).toBe(true);
    expect(
      dataset.resources.some((r) =>
        r.schedule.closedPeriods.some((p) => p.from === '12-29' && p.to === '01-03'),
      ),
    ).toBe(true);
    expect(dataset.resources.some((r) => r.schedule.closedDates.length > 0)).toBe(true);
  });

  it('prices activities the way real listings do', () => {
    for (const r of dataset.resources) {
      if (r.cost.unit === 'free') expect(r.cost.amountYen).toBe(0);
      else if (r.cost.amountYen !== null) expect(r.cost.amountYen).toBeGreaterThan(0);
      // Null means "unknown or 実費": the note must then say how it is charged.
      else expect(r.cost.note, r.name).not.toBe('');
    }
    expect(
      dataset.resources.some((r) => r.cost.amountYen === null && r.cost.note.includes('実費')),
    ).toBe(true);
    expect(
      dataset.resources.some((r) => r.cost.amountYen === 100 && r.cost.unit === 'per_visit'),
    ).toBe(true);
    const units = new Set(dataset.resources.map((r) => r.cost.unit));
    for (const u of ['free', 'per_visit', 'per_hour', 'per_month', 'per_use'])
      expect(units.has(u as never), u).toBe(true);
  });

  it('uses unassignable phone numbers and example.com addresses only', () => {
    const phones = [
      ...dataset.resources.map((r) => r.publicPhone),
      ...dataset.organizations.map((o) => o.publicPhone),
      ...dataset.contacts.map((c) => c.directPhone),
    ].filter(Boolean);
    for (const p of phones) expect(p).toMatch(/^(0270-00-\d{4}|090-0000-\d{4})$/);
    for (const e of [
      ...dataset.contacts.map((c) => c.email),
      ...dataset.users.map((u) => u.email),
    ].filter(Boolean)) {
      expect(e).toMatch(/@example\.com$/);
    }
    for (const w of dataset.resources.map((r) => r.website).filter(Boolean))
      expect(w).toMatch(/^https:\/\/example\.com\//);
  });

  it('dates councils and meetings consistently with their stage', () => {
    const byId = new Map(dataset.councils.map((c) => [c.id, c]));
    for (const c of dataset.councils) {
      if (c.status === 'set_up') {
        expect(c.establishedOn, c.name).toMatch(ISO_DATE);
        expect(c.vision, c.name).not.toBe('');
        if (c.layer === 2) {
          expect(c.establishedOn >= '2019-04-01' && c.establishedOn <= '2026-03-31', c.name).toBe(
            true,
          );
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
      expect(
        dataset.meetings.some((m) => m.councilId === c.id),
        c.name,
      ).toBe(true);
    }
  });
});
