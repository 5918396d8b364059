/**
 * HSDS through a real server: export the public directory anonymously, import the package
 * with `sasaeai import --hsds --apply` as an admin (every located service becomes a place,
 * monthly schedules kept, located-less groups reported); re-importing changes nothing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exportCommand } from '../../src/cli/commands/export';
import { importCommand } from '../../src/cli/commands/import';
import { startServer, type TestServer } from '../helpers/server';
import { signIn, type ApiClient, type ListBody } from './api';

type Rec = Record<string, unknown> & { id: string };
let server: TestServer;
let su: ApiClient;
let dir: string;

async function quiet<T>(fn: () => Promise<T>): Promise<{ value: T; out: string }> {
  const lines: string[] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((s: unknown) => void lines.push(String(s)));
  try {
    return { value: await fn(), out: lines.join('\n') };
  } finally {
    spy.mockRestore();
  }
}

const importHsds = (path: string) =>
  quiet(() => importCommand.run(['--hsds', path, '--url', server.url, '--email', 'admin@example.com', '--password', 'sasaeai-demo', '--apply', '--json']));

beforeAll(async () => {
  server = await startServer();
  su = await signIn(server.url, server.superuser.email, server.superuser.password, '_superusers');
  dir = mkdtempSync(join(tmpdir(), 'sasaeai-hsds-'));
}, 60_000);

afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('HSDS export → import → export on a real server', () => {
  it('imports every located public service once, keeping schedules, and a re-import changes nothing', async () => {
    const first = join(dir, 'first.json');
    expect((await quiet(() => exportCommand.run(['--format', 'hsds', '--url', server.url, '--out', first]))).value).toBe(0);
    const pkg = JSON.parse(readFileSync(first, 'utf8')) as { services: Rec[]; service_at_locations: Rec[]; schedules: Rec[] };
    const located = new Set(pkg.service_at_locations.map((x) => x.service_id));

    const run = await importHsds(first);
    expect(run.value, run.out).toBe(0);
    const report = JSON.parse(run.out) as { counts: Record<string, { create: number }>; issues: Array<{ severity: string; message: string }> };
    expect(report.counts.resources?.create).toBe(located.size);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    // Area-wide groups without a place are reported, not silently dropped.
    expect(report.issues.filter((i) => i.message.includes('has no location'))).toHaveLength(pkg.services.length - located.size);

    const imported = (await su.get<ListBody<Rec>>(`/api/collections/resources/records?perPage=500&filter=${encodeURIComponent('source = "first"')}`)).body.items;
    expect(imported).toHaveLength(located.size);
    const monthly = imported.filter((r) => (r.schedule as { rules: Array<{ type: string }> }).rules.some((x) => x.type === 'monthly_nth'));
    expect(monthly.length).toBeGreaterThan(0);
    const sourceMonthly = pkg.schedules.filter((s) => s.freq === 'MONTHLY' && String(s.byday ?? '') !== '' && located.has(s.service_id));
    expect(monthly.length).toBe(new Set(sourceMonthly.map((s) => s.service_id)).size);

    const again = await importHsds(first);
    const report2 = JSON.parse(again.out) as { counts: Record<string, { create: number; update: number; unchanged: number }> };
    expect(report2.counts.resources).toEqual({ create: 0, update: 0, unchanged: located.size });
  });
});
