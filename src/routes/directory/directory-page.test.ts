/**
 * The directory's state class against a fake gateway: loading and its error, and the
 * shortlist actions the pages rely on (an added entry keeps its date and snapshot; a new list
 * keeps the last list's office; removing an entry drops its note and record).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Shortlist } from '$lib/data-access/shortlists';
import { yanagichoSalon } from '$lib/domain/__fixtures__/yanagicho-salon';

const fake = vi.hoisted(() => ({
  lists: [] as Shortlist[],
  failLookups: false,
  resources: [] as unknown[],
  needs: [] as unknown[],
  failNeed: false,
}));

vi.mock('$lib/data-access/needs', () => ({
  createNeed: async (_gw: unknown, input: unknown) => {
    if (fake.failNeed) throw new Error('refused');
    fake.needs.push(input);
    return input;
  },
}));

vi.mock('$lib/data-access/browser-gateway', () => ({
  publicReads: null,
  gateway: {
    listServiceTypes: async () => {
      if (fake.failLookups) throw new Error('network down');
      return [];
    },
    listOrganizations: async () => [],
    listAreas: async () => [],
    listContacts: async () => [],
  },
}));

vi.mock('$lib/data-access/shortlists', () => ({
  listShortlists: async () => fake.lists,
  createShortlist: async (
    _gw: unknown,
    label: string,
    resourceIds: string[],
    office: { office: string; officePhone: string },
  ) => ({
    id: `l${fake.lists.length + 1}`,
    ownerId: 'u1',
    label,
    resourceIds,
    notes: {},
    added: {},
    updatedAt: '',
    ...office,
  }),
  updateShortlist: async (_gw: unknown, id: string, patch: Partial<Shortlist>) => ({
    ...fake.lists.find((l) => l.id === id)!,
    ...patch,
    id,
  }),
  deleteShortlist: async () => {},
}));

vi.mock('$lib/state/session.svelte', () => ({
  session: {
    signedIn: true,
    generation: 1,
    readsSnapshots: false,
    user: { id: 'u1', role: 'coordinator', districtIds: ['d1'] },
  },
}));
vi.mock('$lib/state/city-data.svelte', () => ({
  cityData: {
    get resources() {
      return fake.resources;
    },
    districts: [],
    status: 'ready',
    error: '',
    load: async () => {},
  },
}));

const { DirectoryData, unmetSearchKey } = await import('./directory-page.svelte');
// The route's own message areas, as its +layout.ts provides them before the page renders.
(await import('./+layout')).load();

const salon = yanagichoSalon();

const list = (over: Partial<Shortlist> = {}): Shortlist => ({
  id: 'l1',
  ownerId: 'u1',
  label: 'Aさん',
  resourceIds: [],
  notes: {},
  office: '',
  officePhone: '',
  added: {},
  updatedAt: '',
  ...over,
});

beforeEach(() => {
  fake.lists = [];
  fake.failLookups = false;
  fake.resources = [salon];
});

describe('DirectoryData', () => {
  it('loads, and reports a failed lookup as an error with its message', async () => {
    fake.failLookups = true;
    const failing = new DirectoryData();
    await failing.load();
    expect([failing.status, failing.error]).toEqual(['error', 'network down']);
    fake.failLookups = false;
    await failing.load();
    expect(failing.status).toBe('ready');
  });

  it('keeps the date and a snapshot of an added entry, and drops them when it is removed', async () => {
    fake.lists = [list()];
    const state = new DirectoryData();
    await state.load();
    const added = await state.toggle('l1', 'r1', '2026-10-01T09:00:00.000Z');
    expect(added.resourceIds).toEqual(['r1']);
    expect(added.added.r1).toEqual({
      at: '2026-10-01T09:00:00.000Z',
      snapshot: expect.objectContaining({ name: '柳町サロン', cost: salon.cost }),
    });
    fake.lists = [added];
    const removed = await state.toggle('l1', 'r1');
    expect([removed.resourceIds, removed.added]).toEqual([[], {}]);
  });

  it('removes an entry with its note and record', async () => {
    fake.lists = [
      list({
        resourceIds: ['r1', 'r2'],
        notes: { r1: '火曜が合う', r2: 'x' },
        added: { r1: { at: '2026-10-01T09:00:00.000Z', snapshot: {} as never } },
      }),
    ];
    const state = new DirectoryData();
    await state.load();
    const saved = await state.removeEntry('l1', 'r1');
    expect([saved.resourceIds, saved.notes, saved.added]).toEqual([['r2'], { r2: 'x' }, {}]);
  });

  it('starts a new list with the office of the most recent one', async () => {
    fake.lists = [list({ office: '居宅介護支援事業所 みどり', officePhone: '027-000-1111' })];
    const state = new DirectoryData();
    await state.load();
    const created = await state.createShortlist('Bさん');
    expect([created.office, created.officePhone]).toEqual([
      '居宅介護支援事業所 みどり',
      '027-000-1111',
    ]);
    expect(state.shortlists.map((l) => l.id)).toEqual([created.id, 'l1']);
  });
});

describe('DirectoryData while a load runs', () => {
  it('keeps a list created meanwhile (the load read the lists before it existed)', async () => {
    const state = new DirectoryData();
    let release!: () => void;
    fake.lists = [];
    const slow = new Promise<void>((r) => (release = r));
    // cityData.load() is where the page spends its time; hold the load there.
    const { cityData } = await import('$lib/state/city-data.svelte');
    const load = cityData.load;
    cityData.load = () => slow;
    const loading = state.load();
    await new Promise((r) => setTimeout(r, 0));
    const created = await state.createShortlist('Cさん');
    release();
    await loading;
    cityData.load = load;
    expect(state.status).toBe('ready');
    expect(state.shortlists.map((l) => l.id)).toEqual([created.id]);
  });
});

describe('「見つからなかった」', () => {
  const search = { districtId: 'd1', serviceTypeId: 't1', weekdays: ['tue' as const] };

  beforeEach(() => {
    fake.needs = [];
    fake.failNeed = false;
  });

  it('records district, type, weekdays and today with source care_manager and nothing else', async () => {
    const data = new DirectoryData();
    await data.recordUnmet(search, { district: '柳町', type: '買い物' });
    expect(fake.needs).toEqual([
      {
        districtId: 'd1',
        serviceTypeId: 't1',
        count: null,
        countUnit: '',
        source: 'care_manager',
        observedOn: new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10),
        weekdays: ['tue'],
        note: '',
      },
    ]);
    expect(data.unmetRecordedKey).toBe(unmetSearchKey(search));
    expect(data.unmetMessage).toContain('柳町');
    expect(data.unmetSeq).toBe(1);
  });

  it('says why on failure and leaves the search recordable', async () => {
    fake.failNeed = true;
    const data = new DirectoryData();
    await data.recordUnmet(search, { district: '柳町', type: '買い物' });
    expect(data.unmetRecordedKey).toBe('');
    expect(data.unmetMessage).toContain('refused');
    expect(data.unmetBusy).toBe(false);
  });

  it('is offered to a coordinator in their own districts only', () => {
    const data = new DirectoryData();
    expect(data.canRecordUnmet('d1')).toBe(true);
    expect(data.canRecordUnmet('d2')).toBe(false);
  });

  it('keys a search by district, type and weekdays in any order', () => {
    expect(unmetSearchKey({ ...search, weekdays: ['tue', 'mon'] })).toBe(
      unmetSearchKey({ ...search, weekdays: ['mon', 'tue'] }),
    );
    expect(unmetSearchKey(search)).not.toBe(unmetSearchKey({ ...search, weekdays: [] }));
  });
});
