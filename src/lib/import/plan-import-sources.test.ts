import { describe, expect, it } from 'vitest';
import { INIT_CITY_SOURCE, type ExistingState, type ImportPlan } from './plan-import';
import { prepareImport } from './prepare-import';
import { generateDemoCity } from '../demo-city/generate-demo-city';
import { directoryFromDataset } from '../export/public-directory';
import { FALLBACK_ORGANIZATION_ID, toHsds, type HsdsPackage } from '../export/to-hsds';
import type { Resource } from '../domain/types';
import { EMPTY, applied, request, text } from './__fixtures__/plan-import-request';
import { areaOf } from '../domain/__fixtures__/area-of';

describe('planImport with a population table by mesh code', () => {
  const mesh = (csv: string) => ({
    population: { file: text('mesh-500m.csv', csv), keyedBy: 'mesh' as const, year: 2020 },
  });
  const CSV =
    'KEY_CODE,人口総数,65歳以上人口\n543930803,1204,310\n543930804,987,*\n543930911,-,-\n';

  it('plans one population cell per code with its source credit, and nothing on a re-import', async () => {
    const first = await prepareImport(mesh(CSV), EMPTY);
    expect(first.report.ok).toBe(true);
    expect(first.report.counts.population_cells).toEqual({ create: 3, update: 0, unchanged: 0 });
    expect(first.report.population.mesh).toBe(1204 + 987);
    const cells = first.ops.filter((o) => o.collection === 'population_cells').map((o) => o.record);
    expect(cells[1]).toEqual({
      meshCode: '543930804',
      meshM: 500,
      population: 987,
      population65: 0,
      year: 2020,
      source: 'mesh-500m',
    });
    expect(first.ops.find((o) => o.collection === 'data_sources')?.record).toMatchObject({
      key: 'mesh-500m',
      attribution: expect.stringMatching(/地域メッシュ統計/),
      recordCount: 3,
    });
    const state = applied(first, EMPTY);
    const again = await prepareImport(mesh(CSV), state);
    expect(again.ops).toEqual([]);
    expect(again.report.counts.population_cells).toEqual({ create: 0, update: 0, unchanged: 3 });
    const changed = await prepareImport(mesh(CSV.replace('987', '990')), state);
    expect(changed.report.counts.population_cells).toEqual({ create: 0, update: 1, unchanged: 2 });
    expect(changed.ops[0]).toMatchObject({
      collection: 'population_cells',
      action: 'update',
      id: state.populationCells![1]!.id,
      origin: { file: 'mesh-500m.csv', row: 3 },
    });
  });

  it('fails the report on a bad mesh code, naming the file and row', async () => {
    const plan = await prepareImport(mesh(CSV.replace('543930911', '543930915')), EMPTY);
    expect(plan.report.ok).toBe(false);
    expect(plan.report.issues).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        file: 'mesh-500m.csv',
        row: 4,
        field: 'KEY_CODE',
      }),
    );
  });

  it('refuses a population table by town code without boundaries', async () => {
    const plan = await prepareImport(
      {
        population: {
          file: text('pop.csv', 'town_code,population\n102020010,1\n'),
          keyedBy: 'town',
        },
      },
      EMPTY,
    );
    expect(plan.report.ok).toBe(false);
  });
});

describe('planImport with an HSDS package', () => {
  const demo = generateDemoCity({});
  const directory = directoryFromDataset(demo);
  const districts = demo.areas.filter((a) => a.kind === 'district');
  /** The demo city's areas only: an emptied directory. */
  const AREAS_ONLY: ExistingState = {
    ...EMPTY,
    areas: demo.areas.map((a) => ({ ...a, source: '', sourceId: '' })),
  };
  const hsdsFile = (pkg: HsdsPackage) => ({
    hsds: { file: text('city.json', JSON.stringify(pkg)) },
  });
  const pkg = toHsds(directory);
  const resourceOps = (plan: ImportPlan) =>
    plan.ops.flatMap((o) => (o.collection === 'resources' ? [o.record] : []));

  it("loads this site's own export back onto the records it came from: nothing new, nothing changed", async () => {
    // The database as the demo city loaded it (source 'demo'-style ids, not HSDS ids).
    const resources: Resource[] = demo.resources.map(({ serviceTypeCodes, ...r }) => ({
      ...r,
      serviceTypeIds: serviceTypeCodes,
      updatedAt: '',
    }));
    const organizations = demo.organizations.map((o) => ({ ...o, source: 'demo', sourceId: o.id }));
    const state: ExistingState = { ...AREAS_ONLY, resources, organizations };
    const plan = await prepareImport(
      { hsds: { file: text('sasaeai-hsds.json', JSON.stringify(pkg)) } },
      state,
    );
    expect(plan.report.ok).toBe(true);
    expect(plan.report.counts.resources).toMatchObject({ create: 0, update: 0 });
    expect(plan.report.counts.organizations).toMatchObject({ create: 0, update: 0 });
    expect(
      plan.ops.filter((o) => o.collection === 'resources' || o.collection === 'organizations'),
    ).toEqual([]);
  });

  it('plans organizations and full resources linked to them, districts from the service areas', async () => {
    const plan = await prepareImport(hsdsFile(pkg), AREAS_ONLY);
    expect(plan.report.issues).toEqual([]);
    const orgCount = pkg.organizations.filter((o) => o.id !== FALLBACK_ORGANIZATION_ID).length;
    expect(plan.report.counts.organizations).toEqual({ create: orgCount, update: 0, unchanged: 0 });
    expect(plan.report.counts.resources).toEqual({
      create: directory.resources.length,
      update: 0,
      unchanged: 0,
    });
    expect(plan.report.counts.data_sources).toEqual({ create: 1, update: 0, unchanged: 0 });
    // Organizations come before the resources that refer to them (the server checks relations).
    const lastOrg = plan.ops.map((o) => o.collection).lastIndexOf('organizations');
    expect(plan.ops.findIndex((o) => o.collection === 'resources')).toBeGreaterThan(lastOrg);
    const orgName = new Map(
      plan.ops.flatMap((o) => (o.collection === 'organizations' ? [[o.id, o.record.name]] : [])),
    );
    const originalOrgName = new Map(directory.organizations.map((o) => [o.id, o.name]));
    const byKey = new Map(
      directory.resources.map((r) => [`${r.name}|${r.address}|${r.description}`, r]),
    );
    for (const b of resourceOps(plan)) {
      const r = byKey.get(`${b.name}|${b.address}|${b.description}`)!;
      expect(r, b.name).toBeDefined();
      for (const k of [
        'nameKana',
        'location',
        'directions',
        'publicPhone',
        'website',
        'status',
        'districtId',
      ] as const)
        expect(b[k], `${b.name} ${k}`).toEqual(r[k]);
      expect(b.schedule.rules).toEqual(r.schedule.rules);
      expect(new Set([b.districtId, ...b.serviceDistrictIds])).toEqual(
        new Set([r.districtId, ...r.serviceDistrictIds]),
      );
      expect(b.lastVerifiedAt).toBe(r.lastVerifiedAt.slice(0, 10));
      expect(b.cost.note).toBe(
        [r.cost.amountYen === null ? '' : `${r.cost.amountYen}円`, r.cost.note]
          .filter(Boolean)
          .join(' '),
      );
      expect(b.organizationId ? orgName.get(b.organizationId) : '').toBe(
        r.organizationId ? originalOrgName.get(r.organizationId) : '',
      );
      expect(b.source).toBe('city');
    }
    // Area-wide groups without a place are planned too (their district is their service area).
    expect(resourceOps(plan).filter((r) => r.location === null).length).toBe(
      directory.resources.filter((r) => !r.location).length,
    );
    expect(directory.resources.some((r) => !r.location)).toBe(true);
  });

  it('takes the district from the service area over the point, from the point when no area resolves, and skips a place-less service with neither', async () => {
    const edited = structuredClone(pkg);
    const located = new Set(edited.service_at_locations.map((s) => s.service_id));
    const [a, b] = edited.services.filter((s) => located.has(s.id));
    const placeless = edited.services.find((s) => !located.has(s.id))!;
    const serviceAreasOf = (id: unknown) => edited.service_areas.filter((x) => x.service_id === id);
    const home = districts.find((d) => d.code === serviceAreasOf(a!.id)[0]!.description)!;
    const other = districts.find((d) => d.id !== home.id)!;
    // a: its service area now names another district; b and the place-less group: none of ours.
    for (const x of serviceAreasOf(a!.id))
      Object.assign(x, { name: other.name, description: other.code });
    for (const x of [...serviceAreasOf(b!.id), ...serviceAreasOf(placeless.id)])
      Object.assign(x, { name: '架空地区', description: 'X99' });
    const plan = await prepareImport(hsdsFile(edited), AREAS_ONLY);
    const planned = (s: Record<string, unknown>) =>
      resourceOps(plan).find((r) => r.sourceId === s.id);
    expect(planned(a!)?.districtId).toBe(other.id);
    const bOriginal = directory.resources.find(
      (r) => r.name === b!.name && r.description === b!.description,
    )!;
    expect(planned(b!)).toMatchObject({ districtId: bOriginal.districtId, serviceDistrictIds: [] });
    expect(planned(placeless)).toBeUndefined();
    const row = edited.services.indexOf(placeless) + 1;
    expect(plan.report.issues).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        file: 'city.json',
        row,
        field: 'service_at_location',
      }),
    );
    expect(plan.report.ok).toBe(true);
  });

  it('plans nothing when the same package is imported again', async () => {
    const first = await prepareImport(hsdsFile(pkg), AREAS_ONLY);
    const again = await prepareImport(hsdsFile(pkg), applied(first, AREAS_ONLY));
    expect(again.ops).toEqual([]);
    expect(again.report.counts.organizations?.update).toBe(0);
    expect(again.report.counts.organizations?.create).toBe(0);
    expect(again.report.counts.resources).toEqual({
      create: 0,
      update: 0,
      unchanged: directory.resources.length,
    });
  });

  it('updates only what the package changed, keeping what HSDS cannot hold', async () => {
    const state = applied(await prepareImport(hsdsFile(pkg), AREAS_ONLY), AREAS_ONLY);
    // What a coordinator added after the first import: HSDS has no place for any of it except the
    // time of day of the verification (same date) and the amount of a fee whose text is the same.
    const target = state.resources.find(
      (r) => r.location && r.cost.note && r.schedule.rules.length && r.organizationId,
    )!;
    const enriched: Resource = {
      ...target,
      kind: 'mutual_aid',
      eligibility: 'age_65_plus',
      booking: 'drop_in',
      capacity: 12,
      accessibility: ['step_free'],
      lastVerifiedAt: `${target.lastVerifiedAt}T09:30:00.000Z`,
      schedule: {
        ...target.schedule,
        closedOnPublicHolidays: true,
        closedPeriods: [{ from: '12-29', to: '01-03' }],
      },
    };
    const stateEnriched = {
      ...state,
      resources: state.resources.map((r) => (r.id === target.id ? enriched : r)),
    };
    expect((await prepareImport(hsdsFile(pkg), stateEnriched)).ops).toEqual([]);

    const edited = structuredClone(pkg);
    const service = edited.services.find((s) => s.id === target.sourceId)!;
    service.description = '新しい説明';
    const org = edited.organizations.find((o) => o.id === service.organization_id)!;
    org.name = `${String(org.name)}（改称）`;
    const plan = await prepareImport(hsdsFile(edited), stateEnriched);
    expect(plan.report.counts.resources).toEqual({
      create: 0,
      update: 1,
      unchanged: directory.resources.length - 1,
    });
    expect(plan.report.counts.organizations).toMatchObject({ create: 0, update: 1 });
    const update = plan.ops.find((o) => o.collection === 'resources');
    expect(update).toMatchObject({
      action: 'update',
      id: target.id,
      origin: { file: 'city.json', row: edited.services.indexOf(service) + 1 },
    });
    const { updatedAt: _u, ...expected } = { ...enriched, description: '新しい説明' };
    expect(update?.record).toEqual(expected);
    const orgUpdate = plan.ops.find((o) => o.collection === 'organizations');
    expect(orgUpdate).toMatchObject({
      action: 'update',
      id: target.organizationId,
      record: { name: org.name, type: 'other' },
    });
  });
});

describe('planImport after sasaeai init', () => {
  // What `init` stores (src/lib/data-access/set-up-city.ts): one city row and the site pointing at it.
  const afterInit: ExistingState = {
    ...EMPTY,
    areas: [
      {
        ...areaOf({
          id: 'initcity0000001',
          kind: 'city',
          code: '10202',
          name: '高崎市',
          nameKana: 'たかさきし',
        }),
        source: INIT_CITY_SOURCE,
        sourceId: 'city:10202',
      },
    ],
    site: {
      id: 'initsite0000001',
      cityName: '高崎市',
      cityNameKana: 'たかさきし',
      attribution: '',
      fictional: false,
      cityAreaId: 'initcity0000001',
    },
  };

  it("takes init's city row over when the import names the same city code (no clash, no second city)", async () => {
    const plan = await prepareImport(request(), afterInit);
    expect(plan.report.ok).toBe(true);
    const cities = plan.ops.filter((o) => o.collection === 'areas' && o.record.kind === 'city');
    expect(cities).toEqual([expect.objectContaining({ action: 'update', id: 'initcity0000001' })]);
    const districts = plan.ops.filter(
      (o) => o.collection === 'areas' && o.record.kind === 'district',
    );
    expect(districts.every((d) => d.collection === 'areas' && d.record.parentId !== '')).toBe(true);
  });

  it('still refuses a city row of another source with the same code', async () => {
    const other: ExistingState = {
      ...afterInit,
      areas: [{ ...afterInit.areas[0]!, source: 'someone-else', sourceId: 'x' }],
    };
    const plan = await prepareImport(request(), other);
    expect(plan.report.issues.map((i) => i.code)).toContain('codeClash');
  });
});
