/**
 * For CLI tests: captures what a command prints (console.log → `out`, console.error → `err`,
 * one string per call, arguments joined by spaces). The spies are undone by
 * `vi.restoreAllMocks()` (the test files call it after each test).
 */
import { vi } from 'vitest';

export function captureConsole(): { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  return { out, err };
}
