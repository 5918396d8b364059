import { describe, expect, it } from 'vitest';
import { fromArea, fromResource, toArea, toResource } from './records';

const baseResourceRecord = {
  id: 'res000000000001',
  kind: 'gathering_place',
  name: '本町ふれあいサロン',
  name_kana: 'ほんちょうふれあいさろん',
  description: '',
  service_types: ['a', 'b'],
  district: 'area00000000021',
  service_districts: [],
  location: { lon: 0, lat: 0 },
  location_approximate: false,
  address: '',
  directions: '',
  schedule: null,
  cost: null,
  eligibility: '',
  booking: '',
  capacity: 0,
  accepting_newcomers: '',
  accessibility: ['step_free'],
  public_phone: '',
  website: '',
  status: 'active',
  status_reason: '',
  is_public: true,
  organization: '',
  last_verified_at: '2026-05-01 09:30:00.000Z',
  verified_by: '',
  verification_method: '',
  source: '',
  source_id: '',
  updated: '2026-05-01 09:30:00.000Z',
};

describe('toResource', () => {
  it("reads PocketBase's zero values as absent", () => {
    const r = toResource(baseResourceRecord);
    expect(r.location).toBeNull();
    expect(r.capacity).toBeNull();
    expect(r.cost).toEqual({ amountYen: null, unit: 'per_visit', note: '' });
    expect(r.schedule.rules).toEqual([]);
    // Unknown stays unknown (issue #12): no "anyone", "drop in" or "newcomers welcome" made up.
    expect(r.eligibility).toBeNull();
    expect(r.booking).toBeNull();
    expect(r.acceptingNewcomers).toBeNull();
    expect(r.nameKanaGenerated).toBe(false);
    expect(r.lastVerifiedAt).toBe('2026-05-01T09:30:00.000Z');
  });

  it('round-trips through fromResource', () => {
    const r = toResource({
      ...baseResourceRecord,
      location: { lon: 139.1, lat: 36.3 },
      capacity: 20,
    });
    const body = fromResource(r);
    expect(body.location).toEqual({ lon: 139.1, lat: 36.3 });
    expect(body.capacity).toBe(20);
    expect(toResource({ ...baseResourceRecord, ...body, id: r.id }).location).toEqual([
      139.1, 36.3,
    ]);
  });

  it('round-trips yes, no and unknown answers and a generated reading', () => {
    for (const [stored, domain] of [
      ['yes', true],
      ['no', false],
      ['', null],
    ] as const) {
      const r = toResource({
        ...baseResourceRecord,
        accepting_newcomers: stored,
        eligibility: stored ? 'anyone' : '',
        name_kana_generated: true,
      });
      expect(r.acceptingNewcomers).toBe(domain);
      const body = fromResource(r);
      expect(body.accepting_newcomers).toBe(stored);
      expect(body.eligibility).toBe(stored ? 'anyone' : '');
      expect(body.booking).toBe('');
      expect(body.name_kana_generated).toBe(true);
    }
  });
});

describe('toArea', () => {
  it('treats a zero 65+ count of a populated area as unknown, but keeps an empty area at 0', () => {
    const rec = {
      id: 'x',
      kind: 'town',
      population: 120,
      population_65: 0,
      population_75: 0,
      population_year: 2025,
    };
    expect(toArea(rec).population65).toBeNull();
    expect(toArea({ ...rec, population: 0 }).population65).toBe(0);
    const back = fromArea(toArea({ ...rec, population_65: 40 }));
    expect(back.population_65).toBe(40);
    expect(back.point).toEqual({ lon: 0, lat: 0 });
  });
});
