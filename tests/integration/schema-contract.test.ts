/**
 * The migrations (JavaScript, run by PocketBase) and the domain types (TypeScript) each list
 * the allowed values of every enumeration. This test reads the live schema from a real server
 * and holds the two lists equal, so neither can drift.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCESSIBILITY_FEATURES,
  AREA_KINDS,
  BOOKINGS,
  COUNCIL_STATUSES,
  ELIGIBILITIES,
  LAYER_KINDS,
  ORGANIZATION_TYPES,
  RESOURCE_KINDS,
  RESOURCE_STATUSES,
  SERVICE_TYPE_GROUPS,
  USER_ROLES,
  VERIFICATION_METHODS,
  MAIN_ACTIVITIES,
  RUN_BY,
  VENUE_TYPES,
  FREQUENCY_BANDS,
} from '../../src/lib/domain/types';
import { BASEMAPS } from '../../src/lib/domain/site-settings';
import { HELPER_STATUSES } from '../../src/lib/domain/helper';
import { startServer, type TestServer } from '../helpers/server';
import { signInSuperuser } from './api';

interface Field {
  name: string;
  type: string;
  values?: string[];
}
interface CollectionSchema {
  name: string;
  fields: Field[];
}

let server: TestServer;
let collections: CollectionSchema[];

beforeAll(async () => {
  server = await startServer({ demo: false });
  const su = await signInSuperuser(server);
  collections = (await su.get<{ items: CollectionSchema[] }>('/api/collections?perPage=200')).body
    .items;
});

afterAll(async () => {
  await server?.stop();
});

function selectValues(collection: string, field: string): string[] {
  const f = collections.find((c) => c.name === collection)?.fields.find((x) => x.name === field);
  if (!f || f.type !== 'select') throw new Error(`${collection}.${field} is not a select field`);
  return f.values ?? [];
}

describe('schema ↔ domain types', () => {
  it.each([
    ['areas', 'kind', AREA_KINDS],
    ['resources', 'kind', RESOURCE_KINDS],
    ['resources', 'status', RESOURCE_STATUSES],
    ['resources', 'eligibility', ELIGIBILITIES],
    ['resources', 'booking', BOOKINGS],
    ['resources', 'accessibility', ACCESSIBILITY_FEATURES],
    ['resources', 'verification_method', VERIFICATION_METHODS],
    ['resources', 'main_activity', MAIN_ACTIVITIES],
    ['resources', 'run_by', RUN_BY],
    ['resources', 'venue_type', VENUE_TYPES],
    ['resources', 'frequency_band', FREQUENCY_BANDS],
    ['organizations', 'type', ORGANIZATION_TYPES],
    ['councils', 'status', COUNCIL_STATUSES],
    ['users', 'role', USER_ROLES],
    ['layers', 'kind', LAYER_KINDS],
    ['helpers', 'status', HELPER_STATUSES],
    ['service_types', 'group', SERVICE_TYPE_GROUPS],
    ['site', 'basemap', BASEMAPS],
  ] as const)('%s.%s has exactly the domain values', (collection, field, values) => {
    expect(selectValues(collection, field)).toEqual([...values]);
  });

  it('can say "unknown": newcomers is yes/no with empty for unknown, eligibility and booking may be empty', () => {
    expect(selectValues('resources', 'accepting_newcomers')).toEqual(['yes', 'no']);
    for (const field of ['accepting_newcomers', 'eligibility', 'booking']) {
      const f = collections
        .find((c) => c.name === 'resources')!
        .fields.find((x) => x.name === field) as Field & { required?: boolean };
      expect(f.required, field).toBe(false);
    }
  });

  it('marks generated readings on areas and resources', () => {
    for (const c of ['areas', 'resources']) {
      expect(
        collections.find((x) => x.name === c)!.fields.find((f) => f.name === 'name_kana_generated')
          ?.type,
        c,
      ).toBe('bool');
    }
  });

  it('has every collection the contract names', () => {
    const names = collections.map((c) => c.name);
    for (const n of [
      'areas',
      'resources',
      'resource_contacts',
      'service_types',
      'organizations',
      'councils',
      'council_meetings',
      'users',
      'change_log',
    ]) {
      expect(names).toContain(n);
    }
  });
});
