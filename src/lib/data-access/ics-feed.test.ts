import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HOOKS_LIB_OUT, HOOKS_LIBS, hooksLibBundle } from '../../../scripts/build-hooks-lib';

describe('pb_hooks/lib/icalendar.js', () => {
  it('is the current bundle of ics-feed.ts (run `npm run build:hooks` after changing the iCalendar code)', () => {
    expect(
      readFileSync(HOOKS_LIB_OUT, 'utf8') === hooksLibBundle(),
      'pb_hooks/lib/icalendar.js is stale: run npm run build:hooks',
    ).toBe(true);
  });
});

describe('pb_hooks/lib/confirmation-trend.js', () => {
  it('is the current bundle of confirmation-trend.ts (the public district trend runs it)', () => {
    const out = new URL(`../../../${HOOKS_LIBS.confirmationTrend.out}`, import.meta.url);
    expect(
      readFileSync(out, 'utf8') === hooksLibBundle('confirmationTrend'),
      'pb_hooks/lib/confirmation-trend.js is stale: run npm run build:hooks',
    ).toBe(true);
  });
});
