import { describe, expect, it } from 'vitest';
import { generateDemoCity } from '../demo-city/generate-demo-city';
import { directoryFromDataset } from '../export/public-directory';
import { NEWCOMERS_DESCRIPTION, toHsds } from '../export/to-hsds';
import { IssueList } from './import-issue';
import { readHsds } from './read-hsds';
import { readServiceCapacity } from './read-service-capacity';

const demo = generateDemoCity({});
const directory = directoryFromDataset(demo);

describe('readServiceCapacity', () => {
  it('round trip: places free, maximum, newcomers and the date come back; a place without an answer keeps unknown', () => {
    const visible = directory.resources.filter((r) => r.isPublic && r.status === 'active');
    const at = '2026-11-30T01:02:03.000Z';
    const [a, b, c] = visible;
    const resources = directory.resources.map((r) =>
      r === a
        ? {
            ...r,
            capacity: 20,
            acceptingNewcomers: true,
            capacityAvailable: 4,
            capacityUpdatedAt: at,
          }
        : r === b
          ? {
              ...r,
              capacity: null,
              acceptingNewcomers: null,
              capacityAvailable: 0,
              capacityUpdatedAt: at,
            }
          : r,
    );
    const pkg = toHsds({ ...directory, resources });
    expect(pkg.service_capacities).toHaveLength(2);
    const back = readHsds(JSON.parse(JSON.stringify(pkg)) as typeof pkg, 'hsds.json');
    expect(back.issues).toEqual([]);
    const byName = (name: string) => back.resources.find((r) => r.name === name)!;
    expect(byName(a!.name)).toMatchObject({
      capacity: 20,
      acceptingNewcomers: true,
      capacityAvailable: 4,
      capacityUpdatedAt: at,
    });
    // 0 places free is an answer (full), not unknown; what the row leaves out stays unknown
    expect(byName(b!.name)).toMatchObject({
      capacity: null,
      acceptingNewcomers: null,
      capacityAvailable: 0,
      capacityUpdatedAt: at,
    });
    // no row: the package says nothing (absent, so a merge keeps what is stored)
    expect(byName(c!.name).capacityAvailable).toBeUndefined();
    expect(byName(c!.name).capacityUpdatedAt).toBeUndefined();
  });

  it('reads another system’s row: a date in its own offset, a description it did not write, no maximum', () => {
    const issues = new IssueList('x.json');
    expect(
      readServiceCapacity(
        { available: '3', description: 'Beds', updated: '2024-09-25T14:23:06.5+01:00' },
        1,
        'サロン',
        issues,
      ),
    ).toEqual({
      acceptingNewcomers: null,
      capacity: null,
      capacityAvailable: 3,
      capacityUpdatedAt: '2024-09-25T13:23:06.500Z',
    });
    expect(
      readServiceCapacity(
        { description: NEWCOMERS_DESCRIPTION.no, maximum: 0 },
        2,
        'サロン',
        issues,
      ),
    ).toEqual({
      acceptingNewcomers: false,
      capacity: null,
      capacityAvailable: null,
      capacityUpdatedAt: '',
    });
    expect(issues.issues).toEqual([]);
  });

  it('refuses a count that is not a whole number and a date it cannot read, naming row and field', () => {
    const issues = new IssueList('x.json');
    expect(readServiceCapacity({ available: -1 }, 3, 'サロンA', issues)).toBeNull();
    expect(readServiceCapacity({ available: 2, maximum: 'many' }, 4, 'サロンB', issues)).toBeNull();
    expect(
      readServiceCapacity({ available: 2, updated: 'yesterday' }, 5, 'サロンC', issues),
    ).toBeNull();
    expect(issues.issues.map((i) => [i.row, i.field, i.severity])).toEqual([
      [3, 'service_capacities.available', 'error'],
      [4, 'service_capacities.maximum', 'error'],
      [5, 'service_capacities.updated', 'error'],
    ]);
    expect(issues.issues[0]!.message).toContain('サロンA');
  });
});
