import { describe, expect, it } from 'vitest';
import { needsAgainstSupply } from '../domain/needs-against-supply';
import { SERVICE_TYPE_CATALOG } from '../domain/service-type-catalog';
import { isoToDayNumber } from '../domain/iso-date';
import { DEMO_REFERENCE_DATE, generateDemoCity } from './generate-demo-city';

describe('the demo city’s needs', () => {
  const city = generateDemoCity();
  const needs = city.needs ?? [];

  it('are plausible, marked as demo, and name only demo districts and known types', () => {
    const districts = new Set(city.areas.filter((a) => a.kind === 'district').map((a) => a.id));
    const codes = new Set(SERVICE_TYPE_CATALOG.map((t) => t.code));
    const users = new Set(city.users.map((u) => u.id));
    expect(needs.length).toBeGreaterThan(40);
    for (const n of needs) {
      expect(n.id).toMatch(/^need\d{11}$/);
      expect(districts.has(n.districtId)).toBe(true);
      expect(codes.has(n.serviceTypeCode), n.serviceTypeCode).toBe(true);
      expect(users.has(n.createdBy)).toBe(true);
      expect(n.note).toContain('デモ');
      const age = isoToDayNumber(DEMO_REFERENCE_DATE) - isoToDayNumber(n.observedOn);
      expect(age).toBeGreaterThan(0);
      expect(age).toBeLessThan(365);
      if (n.count === null) expect(n.countUnit).toBe('');
      else expect(['households', 'people']).toContain(n.countUnit);
    }
    expect(new Set(needs.map((n) => n.source))).toEqual(
      new Set(['survey', 'minsei', 'care_manager']),
    );
    // The same seed gives the same needs.
    expect(generateDemoCity().needs).toEqual(needs);
  });

  it('give the matrix every kind of gap', () => {
    const types = SERVICE_TYPE_CATALOG.map((t, i) => ({ ...t, id: `t${i}` }));
    const idOf = new Map(types.map((t) => [t.code, t.id]));
    const m = needsAgainstSupply({
      needs: needs.map((n) => ({ ...n, serviceTypeId: idOf.get(n.serviceTypeCode)! })),
      resources: city.resources.map((r) => ({
        ...r,
        serviceTypeIds: r.serviceTypeCodes.map((c) => idOf.get(c)!),
        updatedAt: '',
      })),
      districtIds: city.areas.filter((a) => a.kind === 'district').map((a) => a.id),
      serviceTypeIds: types.map((t) => t.id),
      asOf: DEMO_REFERENCE_DATE,
    });
    const gaps = new Set(m.cells.flat().map((c) => c.gap));
    expect([...gaps].sort()).toEqual(['met', 'none', 'supply_only', 'thin', 'unmet']);
  });
});
