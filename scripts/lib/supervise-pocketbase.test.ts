import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKOFF_MS, nextBackoffMs } from './supervise-pocketbase';

describe('nextBackoffMs', () => {
  it('waits 1 s first, doubles while PocketBase keeps dying, and stops at 30 s', () => {
    let wait = 0;
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) waits.push((wait = nextBackoffMs(wait, 2000)));
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });

  it('starts again at 1 s after PocketBase stayed up for a minute', () => {
    expect(nextBackoffMs(30_000, DEFAULT_BACKOFF_MS.healthy)).toBe(1000);
    expect(nextBackoffMs(30_000, DEFAULT_BACKOFF_MS.healthy - 1)).toBe(30_000);
  });
});
