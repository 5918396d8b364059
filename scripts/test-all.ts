/**
 * `npm test`: every check, in order of speed, stopping at the first failure:
 * type check (svelte-check), lint, unit tests, integration tests against a real PocketBase,
 * browser tests in Debian's Chromium. The test suites build PocketBase and the web app
 * themselves when their sources changed.
 */
import { spawnSync } from 'node:child_process';
import { repoRoot } from './lib/repo-root';

const steps: Array<[string, string[]]> = [
  ['type check', ['npm', 'run', '--silent', 'check']],
  ['lint', ['npm', 'run', '--silent', 'lint']],
  ['format', ['npm', 'run', '--silent', 'format:check']],
  ['unit tests', ['npx', 'vitest', 'run', '--project', 'unit']],
  ['integration tests', ['npx', 'vitest', 'run', '--project', 'integration']],
  ['browser tests', ['npx', 'vitest', 'run', '--project', 'browser']],
];

const only = process.argv.slice(2);
let passed = 0;
for (const [name, [cmd, ...args]] of steps) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  console.log(`\n=== ${name}: ${[cmd, ...args].join(' ')}`);
  const started = performance.now();
  const res = spawnSync(cmd!, args, { cwd: repoRoot, stdio: 'inherit' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (res.status !== 0) {
    console.error(`\n✗ ${name} failed (${seconds} s)`);
    console.log(`checks: ${passed} passed, 1 failed`);
    process.exit(res.status ?? 1);
  }
  console.log(`✓ ${name} (${seconds} s)`);
  passed++;
}
// One closing line in the plain 'N passed, N failed' form, counting the steps above.
console.log(`checks: ${passed} passed, 0 failed`);
