/**
 * Residents' suggestions through the data-access module (`sendSuggestion`) against a real
 * PocketBase: stored for the district's coordinator, never public, never editing the place;
 * bad input named by field (client check and server check); the rate limit answers 429.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Gateway, GatewayError } from '../../src/lib/data-access/gateway';
import { sendSuggestion } from '../../src/lib/data-access/suggestions';
import type { SuggestionInput } from '../../src/lib/domain/suggestion-record';
import { validateSuggestion } from '../../src/lib/domain/validate-suggestion';
import { startServer, type TestServer } from '../helpers/server';
import { anonymous, type ApiClient, type ListBody, signInSuperuser } from './api';

type Rec = Record<string, unknown> & { id: string };

let server: TestServer;
let su: ApiClient;
let anonGateway: Gateway;
let publicPlace: Rec;
let hiddenPlace: Rec;

beforeAll(async () => {
  server = await startServer();
  su = await signInSuperuser(server);
  anonGateway = new Gateway(server.url);
  const all = (await su.get<ListBody<Rec>>('/api/collections/resources/records?perPage=1000')).body
    .items;
  publicPlace = all.find((r) => r.is_public === true && r.status === 'active')!;
  hiddenPlace = all.find((r) => r.is_public === false || r.status !== 'active')!;
  expect(publicPlace && hiddenPlace).toBeTruthy();
});

afterAll(async () => {
  await server?.stop();
});

const input = (over: Partial<SuggestionInput> = {}): SuggestionInput => ({
  resourceId: publicPlace.id,
  topic: 'schedule',
  message: '第3水曜日にも開くようになりました。',
  reporterName: '',
  reporterContact: '',
  ...over,
});

describe('validateSuggestion (before sending)', () => {
  it('names each bad field', () => {
    expect(validateSuggestion(input())).toEqual({});
    expect(validateSuggestion(input({ topic: '', message: '  ' }))).toEqual({
      topic: 'required',
      message: 'required',
    });
    expect(validateSuggestion(input({ message: '休み' }))).toEqual({ message: 'too_short' });
    expect(
      validateSuggestion(
        input({
          message: 'あ'.repeat(1001),
          reporterName: 'x'.repeat(101),
          reporterContact: 'y'.repeat(201),
        }),
      ),
    ).toEqual({
      message: 'too_long',
      reporterName: 'too_long',
      reporterContact: 'too_long',
    });
  });
});

describe('sendSuggestion', () => {
  it('stores a suggestion for the district, invisible to the public, without touching the place', async () => {
    const before = (await su.get<Rec>(`/api/collections/resources/records/${publicPlace.id}`)).body;
    const id = await sendSuggestion(
      anonGateway,
      input({ reporterName: '山田', reporterContact: '090-0000-0000' }),
    );
    const stored = (await su.get<Rec>(`/api/collections/suggestions/records/${id}`)).body;
    expect(stored).toMatchObject({
      resource: publicPlace.id,
      district: publicPlace.district,
      status: 'open',
      topic: 'schedule',
      reporter_name: '山田',
    });
    const anon = anonymous(server.url);
    expect(
      (await anon.get<ListBody<Rec>>('/api/collections/suggestions/records')).body.totalItems,
    ).toBe(0);
    expect((await anon.get(`/api/collections/suggestions/records/${id}`)).status).toBe(404);
    const after = (await su.get<Rec>(`/api/collections/resources/records/${publicPlace.id}`)).body;
    expect(after).toEqual(before);
  });

  it('the server rejects what the form would have caught, naming the field', async () => {
    const err = await sendSuggestion(anonGateway, input({ message: '休み' })).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(GatewayError);
    expect((err as GatewayError).status).toBe(400);
    expect(Object.keys((err as GatewayError).fieldErrors)).toContain('message');
  });

  it('refuses a place the public cannot see', async () => {
    const err = await sendSuggestion(anonGateway, input({ resourceId: hiddenPlace.id })).catch(
      (e: unknown) => e,
    );
    expect((err as GatewayError).status).toBe(400);
    expect(Object.keys((err as GatewayError).fieldErrors)).toContain('resource');
  });

  it('is rate-limited (5 per minute): a burst gets 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      statuses.push(
        await sendSuggestion(anonGateway, input({ message: `連続送信テスト ${i} 回目です` })).then(
          () => 200,
          (e: unknown) => (e as GatewayError).status,
        ),
      );
    }
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(5);
  });
});
