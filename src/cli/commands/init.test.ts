import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureConsole } from '../__fixtures__/capture-console';
import { main } from '../main';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sasaeai-init-unit-'));
  vi.stubEnv('SASAEAI_ADMIN_PASSWORD', 'a-long-enough-password');
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const args = (over: Record<string, string>) => {
  const all = {
    '--data-dir': join(dir, 'city'),
    '--city-name': '高崎市',
    '--city-code': '10202',
    '--admin-email': 'admin@city.example.jp',
    ...over,
  };
  return ['init', ...Object.entries(all).flat()];
};

describe('sasaeai init (input checks, before anything is written)', () => {
  it('documents its flags and the password variable', async () => {
    const { out } = captureConsole();
    expect(await main(['init', '--help'])).toBe(0);
    const help = out.join('\n');
    for (const f of [
      '--data-dir',
      '--city-name',
      '--city-code',
      '--admin-email',
      '--behind-proxy',
      '--backup-keep',
      '--json',
      'SASAEAI_ADMIN_PASSWORD',
    ])
      expect(help).toContain(f);
  });

  it('names each bad input, exits 2 and creates no directory', async () => {
    const cases: Array<[Record<string, string>, string | null, RegExp]> = [
      [
        { '--city-code': '102020' },
        null,
        /check digit \(the 6th digit\) is 0, but for 10202 it must be 4/,
      ],
      [{ '--city-code': '10000' }, null, /is a prefecture's code/],
      [{ '--city-name': '' }, null, /--city-name is required/],
      [{ '--admin-email': 'admin' }, null, /--admin-email "admin" is not an e-mail address/],
      [{ '--backup-keep': '0' }, null, /--backup-keep must be a whole number from 1 to 1000/],
      [{ '--backup-cron': 'daily' }, null, /--backup-cron "daily" is not a cron expression/],
      [{ '--app-url': 'ftp://x' }, null, /--app-url "ftp:\/\/x" is not an http\(s\) address/],
      [{}, '123456789', /has 9 characters; it needs at least 10/],
    ];
    for (const [over, password, message] of cases) {
      if (password !== null) vi.stubEnv('SASAEAI_ADMIN_PASSWORD', password);
      const { err } = captureConsole();
      expect(await main(args(over)), JSON.stringify(over)).toBe(2);
      expect(err.join('\n')).toMatch(message);
      expect(existsSync(join(dir, 'city'))).toBe(false);
      vi.restoreAllMocks();
    }
  });
});
