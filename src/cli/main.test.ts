import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureConsole } from './__fixtures__/capture-console';
import { main } from './main';

afterEach(() => vi.restoreAllMocks());

const capture = captureConsole;

describe('sasaeai CLI', () => {
  it('rejects an unknown command with exit code 2 and the usage', async () => {
    const { err } = capture();
    expect(await main(['nope'])).toBe(2);
    expect(err.join('\n')).toMatch(/unknown command "nope"[\s\S]*demo-city/);
  });

  it('names the bad flag', async () => {
    const { err } = capture();
    expect(await main(['demo-city', '--seed', 'x'])).toBe(2);
    expect(err.join('\n')).toContain('--seed');
    expect(await main(['demo-city', '--bogus'])).toBe(2);
    expect(err.join('\n')).toContain('--bogus');
  });

  it('demo-city writes the dataset and a JSON summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sasaeai-cli-'));
    try {
      const { out } = capture();
      const file = join(dir, 'city.json');
      expect(await main(['demo-city', '--out', file, '--json'])).toBe(0);
      const summary = JSON.parse(out.at(-1) ?? '{}') as { resources: number; districts: number };
      const dataset = JSON.parse(readFileSync(file, 'utf8')) as { resources: unknown[] };
      expect(summary.resources).toBe(dataset.resources.length);
      expect(summary.districts).toBeGreaterThanOrEqual(15);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
