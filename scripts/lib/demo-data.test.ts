import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDemoCity } from '../../src/lib/demo-city/generate-demo-city';
import { DEMO_MARKER_FILE, DEMO_SUPERUSER } from './demo-data';
import { repoRoot } from './repo-root';

describe('the server knows the demo (pb_hooks/lib/demo-mode.js)', () => {
  const hook = readFileSync(join(repoRoot, 'pb_hooks', 'lib', 'demo-mode.js'), 'utf8');

  it('by the same marker file name', () => {
    expect(hook).toContain(`const DEMO_MARKER_FILE = '${DEMO_MARKER_FILE}';`);
  });

  it("by every demo account's e-mail address", () => {
    const list = /const DEMO_EMAILS = \[([^\]]*)\]/.exec(hook)?.[1] ?? '';
    const inHook = [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]).sort();
    const demo = [...generateDemoCity().users.map((u) => u.email), DEMO_SUPERUSER.email].sort();
    expect(inHook).toEqual(demo);
  });
});
