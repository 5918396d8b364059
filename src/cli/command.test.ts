import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseFlagsOrHelp, UsageError } from './command';

describe('parseFlagsOrHelp', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints the help for --help and -h and gives null', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    for (const flag of ['--help', '-h'])
      expect(parseFlagsOrHelp([flag], { out: { type: 'string' } }, 'HELP TEXT')).toBeNull();
    expect(log.mock.calls).toEqual([['HELP TEXT'], ['HELP TEXT']]);
  });

  it('gives the flags otherwise, and refuses an unknown flag by name', () => {
    expect(parseFlagsOrHelp(['--out', 'x.zip'], { out: { type: 'string' } }, 'H')?.out).toBe(
      'x.zip',
    );
    expect(() => parseFlagsOrHelp(['--bogus'], { out: { type: 'string' } }, 'H')).toThrow(
      UsageError,
    );
    expect(() => parseFlagsOrHelp(['--bogus'], { out: { type: 'string' } }, 'H')).toThrow(
      /--bogus/,
    );
  });
});
