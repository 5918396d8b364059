import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { generateDemoCity } from '../demo-city/generate-demo-city';
import type { Resource } from '../domain/types';
import schema from './__fixtures__/hsds-3.1-subset.schema.json';
import { FORTNIGHTLY_HSDS_ROW } from './__fixtures__/fortnightly-hsds-row';
import {
  NEWCOMERS_DESCRIPTION,
  PEOPLE_UNIT_ID,
  scheduleRow,
  serviceCapacityRow,
  toHsds,
} from './to-hsds';

const demo = generateDemoCity({});
const resources: Resource[] = demo.resources.map(({ serviceTypeCodes: _c, ...r }) => ({
  ...r,
  serviceTypeIds: [],
  updatedAt: '',
}));
const pkg = toHsds({
  cityName: demo.site.cityName,
  resources,
  organizations: demo.organizations,
  areas: demo.areas,
});

describe('toHsds', () => {
  it('validates against the HSDS 3.1 schema subset', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(pkg), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('the schema subset rejects what the official HSDS 3.1 files reject', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const id = pkg.services[0]!.id;
    const broken = (patch: Partial<typeof pkg>) => validate({ ...pkg, ...patch });
    expect(broken({})).toBe(true);
    expect(broken({ phones: [{ id, extension: 100 }] })).toBe(false); // phone.number is required
    expect(broken({ phones: [{ id, number: '0120', extension: '100' }] })).toBe(false); // extension is a number
    expect(broken({ contacts: [{ id, email: 'not an address' }] })).toBe(false);
    expect(broken({ organizations: [{ id, name: 'x' }] })).toBe(false); // description is required
    expect(broken({ service_at_locations: [{ service_id: id }] })).toBe(false);
    expect(
      broken({
        phones: [{ id, number: '0120', extension: 100, description: 'x' }],
        service_areas: [{ id, extent_type: 'geojson', uri: 'x' }],
      }),
    ).toBe(true);
  });

  it('writes service_capacity only with a dated places-free answer, unknown parts left out', () => {
    const answered = (i: number, extra: Partial<Resource>): Resource => ({
      ...resources.filter((r) => r.isPublic && r.status === 'active')[i]!,
      capacity: null,
      acceptingNewcomers: null,
      capacityAvailable: null,
      capacityUpdatedAt: '',
      ...extra,
    });
    const at = '2026-11-30T01:02:03.000Z';
    const full = answered(0, {
      capacity: 20,
      acceptingNewcomers: false,
      capacityAvailable: 0,
      capacityUpdatedAt: at,
    });
    const bare = answered(1, { capacityAvailable: 3, capacityUpdatedAt: at });
    // newcomers and a maximum without places free: no row (HSDS requires `available`)
    const noAnswer = answered(2, { capacity: 15, acceptingNewcomers: true });
    const undated = answered(3, { capacityAvailable: 2 });
    const withCapacity = toHsds({
      cityName: demo.site.cityName,
      resources: [full, bare, noAnswer, undated],
      organizations: demo.organizations,
      areas: demo.areas,
    });
    const rows = withCapacity.service_capacities;
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      service_id: withCapacity.services[0]!.id,
      unit_id: PEOPLE_UNIT_ID,
      available: 0,
      maximum: 20,
      description: NEWCOMERS_DESCRIPTION.no,
      updated: at,
    });
    expect(Object.keys(rows[1]!).sort()).toEqual(
      ['id', 'service_id', 'unit_id', 'available', 'updated'].sort(),
    );
    expect(withCapacity.units).toEqual([{ id: PEOPLE_UNIT_ID, name: '人' }]);
    expect(serviceCapacityRow(noAnswer, 'x', 'y')).toBeNull();
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(withCapacity), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // the schema subset holds HSDS's required fields of the new table
    const { available: _a, ...noAvailable } = rows[1]!;
    expect(validate({ ...withCapacity, service_capacities: [noAvailable] })).toBe(false);
  });

  it('exports only public active resources and no private contact fields', () => {
    const visible = resources.filter((r) => r.isPublic && r.status === 'active');
    expect(pkg.services).toHaveLength(visible.length);
    expect(visible.length).toBeLessThan(resources.length);
    const text = JSON.stringify(pkg);
    for (const c of demo.contacts.slice(0, 50)) {
      if (c.directPhone) expect(text).not.toContain(c.directPhone);
      if (c.email) expect(text).not.toContain(c.email);
    }
  });

  it('keeps every service linked: organization, location, service areas', () => {
    const orgs = new Set(pkg.organizations.map((o) => o.id));
    expect(pkg.services.every((s) => orgs.has(s.organization_id as string))).toBe(true);
    const locations = new Set(pkg.locations.map((l) => l.id));
    expect(pkg.service_at_locations.every((x) => locations.has(x.location_id as string))).toBe(
      true,
    );
    expect(new Set(pkg.service_areas.map((a) => a.service_id)).size).toBe(pkg.services.length);
  });

  it('writes weekly and monthly rules as RRULE parts', () => {
    expect(scheduleRow(FORTNIGHTLY_HSDS_ROW.rule, 'i', 's', '')).toMatchObject(
      FORTNIGHTLY_HSDS_ROW.row,
    );
    expect(
      scheduleRow(
        { type: 'monthly_nth', weekdays: ['wed'], nth: [2, -1], start: '13:30', end: '15:00' },
        'i',
        's',
        '',
      ),
    ).toMatchObject({ freq: 'MONTHLY', byday: '2WE,-1WE' });
    expect(
      scheduleRow({ type: 'monthly_day', days: [15], start: '10:00', end: '11:00' }, 'i', 's', ''),
    ).toMatchObject({ freq: 'MONTHLY', bymonthday: '15' });
    expect(pkg.schedules.some((s) => s.freq === 'MONTHLY')).toBe(true);
  });
});
