/**
 * The public read snapshots (pb/public_snapshots.go) against what an anonymous API client
 * sees: the same records with the same field values (less the fields a snapshot leaves out),
 * nothing from resource_contacts or from private / inactive resources anywhere in the bytes,
 * the population columns decoding to exactly the records API's cells, and every change through
 * the API showing in the next read, with a new ETag.
 */
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePopulationColumns, PublicReads } from '../../src/lib/data-access/public-reads';
import { toPopulationCell, type PbRecord } from '../../src/lib/data-access/records';
import { startServer, type TestServer } from '../helpers/server';
import { anonymous, type ApiClient, PUBLIC_SNAPSHOTS, signInSuperuser } from './api';
import { expectNoPrivateData, listAll } from './expect-no-private-data';

type Rec = Record<string, unknown> & { id: string };
let server: TestServer;
let su: ApiClient;
let guest: ApiClient;

async function snapshot(name: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}/api/public/${name}`, { headers });
}

async function items(name: string): Promise<Rec[]> {
  const res = await snapshot(name);
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: Rec[] }).items;
}

const byId = (xs: Rec[]): Map<string, Rec> => new Map(xs.map((x) => [x.id, x]));

beforeAll(async () => {
  server = await startServer();
  su = await signInSuperuser(server);
  guest = anonymous(server.url);
});

afterAll(async () => {
  await server?.stop();
});

describe('public snapshots hold what a guest may read, nothing more', () => {
  const cases: { name: string; collection: string; filter?: string; omit: string[] }[] = [
    { name: 'site', collection: 'site', omit: [] },
    { name: 'areas', collection: 'areas', omit: ['geometry'] },
    {
      name: 'boundaries',
      collection: 'areas',
      filter: 'kind = "city" || kind = "district"',
      omit: [],
    },
    { name: 'resources', collection: 'resources', omit: ['verified_by'] },
    { name: 'service_types', collection: 'service_types', omit: [] },
    { name: 'organizations', collection: 'organizations', omit: [] },
    { name: 'councils', collection: 'councils', omit: [] },
  ];
  for (const c of cases) {
    it(`${c.name}: the same records and values as the guest API (less ${c.omit.join(', ') || 'nothing'})`, async () => {
      const api = await listAll(guest, c.collection, c.filter);
      const snap = await items(c.name);
      expect(api.length).toBeGreaterThan(0);
      expect(new Set(snap.map((r) => r.id))).toEqual(new Set(api.map((r) => r.id)));
      const apiById = byId(api);
      for (const r of snap) {
        const want: Rec = { ...apiById.get(r.id)! };
        for (const f of c.omit) delete want[f];
        expect(r).toEqual(want);
      }
    });
  }

  it('no contact, private or inactive resource appears anywhere in any snapshot', async () => {
    const names = PUBLIC_SNAPSHOTS;
    const text = (await Promise.all(names.map(async (n) => (await snapshot(n)).text()))).join('\n');
    const hidden = await expectNoPrivateData(text, su);
    expect((await snapshot('resource_contacts')).status).toBe(404);
    expect((await snapshot('users')).status).toBe(404);
    for (const r of hidden.slice(0, 5))
      expect((await snapshot(`resources/${r.id}`)).status).toBe(404);
  });

  it('a place by id equals its record in the list snapshot', async () => {
    const [first] = await items('resources');
    const res = await snapshot(`resources/${first!.id}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(first);
  });

  it('population columns decode to exactly the records API cells', async () => {
    const api = (await listAll(guest, 'population_cells')).map((r) =>
      toPopulationCell(r as PbRecord),
    );
    expect(api.length).toBeGreaterThan(0);
    const cells = decodePopulationColumns(await (await snapshot('population')).json());
    const key = (c: { meshCode: string; meshM: number }): string => `${c.meshM}/${c.meshCode}`;
    const sort = <T extends { meshCode: string; meshM: number }>(xs: T[]): T[] =>
      [...xs].sort((a, b) => key(a).localeCompare(key(b)));
    expect(sort(cells)).toEqual(sort(api));
  });

  it('the browser client returns the same domain records as the guest API', async () => {
    const reads = new PublicReads(server.url);
    const places = await reads.resources();
    expect(places.map((p) => p.id).sort()).toEqual(
      (await listAll(guest, 'resources')).map((r) => r.id).sort(),
    );
    expect(places.every((p) => p.verifiedById === '')).toBe(true);
    const towns = await reads.areas({ kind: 'town' });
    expect(towns.length).toBeGreaterThan(0);
    expect(towns.every((t) => t.kind === 'town' && t.geometry === null)).toBe(true);
    const districts = await reads.areas({ kind: 'district', withGeometry: true });
    expect(districts.every((d) => d.geometry !== null)).toBe(true);
    await expect(reads.resource('nosuchid000000')).rejects.toMatchObject({ status: 404 });
  });
});

describe('transport', () => {
  it('is gzip when accepted, with an ETag answered by 304', async () => {
    const res = await snapshot('resources', { 'Accept-Encoding': 'gzip' });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('vary')).toMatch(/Accept-Encoding/i);
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await snapshot('resources', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
  });

  it('is brotli when accepted, the same document as uncompressed', async () => {
    const br = await snapshot('resources', { 'Accept-Encoding': 'gzip, br' });
    const plain = await snapshot('resources', { 'Accept-Encoding': 'identity' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await br.text()).toBe(await plain.text());
  });

  it('the records API gzips JSON for clients that accept it', async () => {
    const res = await fetch(`${server.url}/api/collections/areas/records?perPage=5`, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    // fetch decodes transparently; the raw bytes are checked through node's http below.
    const raw = await new Promise<Buffer>((resolve, reject) => {
      void import('node:http').then(({ get }) =>
        get(
          `${server.url}/api/collections/areas/records?perPage=5`,
          { headers: { 'Accept-Encoding': 'gzip' } },
          (r) => {
            const chunks: Buffer[] = [];
            r.on('data', (c: Buffer) => chunks.push(c));
            r.on('end', () => resolve(Buffer.concat(chunks)));
          },
        ).on('error', reject),
      );
    });
    expect(JSON.parse(gunzipSync(raw).toString('utf8')).items).toHaveLength(5);
  });
});

describe('every change shows in the next read', () => {
  it('an edit, a resource made private, and a deletion', async () => {
    const [place, other] = await items('resources');
    const before = (await snapshot('resources')).headers.get('etag');

    expect(
      (
        await su.patch(`/api/collections/resources/records/${place!.id}`, {
          name: 'スナップショット確認の場',
        })
      ).status,
    ).toBe(200);
    const edited = byId(await items('resources')).get(place!.id)!;
    expect(edited.name).toBe('スナップショット確認の場');
    expect((await snapshot('resources')).headers.get('etag')).not.toBe(before);
    expect(((await (await snapshot(`resources/${place!.id}`)).json()) as Rec).name).toBe(
      'スナップショット確認の場',
    );

    expect(
      (await su.patch(`/api/collections/resources/records/${other!.id}`, { is_public: false }))
        .status,
    ).toBe(200);
    expect(byId(await items('resources')).has(other!.id)).toBe(false);
    expect((await snapshot(`resources/${other!.id}`)).status).toBe(404);

    const [council] = await items('councils');
    expect((await su.del(`/api/collections/councils/records/${council!.id}`)).status).toBe(204);
    expect(byId(await items('councils')).has(council!.id)).toBe(false);
  });

  it('a change to a collection rule applies to the snapshot too', async () => {
    const col = (await su.get<{ listRule: string }>('/api/collections/organizations')).body;
    expect((await items('organizations')).length).toBeGreaterThan(0);
    expect(
      (await su.patch('/api/collections/organizations', { listRule: 'id = "nothing-matches"' }))
        .status,
    ).toBe(200);
    expect(await items('organizations')).toEqual([]);
    expect(
      (await su.patch('/api/collections/organizations', { listRule: col.listRule })).status,
    ).toBe(200);
    expect((await items('organizations')).length).toBeGreaterThan(0);
  });
});
