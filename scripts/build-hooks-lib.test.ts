import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HOOKS_LIBS, hooksLibBundle } from './build-hooks-lib';

// Every file the hooks require that is bundled from TypeScript (icalendar.js from ics-feed.ts,
// confirmation-trend.js, check-suggestion.js, personal-data.js) must be the current bundle:
// a change to the TypeScript without `npm run build:hooks` fails here.
describe('pb_hooks/lib bundles', () => {
  for (const [lib, { entry, out }] of Object.entries(HOOKS_LIBS)) {
    it(`${out} is the current bundle of ${entry}`, () => {
      expect(
        readFileSync(new URL(`../${out}`, import.meta.url), 'utf8') ===
          hooksLibBundle(lib as keyof typeof HOOKS_LIBS),
        `${out} is stale: run npm run build:hooks`,
      ).toBe(true);
    });
  }
});
