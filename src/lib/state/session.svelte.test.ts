// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { GatewayError } from '$lib/data-access/gateway';
import { Session } from './session.svelte';

vi.mock('$lib/data-access/browser-gateway', async () =>
  (await import('./__fixtures__/fake-gateway')).fakeGatewayModule(),
);
vi.mock('$lib/data-access/browser-reads', () => import('$lib/data-access/browser-gateway'));

describe('Session.loginFailure', () => {
  it('words each refusal of the sign-in the way the sign-in page shows it', () => {
    const s = new Session();
    const failure = (status: number) => s.loginFailure(new GatewayError('x', status));
    expect([400, 401, 404].map(failure)).toEqual([
      'wrongCredentials',
      'wrongCredentials',
      'wrongCredentials',
    ]);
    expect(failure(403)).toBe('accountDisabled');
    expect(failure(429)).toBe('tooManyAttempts');
    expect(failure(0)).toBe('networkError');
    expect(failure(500)).toBe('unknownError');
    expect(s.loginFailure(new Error('boom'))).toBe('unknownError');
  });
});

describe('Session without the SDK (issue #13)', () => {
  const stored = {
    token: `x.${btoa(JSON.stringify({ exp: Date.now() / 1000 + 3600 })).replace(/=+$/, '')}.sig`,
    record: { id: 'u1', collectionName: 'users', email: 'c@example.com', role: 'coordinator' },
  };

  it('loads no gateway for a visitor, and knows a stored sign-in at once while it loads one', async () => {
    const { loadGateway } = await import('$lib/data-access/browser-reads');
    const load = vi.mocked(loadGateway);
    load.mockClear();
    expect(new Session().user).toBeNull();
    expect(load).not.toHaveBeenCalled();

    localStorage.setItem('pocketbase_auth', JSON.stringify(stored));
    try {
      const s = new Session();
      expect(s.user?.id).toBe('u1'); // before the gateway (and the SDK) has loaded
      expect(load).toHaveBeenCalledTimes(1);
      // Once loaded, the gateway is the authority (the fake one holds no sign-in).
      await s.connect();
      expect(s.user).toBeNull();
    } finally {
      localStorage.clear();
    }
  });
});
