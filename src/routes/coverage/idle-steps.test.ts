import { describe, expect, it } from 'vitest';
import { IdleSteps } from './idle-steps';

/** A fake event loop and clock: each step costs 1 ms; slices run when the test says. */
function setup(sliceMs = 3) {
  let clock = 0;
  const slices: (() => void)[] = [];
  const errors: unknown[] = [];
  const idle = new IdleSteps({
    sliceMs,
    now: () => clock,
    schedule: (run) => void slices.push(run),
    onError: (err) => void errors.push(err),
  });
  const log: string[] = [];
  function* work(name: string, steps: number): Generator<void, void, void> {
    for (let k = 1; k <= steps; k++) {
      clock += 1;
      log.push(`${name}${k}`);
      yield;
    }
  }
  const runSlice = (): void => slices.shift()!();
  return { idle, slices, log, work, runSlice, errors };
}

describe('IdleSteps', () => {
  it('steps the work in order, a slice at a time, giving the event loop back between slices', () => {
    const { idle, slices, log, work, runSlice } = setup();
    idle.start([work('a', 4), work('b', 2)]);
    // Nothing runs until the event loop runs the slice.
    expect(log).toEqual([]);
    expect(slices).toHaveLength(1);
    runSlice();
    expect(log).toEqual(['a1', 'a2', 'a3']);
    expect(slices).toHaveLength(1);
    runSlice();
    expect(log).toEqual(['a1', 'a2', 'a3', 'a4', 'b1', 'b2']);
    // Done: b's final step ends it within this slice or the next, then nothing is scheduled.
    while (slices.length) runSlice();
    expect(idle.pending).toBe(false);
  });

  it('a new start replaces the work left; cancel drops it', () => {
    const { idle, slices, log, work, runSlice } = setup();
    idle.start([work('a', 10)]);
    runSlice();
    idle.start([work('b', 2)]);
    // One slice is scheduled, not two.
    expect(slices).toHaveLength(1);
    runSlice();
    expect(log).toEqual(['a1', 'a2', 'a3', 'b1', 'b2']);
    idle.start([work('c', 10)]);
    idle.cancel();
    expect(idle.pending).toBe(false);
    while (slices.length) runSlice();
    expect(log).toEqual(['a1', 'a2', 'a3', 'b1', 'b2']);
  });

  it('a step that throws drops the rest and is reported', () => {
    const { idle, log, work, runSlice, errors } = setup();
    const broken: Iterator<void, void, void> = {
      next: () => {
        throw new Error('no network');
      },
    };
    idle.start([broken, work('a', 1)]);
    runSlice();
    expect(log).toEqual([]);
    expect(idle.pending).toBe(false);
    expect(String(errors[0])).toContain('no network');
  });
});
