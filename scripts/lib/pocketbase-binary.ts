/**
 * Builds PocketBase from its Go module (pb/) into bin/pocketbase, once per source change.
 *
 * A stamp file next to the binary holds a hash of pb/go.mod, pb/go.sum, every pb/*.go file and
 * the Go version; a second start with the same inputs skips `go build` entirely (the Go module
 * and build caches make even a rebuild after a small change fast).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './repo-root';

export const POCKETBASE_BIN = join(repoRoot, 'bin', 'pocketbase');
const STAMP = join(repoRoot, 'bin', '.pocketbase-stamp');
const PB_DIR = join(repoRoot, 'pb');

/** The pinned PocketBase version, read from pb/go.mod (e.g. `v0.39.11`). */
export function pinnedPocketBaseVersion(): string {
  const goMod = readFileSync(join(PB_DIR, 'go.mod'), 'utf8');
  const m = /github\.com\/pocketbase\/pocketbase (v[0-9.]+)/.exec(goMod);
  if (!m?.[1]) throw new Error('pb/go.mod does not pin github.com/pocketbase/pocketbase');
  return m[1];
}

function inputsHash(goVersion: string): string {
  const h = createHash('sha256');
  const goFiles = readdirSync(PB_DIR)
    .filter((f) => f.endsWith('.go'))
    .sort();
  for (const f of ['go.mod', 'go.sum', ...goFiles]) {
    h.update(f);
    h.update(readFileSync(join(PB_DIR, f)));
  }
  h.update(goVersion);
  return h.digest('hex');
}

/**
 * Ensures bin/pocketbase exists and matches pb/; builds it with `go build` (CGO off) if not.
 * @returns whether a build ran.
 */
export function ensurePocketBase(log: (msg: string) => void = console.log): boolean {
  let goVersion: string;
  try {
    goVersion = execFileSync('go', ['version'], { encoding: 'utf8' }).trim();
  } catch {
    if (existsSync(POCKETBASE_BIN)) return false; // a prebuilt binary without Go: use it
    throw new Error(
      'Go is needed to build PocketBase (https://go.dev/dl/), and bin/pocketbase does not exist.',
    );
  }
  const want = inputsHash(goVersion);
  if (existsSync(POCKETBASE_BIN) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === want)
    return false;

  const version = pinnedPocketBaseVersion();
  log(`Building PocketBase ${version} from its Go module (first run only; about a minute)…`);
  mkdirSync(join(repoRoot, 'bin'), { recursive: true });
  execFileSync(
    'go',
    [
      'build',
      '-trimpath',
      '-ldflags',
      `-s -w -X github.com/pocketbase/pocketbase.Version=${version}`,
      '-o',
      POCKETBASE_BIN,
      '.',
    ],
    { cwd: PB_DIR, stdio: 'inherit', env: { ...process.env, CGO_ENABLED: '0' } },
  );
  writeFileSync(STAMP, want);
  return true;
}
