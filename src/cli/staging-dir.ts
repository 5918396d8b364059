/**
 * Where `init` and `restore` build a data directory before it takes its place: a hidden
 * sibling of the target (`.NAME.init-1a2b3c4d`), on the same file system, so that the finished
 * directory is put in place by a rename and a failure half-way leaves nothing behind.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './command';
import { errorMessage } from '../lib/domain/error-message';

export interface StagingDir {
  path: string;
  /** Removes the staging directory (and the target's parent, if it was made for it). */
  discard(): void;
}

/**
 * Makes a fresh staging directory beside `dataDir` (creating the parent if needed).
 * @param purpose names the command in the file name and in the error.
 * @throws UsageError naming the parent directory when it cannot be written; nothing is left.
 */
export function makeStagingDir(dataDir: string, purpose: 'init' | 'restore'): StagingDir {
  const parent = dirname(dataDir);
  const createdParent = mkdirSync(parent, { recursive: true });
  const path = join(parent, `.${basename(dataDir)}.${purpose}-${randomBytes(4).toString('hex')}`);
  const discard = (): void => {
    rmSync(path, { recursive: true, force: true });
    if (createdParent) rmSync(createdParent, { recursive: true, force: true });
  };
  try {
    mkdirSync(path);
  } catch (err) {
    discard();
    throw new UsageError(
      `${purpose} builds the new directory beside --data-dir and then renames it, but cannot write in ${parent}: ` +
        `${errorMessage(err)}. Nothing was changed.`,
    );
  }
  return { path, discard };
}
