/**
 * Where the real geodata of `../shared/data` is (read in place, never copied into the repo;
 * see its README). Looked for, in order:
 *
 * 1. `SASAEAI_SHARED_DATA` (a directory holding `takasaki/` …);
 * 2. `shared/data` beside the checkout (`<repo>/../shared/data`), the usual layout;
 * 3. beside the repository this checkout was cloned from, when that is a local path: a fresh
 *    clone in /tmp (as CI makes one) still finds the data next to the original checkout.
 *
 * Used by tests and benchmarks in plain Node (no vitest import).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

function originDir(): string | null {
  try {
    const url = execFileSync('git', ['-C', REPO, 'config', '--get', 'remote.origin.url'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (url.startsWith('file://')) return fileURLToPath(url);
    return isAbsolute(url) ? url : null;
  } catch {
    return null;
  }
}

let found: string | null | undefined;

/** The shared data directory, or null when none of the places above has it. */
export function findSharedData(): string | null {
  if (found !== undefined) return found;
  const origin = originDir();
  const candidates = [
    process.env.SASAEAI_SHARED_DATA,
    join(REPO, '../shared/data'),
    origin ? join(origin, '../shared/data') : null,
  ];
  found =
    candidates
      .filter((d): d is string => !!d)
      .map((d) => resolve(d))
      .find((d) => existsSync(join(d, 'takasaki'))) ?? null;
  return found;
}

/**
 * A path inside the shared data, e.g. `sharedData('takasaki', 'chome_2015.geojson')`.
 * @throws Error naming the places looked in, when the data is nowhere to be found
 */
export function sharedData(...parts: string[]): string {
  const dir = findSharedData();
  if (!dir) {
    throw new Error(
      `the shared geodata (../shared/data) was not found beside ${REPO}, beside the repository it was cloned from, or in SASAEAI_SHARED_DATA`,
    );
  }
  return join(dir, ...parts);
}
