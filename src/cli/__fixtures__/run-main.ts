/**
 * For CLI tests: runs `sasaeai ARGS` in-process and returns its exit code and what it printed
 * (console.log → `out`, console.error → `err`, one line per call). The console is restored
 * afterwards, also when the command throws.
 */
import { vi } from 'vitest';
import { main } from '../main';
import { captureConsole } from './capture-console';

export async function runMain(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { out, err } = captureConsole();
  try {
    const code = await main(args);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    vi.restoreAllMocks();
  }
}
