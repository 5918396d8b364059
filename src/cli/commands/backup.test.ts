import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureConsole } from '../__fixtures__/capture-console';
import { backupName } from '../../lib/data-access/backups';
import { main } from '../main';

let dir = '';
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'sasaeai-backup-unit-'))));
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe('sasaeai backup / restore (checks before any server or file is touched)', () => {
  it('document their flags', async () => {
    const { out } = captureConsole();
    expect(await main(['backup', '--help'])).toBe(0);
    expect(await main(['restore', '--help'])).toBe(0);
    const help = out.join('\n');
    for (const f of [
      '--url',
      '--out',
      'SASAEAI_EMAIL',
      'DATA_DIR/backups',
      '--data-dir',
      '--from',
      '--keep-previous',
      'stopped server',
    ])
      expect(help).toContain(f);
  });

  it('name what is wrong and exit 2', async () => {
    const existing = join(dir, 'old.zip');
    writeFileSync(existing, 'x');
    const cases: Array<[string[], RegExp]> = [
      [['backup'], /--out FILE\.zip is required/],
      [['backup', '--out', join(dir, 'b.tar')], /give a file name ending in \.zip/],
      [
        ['backup', '--out', existing],
        /already exists: choose another name \(nothing was overwritten\)/,
      ],
      [
        ['backup', '--out', join(dir, 'n.zip'), '--name', 'Bad Name.zip'],
        /--name "Bad Name\.zip": use lower-case letters/,
      ],
      [['restore', '--data-dir', dir], /--data-dir DIR and --from FILE\.zip are required/],
      [
        ['restore', '--data-dir', join(dir, 'x'), '--from', join(dir, 'missing.zip')],
        /--from .*missing\.zip: no such file/,
      ],
    ];
    for (const [args, message] of cases) {
      const { err } = captureConsole();
      expect(await main(args), args.join(' ')).toBe(2);
      expect(err.join('\n')).toMatch(message);
      vi.restoreAllMocks();
    }
  });

  it('names a backup by the UTC time, as PocketBase accepts it', () => {
    expect(backupName('sasaeai', new Date('2026-04-01T03:04:05.678Z'))).toBe(
      'sasaeai_20260401_030405.zip',
    );
  });
});
