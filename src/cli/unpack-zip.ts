/**
 * Unpacks a zip archive (a PocketBase backup) into a directory, streaming: one file at a time
 * is held in memory only chunk by chunk, so a backup with a large uploaded file (a PMTiles
 * basemap) does not need its size in RAM.
 *
 * Safe against hostile archives: an entry whose path is absolute, has a drive letter or a
 * backslash, or climbs out with `..` is refused before anything of it is written (the caller
 * unpacks into a fresh directory and removes it on failure). Every entry is written as a plain
 * file: symbolic links and permissions stored in the archive are ignored.
 */
import { closeSync, createReadStream, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Unzip, UnzipInflate, UnzipPassThrough, type UnzipFile } from 'fflate';

/**
 * The relative path parts of a zip entry name, or null when the entry would land outside the
 * target directory (absolute, drive letter, backslash, `..`, empty part or NUL).
 * A trailing `/` (a directory entry) gives its parts with `dir: true`.
 */
export function safeEntryPath(name: string): { parts: string[]; dir: boolean } | null {
  if (
    !name ||
    name.includes('\\') ||
    name.includes('\0') ||
    name.startsWith('/') ||
    /^[A-Za-z]:/.test(name)
  )
    return null;
  const dir = name.endsWith('/');
  const parts = (dir ? name.slice(0, -1) : name).split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..')) return null;
  return { parts, dir };
}

/**
 * Unpacks `zipPath` into `destDir` (which must exist).
 * @param opts.skip entries (by their full name) not to write, e.g. a lock file.
 * @returns the names of the files written.
 * @throws Error naming the entry that is unsafe or cannot be read; `destDir` may then hold
 *   part of the archive (unpack into a fresh directory and remove it on failure).
 */
export async function unpackZip(
  zipPath: string,
  destDir: string,
  opts: { skip?: (name: string) => boolean } = {},
): Promise<string[]> {
  const written: string[] = [];
  let failure: Error | null = null;
  const unzip = new Unzip((file: UnzipFile) => {
    if (failure) return;
    const safe = safeEntryPath(file.name);
    if (!safe) {
      failure = new Error(
        `the archive entry "${file.name}" points outside the data directory; the archive is refused`,
      );
      return;
    }
    if (safe.dir || opts.skip?.(file.name)) return;
    const target = join(destDir, ...safe.parts);
    mkdirSync(dirname(target), { recursive: true });
    const fd = openSync(target, 'wx');
    file.ondata = (err, data, final) => {
      if (err) {
        failure ??= new Error(`the archive entry "${file.name}" cannot be read: ${err.message}`);
        closeSync(fd);
        return;
      }
      writeSync(fd, data);
      if (final) {
        closeSync(fd);
        written.push(file.name);
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  for await (const chunk of createReadStream(zipPath)) {
    unzip.push(chunk as Uint8Array);
    if (failure) throw failure;
  }
  unzip.push(new Uint8Array(0), true);
  if (failure) throw failure;
  return written;
}
