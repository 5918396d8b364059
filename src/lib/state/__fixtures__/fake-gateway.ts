/**
 * A fake of `$lib/data-access/browser-gateway` and `browser-reads` for state classes' spec
 * tests (no server): every read is a `vi.fn` the test answers, and `emitAuth` signs a user in
 * or out the way the real gateway reports it to the session. Use it with
 *
 *     vi.mock('$lib/data-access/browser-gateway', async () => (await import('./__fixtures__/fake-gateway')).fakeGatewayModule());
 *     vi.mock('$lib/data-access/browser-reads', () => import('$lib/data-access/browser-gateway'));
 *
 * and start the test file with `// @vitest-environment happy-dom` (so `$effect`s run); then
 * `const { gateway } = await connectFakeGateway()` gives the fake with the session following it.
 */
import { vi } from 'vitest';
import type * as Coordination from '$lib/data-access/coordination';
import type { User, UserRole } from '$lib/domain/types';

/** The two gateway modules' exports, faked (see above). */
export function fakeGatewayModule() {
  const listeners = new Set<(u: User | null) => void>();
  const gateway = {
    user: null as User | null,
    mustChangePassword: false,
    sessionSecondsLeft: () => 0,
    refreshSession: vi.fn(async () => {}),
    onAuthChange(listener: (u: User | null) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Signs `u` in (null: out), as the SDK's auth store would. */
    emitAuth(u: User | null) {
      gateway.user = u;
      for (const l of listeners) l(u);
    },
    getSite: vi.fn(),
    getArea: vi.fn(),
    listAreas: vi.fn(),
    listResources: vi.fn(),
    getResource: vi.fn(),
    listContacts: vi.fn(),
    listCouncils: vi.fn(),
    listCouncilMeetings: vi.fn(),
    listOrganizations: vi.fn(),
    listPopulationCells: vi.fn(),
    listServiceTypes: vi.fn(),
  };
  /** The public snapshots a visitor reads (used only while `snapshots.enabled`). */
  const publicReads = {
    reset: vi.fn(),
    areas: vi.fn(),
    councils: vi.fn(),
    organizations: vi.fn(),
    resource: vi.fn(),
    resources: vi.fn(),
    site: vi.fn(),
  };
  /** Visitors read the snapshots while `enabled` (off: the records API, as with `sasaeai.reads=api`). */
  const snapshots = { enabled: false };
  return {
    gateway,
    publicReads,
    snapshots,
    get snapshotsEnabled() {
      return snapshots.enabled;
    },
    origin: 'http://127.0.0.1:1',
    loadGateway: vi.fn(async () => gateway),
  };
}

export type FakeGatewayModule = ReturnType<typeof fakeGatewayModule>;

/** A signed-in staff user for `gateway.emitAuth` (the pages' rules read the role and districts). */
export function staffUser(role: UserRole, districtIds: string[] = [], id = 'u1'): User {
  return { id, email: `${id}@example.jp`, name: id, role, districtIds };
}

/**
 * The fake that the spec's `vi.mock` put in place of the gateway modules, with the app's
 * session following its sign-ins once it has loaded it (as after a stored sign-in), so that
 * `gateway.emitAuth(user)` signs the session in or out. Call it once, at the top level:
 *
 *     const { gateway } = await connectFakeGateway();
 */
export async function connectFakeGateway(): Promise<FakeGatewayModule> {
  const [module, { session }] = await Promise.all([
    import('$lib/data-access/browser-gateway'),
    import('$lib/state/session.svelte'),
  ]);
  const fake = module as unknown as FakeGatewayModule;
  // without the vi.mock above the spec would talk to the real gateway
  if (!('emitAuth' in fake.gateway))
    throw new Error("connectFakeGateway: vi.mock('$lib/data-access/browser-gateway') first");
  await session.connect();
  return fake;
}

/**
 * `$lib/data-access/coordination` with the reads and writes of the coordinators' pages as
 * `vi.fn`s the test answers (the rest of the module as it is), for the specs of the pages that
 * share them (the workspace, one record's page):
 *
 *     vi.mock('$lib/data-access/coordination', async (original) => (await import('$lib/state/__fixtures__/fake-gateway')).fakeCoordinationModule(original));
 */
export async function fakeCoordinationModule(original: <T>() => Promise<T>) {
  return {
    ...(await original<typeof Coordination>()),
    acceptSuggestion: vi.fn(),
    confirmResource: vi.fn(),
    declineSuggestion: vi.fn(),
    listStaffNames: vi.fn(),
    listSuggestionQueue: vi.fn(),
    saveResource: vi.fn(),
  };
}
