import { describe, expect, it } from 'vitest';
import { prepareImport } from './prepare-import';
import type { ExistingState } from './plan-import';
import { areaOf } from '../domain/__fixtures__/area-of';

const EMPTY: ExistingState = { areas: [], resources: [], dataSources: [], site: null };
const json = (name: string, v: unknown) => ({
  name,
  bytes: new TextEncoder().encode(JSON.stringify(v)),
});
const district = {
  ...areaOf({ id: 'd1', kind: 'district', code: 'D1', name: '中央' }),
  source: '',
  sourceId: '',
};

describe('plannedRecordIssues', () => {
  it('refuses an HSDS service whose phone or schedule the form would refuse, naming file, row and field', async () => {
    const pkg = {
      organizations: [{ id: 'o1', name: '中央地区社会福祉協議会' }],
      services: [
        { id: 's1', organization_id: 'o1', name: '見守り隊', status: 'active' },
        { id: 's2', organization_id: 'o1', name: '夜のサロン', status: 'active' },
      ],
      service_areas: [
        { id: 'a1', service_id: 's1', name: '中央' },
        { id: 'a2', service_id: 's2', name: '中央' },
      ],
      phones: [{ id: 'p1', service_id: 's1', number: 'abc-defg' }],
      schedules: [
        {
          id: 'r1',
          service_id: 's2',
          freq: 'WEEKLY',
          byday: 'MO',
          opens_at: '13:00',
          closes_at: '12:00',
        },
      ],
    };
    const plan = await prepareImport(
      { hsds: { file: json('pkg.json', pkg) } },
      { ...EMPTY, areas: [district] },
    );
    expect(plan.report.ok, JSON.stringify(plan.report.issues)).toBe(false);
    const bad = plan.report.issues.filter((i) => i.code === 'recordInvalid');
    expect(bad).toContainEqual(
      expect.objectContaining({ file: 'pkg.json', row: 1, field: 'publicPhone' }),
    );
    expect(bad).toContainEqual(
      expect.objectContaining({ file: 'pkg.json', row: 2, field: 'schedule.rules.0.end' }),
    );
  });
});
