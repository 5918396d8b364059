/**
 * Exports from a real server as an anonymous client: every format holds exactly the public,
 * active resources, and nothing from resource_contacts (person, direct phone, e-mail, notes)
 * or from non-public / non-active records appears anywhere in the bytes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/cli/commands/export';
import { uuidFor } from '../../src/lib/export/to-hsds';
import { readHsdsFile } from '../../src/lib/import/read-hsds-file';
import { readPlaces } from '../../src/lib/import/read-places';
import { startServer, type TestServer } from '../helpers/server';
import { type ApiClient, type ListBody, signInSuperuser } from './api';
import { runCliJson } from './run-cli';

type Rec = Record<string, unknown> & { id: string };
let server: TestServer;
let su: ApiClient;
let dir: string;
let resources: Rec[];
let contacts: Rec[];
const outputs: Record<string, string> = {};

async function all(collection: string): Promise<Rec[]> {
  const res = await su.get<ListBody<Rec>>(
    `/api/collections/${collection}/records?perPage=1000&skipTotal=1`,
  );
  return res.body.items;
}

async function runExport(
  args: string[],
): Promise<{ code: number; summary: Record<string, unknown> }> {
  const { code, json } = await runCliJson(exportCommand, [...args, '--url', server.url, '--json']);
  return { code, summary: json };
}

beforeAll(async () => {
  server = await startServer();
  su = await signInSuperuser(server);
  dir = mkdtempSync(join(tmpdir(), 'sasaeai-export-'));
  resources = await all('resources');
  contacts = await all('resource_contacts');
  // Make one public active resource non-public, so a record that *was* public is checked too.
  const victim = resources.find((r) => r.is_public === true && r.status === 'active')!;
  await su.patch(`/api/collections/resources/records/${victim.id}`, { is_public: false });
  victim.is_public = false;
  for (const [name, args] of [
    ['hsds', ['--format', 'hsds']],
    ['csv', ['--format', 'csv']],
    ['places', ['--format', 'geojson', '--layer', 'places']],
    ['districts', ['--format', 'geojson', '--layer', 'districts']],
  ] as const) {
    const { code } = await runExport([...args, '--out', join(dir, `${name}.out`)]);
    expect(code).toBe(0);
    outputs[name] = readFileSync(join(dir, `${name}.out`), 'utf8');
  }
}, 120_000);

afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('export from a running server (anonymous)', () => {
  it('has the demo city mix of public and private records to test against', () => {
    expect(
      resources.filter((r) => r.is_public === true && r.status === 'active').length,
    ).toBeGreaterThan(10);
    expect(resources.filter((r) => r.is_public !== true).length).toBeGreaterThan(0);
    expect(resources.filter((r) => r.status !== 'active').length).toBeGreaterThan(0);
    expect(contacts.length).toBeGreaterThan(0);
  });

  it('exports exactly the public active resources in every format', () => {
    const visible = resources.filter((r) => r.is_public === true && r.status === 'active');
    const csv = readPlaces({ name: 'csv', bytes: new TextEncoder().encode(outputs.csv) });
    expect(new Set(csv.places.map((p) => p.sourceId))).toEqual(new Set(visible.map((r) => r.id)));
    const hsds = JSON.parse(outputs.hsds!) as { services: Array<{ id: string }> };
    expect(new Set(hsds.services.map((s) => s.id))).toEqual(
      new Set(visible.map((r) => uuidFor(`service|${r.id}`))),
    );
    const places = JSON.parse(outputs.places!) as { features: Array<{ id: string }> };
    expect(new Set(places.features.map((f) => f.id))).toEqual(
      new Set(
        visible
          .filter((r) => r.location && (r.location as { lat: number }).lat !== 0)
          .map((r) => r.id),
      ),
    );
    const districts = JSON.parse(outputs.districts!) as {
      features: Array<{ properties: { population: number } }>;
    };
    expect(districts.features.length).toBeGreaterThan(0);
    expect(districts.features.every((f) => f.properties.population > 0)).toBe(true);
  });

  it('leaks no private contact field and no hidden record into any format', () => {
    const hidden = resources.filter((r) => r.is_public !== true || r.status !== 'active');
    for (const [name, text] of Object.entries(outputs)) {
      for (const c of contacts) {
        for (const key of ['direct_phone', 'email', 'person_in_charge', 'notes']) {
          const value = String(c[key] ?? '');
          if (value.length >= 4)
            expect(text.includes(value), `${name} contains ${key} ${value}`).toBe(false);
        }
      }
      for (const r of hidden) {
        expect(text.includes(r.id), `${name} contains hidden resource ${r.id}`).toBe(false);
        expect(
          text.includes(uuidFor(`service|${r.id}`)),
          `${name} contains hidden service ${r.id}`,
        ).toBe(false);
      }
    }
  });

  it('the HSDS export reads back with the server districts and no issues', async () => {
    const areas = (await all('areas')).map((a) => ({
      id: a.id,
      code: String(a.code),
      name: String(a.name),
    }));
    const back = readHsdsFile(
      { name: 'hsds.json', bytes: new TextEncoder().encode(outputs.hsds) },
      { areas },
    );
    expect(back.issues).toEqual([]);
    expect(back.resources.every((r) => r.districtId !== '')).toBe(true);
  });
});
