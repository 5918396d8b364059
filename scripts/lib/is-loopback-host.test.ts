import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from './is-loopback-host';

describe('isLoopbackHost', () => {
  it('accepts loopback addresses and localhost', () => {
    for (const h of ['127.0.0.1', '127.1.2.3', 'localhost', 'LOCALHOST', '::1', '[::1]'])
      expect(isLoopbackHost(h), h).toBe(true);
  });
  it('refuses every address reachable from elsewhere', () => {
    for (const h of [
      '0.0.0.0',
      '',
      '::',
      '192.168.1.10',
      '10.0.0.1',
      'sasaeai.example.jp',
      '127.0.0.1.example.jp',
    ])
      expect(isLoopbackHost(h), h).toBe(false);
  });
});
