/**
 * Unzips the members of an uploaded zip that the reader needs, within limits, so that a small
 * zip which unpacks to gigabytes (a "zip bomb", or just a wrong download) is refused with a
 * message instead of running the process out of memory.
 *
 * Two checks:
 * 1. before unpacking, from the zip's central directory: the number of entries, each entry's
 *    declared uncompressed size and their total;
 * 2. while unpacking (fflate's streaming inflater, fed 8 KiB of compressed bytes at a time, so
 *    one step yields at most ~8 MiB): the bytes actually produced, per entry and in total — a
 *    zip can declare small sizes and inflate to far more. Unpacking stops at the first breach.
 *
 * Only the wanted entries are inflated; the others are only counted.
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { IssueList } from './import-issue';
import { errorMessage } from '../domain/error-message';

export interface ZipLimits {
  /** Most entries (files and folders) a zip may hold. */
  maxEntries: number;
  /** Most bytes one wanted entry may unpack to. */
  maxEntryBytes: number;
  /** Most bytes all wanted entries together may unpack to. */
  maxTotalBytes: number;
}

/** 1,000 entries; 256 MiB per entry; 512 MiB in all: a prefecture's e-Stat boundaries fit. */
export const ZIP_LIMITS: ZipLimits = {
  maxEntries: 1000,
  maxEntryBytes: 256 * 2 ** 20,
  maxTotalBytes: 512 * 2 ** 20,
};

/** Compressed bytes handed to the inflater per step. */
const STEP_BYTES = 8192;

export interface UnzippedEntries {
  /** Every entry name in the zip (wanted or not), in directory order. */
  names: string[];
  /** The wanted entries' bytes; empty when an error was recorded. */
  entries: Record<string, Uint8Array>;
}

/** "12.3 MiB" for messages. */
function mib(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}

/**
 * @param wanted which entries to unpack (by name).
 * @param issues where errors go (`zipUnreadable`, `zipTooManyEntries`, `zipEntryTooLarge`,
 *   `zipTotalTooLarge`), each naming the entry and the limit.
 * @returns null after recording an error.
 */
export function unzipBounded(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  issues: IssueList,
  limits: ZipLimits = ZIP_LIMITS,
): UnzippedEntries | null {
  const declared: Array<{ name: string; originalSize: number }> = [];
  try {
    // The filter sees every central-directory entry and unpacks none.
    unzipSync(bytes, {
      filter: (f) => {
        declared.push({ name: f.name, originalSize: f.originalSize });
        return false;
      },
    });
  } catch (err) {
    issues.error(null, '', 'zipUnreadable', { detail: errorMessage(err) });
    return null;
  }
  if (declared.length > limits.maxEntries) {
    issues.error(null, '', 'zipTooManyEntries', {
      count: declared.length,
      limit: limits.maxEntries,
    });
    return null;
  }
  let declaredTotal = 0;
  for (const d of declared) {
    if (!wanted(d.name)) continue;
    declaredTotal += d.originalSize;
    if (d.originalSize > limits.maxEntryBytes) {
      issues.error(null, '', 'zipEntryTooLarge', {
        entry: d.name,
        size: mib(d.originalSize),
        limit: mib(limits.maxEntryBytes),
      });
      return null;
    }
  }
  if (declaredTotal > limits.maxTotalBytes) {
    issues.error(null, '', 'zipTotalTooLarge', {
      size: mib(declaredTotal),
      limit: mib(limits.maxTotalBytes),
    });
    return null;
  }

  const entries: Record<string, Uint8Array> = {};
  let total = 0;
  let failed = false;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    if (!wanted(file.name)) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (err, chunk, final) => {
      if (failed) return;
      if (err) {
        failed = true;
        const detail = `${file.name}: ${err.message}`;
        issues.error(null, '', 'zipUnreadable', { detail });
        return;
      }
      size += chunk.length;
      total += chunk.length;
      const over = (limit: number) => `> ${mib(limit)}`;
      if (size > limits.maxEntryBytes) {
        failed = true;
        issues.error(null, '', 'zipEntryTooLarge', {
          entry: file.name,
          size: over(limits.maxEntryBytes),
          limit: mib(limits.maxEntryBytes),
        });
        return;
      }
      if (total > limits.maxTotalBytes) {
        failed = true;
        issues.error(null, '', 'zipTotalTooLarge', {
          size: over(limits.maxTotalBytes),
          limit: mib(limits.maxTotalBytes),
        });
        return;
      }
      chunks.push(chunk);
      if (final) entries[file.name] = concat(chunks, size);
    };
    file.start();
  };
  try {
    for (let at = 0; at < bytes.length && !failed; at += STEP_BYTES) {
      unzip.push(bytes.subarray(at, at + STEP_BYTES), at + STEP_BYTES >= bytes.length);
    }
  } catch (err) {
    if (!failed) issues.error(null, '', 'zipUnreadable', { detail: errorMessage(err) });
    return null;
  }
  if (failed) return null;
  return { names: declared.map((d) => d.name), entries };
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
