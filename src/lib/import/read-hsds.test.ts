import { describe, expect, it } from 'vitest';
import { generateDemoCity } from '../demo-city/generate-demo-city';
import type { Resource } from '../domain/types';
import { directoryFromDataset } from '../export/public-directory';
import { toHsds, type HsdsPackage } from '../export/to-hsds';
import { FORTNIGHTLY_HSDS_ROW } from '../export/__fixtures__/fortnightly-hsds-row';
import { IssueList } from './import-issue';
import { HSDS_LOST_FIELDS } from './read-hsds';
import { readHsdsFile } from './read-hsds-file';
import { ruleFromRow } from './rule-from-row';

const demo = generateDemoCity({});
const directory = directoryFromDataset(demo);
const first = toHsds(directory);
const file = { name: 'hsds.json', bytes: new TextEncoder().encode(JSON.stringify(first)) };
const back = readHsdsFile(file, { areas: demo.areas });
const second = toHsds({
  cityName: back.fallbackOrganizationName,
  resources: back.resources.map((r) => ({ ...r, updatedAt: '' })),
  organizations: back.organizations,
  areas: demo.areas,
});

/** HSDS ids are opaque: renumber them by first appearance so two packages compare by content. */
function normalizeIds(pkg: HsdsPackage): unknown {
  const seen = new Map<string, string>();
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  return JSON.parse(JSON.stringify(pkg), (_k, v: unknown) => {
    if (typeof v !== 'string' || !uuid.test(v)) return v;
    if (!seen.has(v)) seen.set(v, `#${seen.size}`);
    return seen.get(v);
  });
}

function get(obj: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);
}

describe('readHsds', () => {
  it('round trip: export → import → export gives the same package (ids aside)', () => {
    expect(back.issues).toEqual([]);
    expect(back.resources).toHaveLength(directory.resources.length);
    expect(normalizeIds(second)).toEqual(normalizeIds(first));
    expect(first.schedules.length).toBeGreaterThan(0);
  });

  it('keeps everything HSDS holds; loses exactly the listed fields', () => {
    const original = new Map<string, Resource>(
      directory.resources.map((r) => [r.name + '|' + r.address, r]),
    );
    const lostSomewhere = new Set<string>();
    const kept = [
      'name',
      'nameKana',
      'description',
      'location',
      'address',
      'directions',
      'publicPhone',
      'website',
      'status',
      'schedule.rules',
      'districtId',
    ];
    for (const b of back.resources) {
      const r = original.get(b.name + '|' + b.address)!;
      for (const path of kept) expect(get(b, path), `${r.name}: ${path}`).toEqual(get(r, path));
      // Served districts come back as a set: whether serviceDistrictIds repeated districtId is not kept.
      expect(new Set([b.districtId, ...b.serviceDistrictIds])).toEqual(
        new Set([r.districtId, ...r.serviceDistrictIds]),
      );
      expect(b.lastVerifiedAt).toBe(r.lastVerifiedAt.slice(0, 10));
      if (r.schedule.rules.length) expect(b.schedule.note).toBe(r.schedule.note);
      for (const path of HSDS_LOST_FIELDS)
        if (JSON.stringify(get(b, path)) !== JSON.stringify(get(r, path))) lostSomewhere.add(path);
    }
    // Every listed loss really happens with the demo city (the list is not padded), except fields
    // the demo's public records leave empty (and service types, which a Dataset holds as codes)…
    const notSeen = HSDS_LOST_FIELDS.filter((f) => !lostSomewhere.has(f));
    expect(
      notSeen.every((f) =>
        [
          'serviceTypeIds',
          'capacity',
          'source',
          'verificationMethod',
          'verifiedById',
          'statusReason',
          'schedule.closedDates',
        ].includes(f),
      ),
      notSeen.join(),
    ).toBe(true);
    // …and organizations come back with names, readings and phones.
    const orgNames = new Set(back.organizations.map((o) => o.name));
    expect(directory.organizations.every((o) => orgNames.has(o.name))).toBe(true);
    // Each keeps its HSDS id (the identity of a re-import) and its row.
    const hsdsOrgIds = new Set(first.organizations.map((o) => o.id));
    expect(
      back.organizations.every(
        (o) =>
          o.source === 'hsds' &&
          hsdsOrgIds.has(o.sourceId) &&
          back.organizationRowOf[o.sourceId]! > 0,
      ),
    ).toBe(true);
  });

  it('reads RRULE parts into our rules', () => {
    const issues = new IssueList('x');
    expect(ruleFromRow(FORTNIGHTLY_HSDS_ROW.row, issues, 1)).toEqual([FORTNIGHTLY_HSDS_ROW.rule]);
    expect(
      ruleFromRow(
        { freq: 'MONTHLY', byday: '2WE,4WE', opens_at: '13:30', closes_at: '15:00' },
        issues,
        1,
      ),
    ).toEqual([
      { type: 'monthly_nth', weekdays: ['wed'], nth: [2, 4], start: '13:30', end: '15:00' },
    ]);
    // Not a full product of nths and days: one rule per nth.
    expect(
      ruleFromRow(
        { freq: 'MONTHLY', byday: '1MO,3FR', opens_at: '10:00', closes_at: '11:00' },
        issues,
        1,
      ),
    ).toHaveLength(2);
    expect(
      ruleFromRow(
        { freq: 'MONTHLY', bymonthday: '1,15', opens_at: '10:00:00', closes_at: '11:00:00' },
        issues,
        1,
      ),
    ).toEqual([{ type: 'monthly_day', days: [1, 15], start: '10:00', end: '11:00' }]);
    expect(issues.issues).toEqual([]);
  });

  it('names the table row and field of bad input, and refuses a non-HSDS file', () => {
    const issues = new IssueList('x.json');
    expect(ruleFromRow({ freq: 'WEEKLY', byday: 'XX' }, issues, 7)).toBeNull();
    expect(ruleFromRow({ freq: 'MONTHLY', byday: '9WE' }, issues, 8)).toBeNull();
    expect(ruleFromRow({ freq: 'YEARLY' }, issues, 9)).toBeNull();
    expect(issues.issues.map((i) => [i.row, i.field])).toEqual([
      [7, 'schedules.byday'],
      [8, 'schedules.byday'],
      [9, 'schedules.freq'],
    ]);
    const bad = readHsdsFile({
      name: 'x.json',
      bytes: new TextEncoder().encode('{"type":"FeatureCollection"}'),
    });
    expect(bad.issues[0]).toMatchObject({ severity: 'error', field: 'services' });
    const broken = structuredClone(first);
    broken.services[2]!.organization_id = 'nope';
    const r = readHsdsFile({
      name: 'b.json',
      bytes: new TextEncoder().encode(JSON.stringify(broken)),
    });
    expect(r.issues).toEqual([
      expect.objectContaining({ severity: 'error', row: 3, field: 'services.organization_id' }),
    ]);
    // Ids are the identity of a re-import: a repeated one is refused, naming both rows.
    const twice = structuredClone(first);
    twice.services.push({ ...twice.services[0]!, name: 'copy' });
    twice.organizations.push({ ...twice.organizations[0]! });
    const t = readHsdsFile({
      name: 't.json',
      bytes: new TextEncoder().encode(JSON.stringify(twice)),
    });
    expect(t.issues.map((i) => [i.severity, i.row, i.field])).toEqual([
      ['error', twice.organizations.length, 'organizations.id'],
      ['error', twice.services.length, 'services.id'],
    ]);
  });
});
