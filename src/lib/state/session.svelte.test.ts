// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { GatewayError } from '$lib/data-access/gateway';
import { Session } from './session.svelte';

vi.mock('$lib/data-access/browser-gateway', async () =>
  (await import('./__fixtures__/fake-gateway')).fakeGatewayModule(),
);

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
