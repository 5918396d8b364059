/**
 * Builds the SvelteKit SPA into pb_public/ when its sources changed since the last build.
 *
 * Compressed variants (`.br`, `.gz`) are written beside the built files (precompress.ts).
 * The stamp is a hash of every file under src/ and static/ plus the build configuration
 * and the lock file, so a warm `npm start` skips Vite entirely.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { preloadHomeNode } from './home-route-chunk';
import { precompress } from './precompress';
import { repoRoot } from './repo-root';

export const PUBLIC_DIR = join(repoRoot, 'pb_public');
const STAMP = join(PUBLIC_DIR, '.build-stamp');
const INPUT_DIRS = ['src', 'static'];
const INPUT_FILES = [
  'svelte.config.js',
  'vite.config.ts',
  'package-lock.json',
  'tsconfig.json',
  'scripts/lib/precompress.ts',
  'scripts/lib/home-route-chunk.ts',
];

function walk(dir: string, out: string[]): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    // Tests and fixtures do not end up in the bundle: editing them needs no rebuild.
    else if (!/\.test\.ts$/.test(name) && !p.includes('__fixtures__')) out.push(p);
  }
}

function sourcesHash(): string {
  const files: string[] = [];
  for (const d of INPUT_DIRS) walk(join(repoRoot, d), files);
  for (const f of INPUT_FILES) if (existsSync(join(repoRoot, f))) files.push(join(repoRoot, f));
  files.sort();
  const h = createHash('sha256');
  for (const f of files) {
    h.update(relative(repoRoot, f));
    h.update(readFileSync(f));
  }
  return h.digest('hex');
}

/** Ensures pb_public/ holds a build of the current sources. @returns whether a build ran. */
export function ensureSpa(log: (msg: string) => void = console.log): boolean {
  const want = sourcesHash();
  if (
    existsSync(join(PUBLIC_DIR, 'index.html')) &&
    existsSync(STAMP) &&
    readFileSync(STAMP, 'utf8') === want
  ) {
    return false;
  }
  log('Building the web app into pb_public/ …');
  execFileSync(
    process.execPath,
    [join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: repoRoot,
      stdio: 'inherit',
      // Always a production bundle, also when called from a test runner that set NODE_ENV=test.
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  // The home page's route node fetched with the entry (issue #13).
  preloadHomeNode(PUBLIC_DIR, join(repoRoot, '.svelte-kit'));
  // Brotli and gzip variants beside the files, served by pb/static_site.go.
  precompress(PUBLIC_DIR);
  writeFileSync(STAMP, want);
  return true;
}
