/**
 * "Sent on" marks of outreach requests (issue #16 item 2) against a real PocketBase with the
 * demo city: src/lib/data-access/outreach.ts, the rules in
 * pb_migrations/1733260001_outreach_requests.js and the stamps in pb_hooks/outreach.pb.js.
 * Every refused write is followed by a read showing nothing was marked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listChangeHistory } from '../../src/lib/data-access/change-history';
import { Gateway, GatewayError } from '../../src/lib/data-access/gateway';
import { listLatestOutreach, markOutreachSent } from '../../src/lib/data-access/outreach';
import type { Resource } from '../../src/lib/domain/types';
import { startServer, type TestServer } from '../helpers/server';
import { gatewaysAs, jstDate, refused, superuserGateway } from './api';

let server: TestServer;
let su: Gateway;
let coord: Gateway;
let coord2: Gateway;
let careManager: Gateway;
let own: Resource[];
let foreign: Resource;

beforeAll(async () => {
  server = await startServer();
  su = await superuserGateway(server);
  ({ coord, coord2, careManager } = await gatewaysAs(server.url, 'coord', 'coord2', 'careManager'));
  const all = await su.listResources();
  const mine = coord.user!.districtIds;
  const others = new Set([...mine, ...coord2.user!.districtIds]);
  own = all.filter((r) => mine.includes(r.districtId) && r.status === 'active').slice(0, 3);
  foreign = all.find((r) => !others.has(r.districtId) && r.status === 'active')!;
  expect(own).toHaveLength(3);
  expect(foreign).toBeTruthy();
});

afterAll(async () => {
  await server?.stop();
});

describe('marking records as asked', () => {
  it('marks several records of the own district in one batch, stamped with the caller, and logs each mark', async () => {
    const ids = own.slice(0, 2).map((r) => r.id);
    const marked = await markOutreachSent(coord, ids, 'post', jstDate(-2));
    expect(marked.map((m) => [m.resourceId, m.channel, m.sentOn, m.sentById])).toEqual(
      ids.map((id) => [id, 'post', jstDate(-2), coord.user!.id]),
    );
    const latest = await listLatestOutreach(coord);
    expect(latest[ids[0]!]?.sentOn).toBe(jstDate(-2));
    const log = await listChangeHistory(coord, 'outreach_requests', marked[0]!.id);
    expect(log.map((e) => [e.action, e.actorId])).toEqual([['create', coord.user!.id]]);
    expect(log[0]!.changes.channel).toEqual([null, 'post']);
  });

  it('shows the latest request per record', async () => {
    await markOutreachSent(coord, [own[0]!.id], 'phone', jstDate());
    expect((await listLatestOutreach(coord))[own[0]!.id]).toMatchObject({
      channel: 'phone',
      sentOn: jstDate(),
    });
  });

  it('refuses a date in the future, naming the field, and marks nothing', async () => {
    const err = await refused(markOutreachSent(coord, [own[2]!.id], 'fax', jstDate(2)));
    expect(err.status).toBe(400);
    expect(Object.keys(err.fieldErrors)).toEqual(['sent_on']);
    expect((await listLatestOutreach(coord))[own[2]!.id]).toBeUndefined();
  });

  it('a stamp cannot be forged: sent_by is always the caller', async () => {
    const rec = await coord.pb.collection('outreach_requests').create({
      resource: own[2]!.id,
      channel: 'hand',
      sent_on: `${jstDate()} 00:00:00.000Z`,
      sent_by: coord2.user!.id,
    });
    expect(rec.sent_by).toBe(coord.user!.id);
  });

  it("refuses records outside the caller's districts as a whole batch, and other roles entirely", async () => {
    await refused(markOutreachSent(coord, [own[1]!.id, foreign.id], 'post', jstDate()));
    expect((await listLatestOutreach(su))[foreign.id]).toBeUndefined();
    await refused(markOutreachSent(careManager, [own[1]!.id], 'post', jstDate()));
    await refused(markOutreachSent(new Gateway(server.url), [own[1]!.id], 'post', jstDate()));
    // the other district's coordinator neither sees nor deletes these marks
    expect(
      Object.keys(await listLatestOutreach(coord2)).filter((id) => own.some((r) => r.id === id)),
    ).toEqual([]);
    const mark = (await listLatestOutreach(coord))[own[1]!.id]!;
    await refused(
      coord2.pb
        .collection('outreach_requests')
        .delete(mark.id)
        .catch((e: unknown) => Promise.reject(new GatewayError(String(e), 404))),
    );
    expect((await listLatestOutreach(coord))[own[1]!.id]?.id).toBe(mark.id);
    // the batch with the foreign record left no mark on the own one either
    expect((await listLatestOutreach(coord))[own[1]!.id]?.sentOn).toBe(jstDate(-2));
  });
});
