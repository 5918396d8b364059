/**
 * The privacy check of the public snapshots, shared by their tests: public text holds no
 * private or inactive resource's id, no `resource_contacts` record's id or personal field,
 * and no staff account id (`verified_by`).
 */
import { expect } from 'vitest';
import type { ApiClient, ListBody } from './api';

type Rec = Record<string, unknown> & { id: string };

/** Every record a client may list (paged: the records API caps perPage at 1000). */
export async function listAll(client: ApiClient, collection: string, filter = ''): Promise<Rec[]> {
  const out: Rec[] = [];
  for (let page = 1; ; page++) {
    const q = `perPage=1000&page=${page}&skipTotal=1${filter ? `&filter=${encodeURIComponent(filter)}` : ''}`;
    const res = await client.get<ListBody<Rec>>(`/api/collections/${collection}/records?${q}`);
    expect(res.status).toBe(200);
    out.push(...res.body.items);
    if (res.body.items.length < 1000) return out;
  }
}

/**
 * Asserts that `text` (snapshot bodies) shows nothing a guest may not read.
 * @param su a superuser client, to list the hidden records
 * @returns the hidden (private or inactive) resources, for further checks
 */
export async function expectNoPrivateData(text: string, su: ApiClient): Promise<Rec[]> {
  const everything = await listAll(su, 'resources');
  const hidden = everything.filter((r) => !(r.is_public === true && r.status === 'active'));
  const contacts = await listAll(su, 'resource_contacts');
  expect(hidden.length).toBeGreaterThan(0);
  expect(contacts.length).toBeGreaterThan(0);
  for (const r of hidden) expect(text, `hidden resource ${r.id}`).not.toContain(`"${r.id}"`);
  for (const c of contacts) {
    expect(text).not.toContain(`"${c.id}"`);
    for (const f of ['person_in_charge', 'direct_phone', 'email', 'notes']) {
      const v = c[f];
      if (typeof v === 'string' && v.length >= 4)
        expect(text, `contact ${c.id} ${f}`).not.toContain(v);
    }
  }
  // A staff account's id is not for residents.
  expect(text).not.toContain('"verified_by"');
  return hidden;
}
