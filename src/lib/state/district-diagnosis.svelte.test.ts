// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { districtTrend } from '$lib/data-access/district-trend';
import { connectFakeGateway } from '$lib/state/__fixtures__/fake-gateway';
import type { Area, Resource } from '$lib/domain/types';
import { meshCodeAt } from '$lib/geo/mesh-code';
import { DistrictDiagnosisData } from './district-diagnosis.svelte';

vi.mock('$lib/data-access/browser-gateway', async () =>
  (await import('$lib/state/__fixtures__/fake-gateway')).fakeGatewayModule(),
);
vi.mock('$lib/data-access/browser-reads', () => import('$lib/data-access/browser-gateway'));
vi.mock('$lib/data-access/district-trend', () => ({ districtTrend: vi.fn() }));
const { gateway } = await connectFakeGateway();
const trend = vi.mocked(districtTrend);

const square = (lng: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [lng, 36],
      [lng + 0.01, 36],
      [lng + 0.01, 36.01],
      [lng, 36.01],
      [lng, 36],
    ],
  ],
});
const area = (id: string, kind: Area['kind'], extra: Partial<Area>) =>
  ({ id, kind, name: id, parentId: '', geometry: null, populationYear: null, ...extra }) as Area;

beforeEach(() => {
  vi.clearAllMocks();
  gateway.listAreas.mockImplementation(async ({ kind }: { kind: string }) =>
    kind === 'city'
      ? [area('city', 'city', { population: 3000, population65: 900, population75: null })]
      : [
          area('d1', 'district', {
            geometry: square(139),
            population: 1000,
            population65: 400,
            population75: 200,
            populationYear: 2020,
          }),
          area('d2', 'district', {
            geometry: square(139.1),
            population: 2000,
            population65: 500,
            population75: null,
          }),
        ],
  );
  gateway.listResources.mockResolvedValue([
    {
      id: 'r1',
      kind: 'gathering_place',
      status: 'active',
      districtId: 'd1',
      location: [139.005, 36.005],
    },
    {
      id: 'r2',
      kind: 'gathering_place',
      status: 'paused',
      districtId: 'd2',
      location: [139.105, 36.005],
    },
    { id: 'r3', kind: 'service', status: 'active', districtId: 'd2', location: [139.105, 36.005] },
  ] as Resource[]);
  // one 100 m cell, in d1, beside its gathering place
  gateway.listPopulationCells.mockResolvedValue([
    {
      meshCode: meshCodeAt(139.005, 36.005, 100),
      meshM: 100,
      population: 10,
      population65: 4,
      year: 2020,
    },
  ]);
  trend.mockResolvedValue([{ month: '2026-12', share: 0.5 }]);
});

describe('DistrictDiagnosisData', () => {
  it("computes every district's indicators from the city's districts and active gathering places, with the district's trend", async () => {
    const data = new DistrictDiagnosisData();
    await data.loader.load('d1');
    expect(data.loader.error).toBe('');
    const [d1, d2] = data.result!.districts;
    expect(d1!.values.share65).toMatchObject({
      value: 0.4,
      rank: 1,
      ranked: 2,
      direction: 'higher',
    });
    expect(d2!.values.share65).toMatchObject({ value: 0.25, rank: 2, direction: 'lower' });
    expect(d1!.values.share75.value).toBe(0.2);
    expect(d2!.values.share75.value).toBeNull();
    // only the active gathering place counts: 1 per 400 aged 65+ in d1, none in d2
    expect(d1!.values.placesPer1000.value).toBe(2.5);
    expect(d2!.values.placesPer1000.value).toBe(0);
    expect(data.result!.city.share65).toBe(0.3); // the city area's own counts
    // walking coverage on the cells: d1's one cell is covered; d2 has no cell, so unknown
    expect(d1!.values.walkCoverage65.value).toBe(1);
    expect(d2!.values.walkCoverage65.value).toBeNull();
    expect(data.placeCount).toBe(1);
    expect(data.populationYear).toBe(2020);
    expect(trend).toHaveBeenCalledWith(expect.anything(), 'd1');
    expect(data.trend).toEqual([{ month: '2026-12', share: 0.5 }]);
  });

  it('keeps the diagnosis when the trend cannot be read, and asks for no trend city-wide', async () => {
    trend.mockRejectedValueOnce(new Error('network down'));
    const data = new DistrictDiagnosisData();
    await data.loader.load('d1');
    expect(data.status).toBe('ready');
    expect(data.result).not.toBeNull();
    expect(data.trend).toBeNull();
    trend.mockClear();
    await data.loader.load('');
    expect(trend).not.toHaveBeenCalled();
    expect(data.result!.districts).toHaveLength(2);
  });
});
