/**
 * Loads kuromoji (`@sglkc/kuromoji`, Apache-2.0) with the IPADIC dictionary its npm package
 * ships (`dict/*.dat.gz`, ~17 MB), from the local node_modules: no network. Loading takes about
 * half a second and ~300 MB of memory, so the import command loads it only when a file has
 * names to read.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji from '@sglkc/kuromoji';
import { createReadingGenerator, type ReadingGenerator } from '../lib/import/generate-reading';

/** The dictionary folder inside the installed package. */
export function kuromojiDictDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@sglkc/kuromoji/package.json')), 'dict');
}

const loaded = new Map<string, Promise<ReadingGenerator>>();

/**
 * A reading generator backed by kuromoji + IPADIC, loaded once per process (a second call reuses
 * it). Rejects when the dictionary cannot be read.
 */
export function loadReadingGenerator(
  dicPath: string = kuromojiDictDir(),
): Promise<ReadingGenerator> {
  let p = loaded.get(dicPath);
  if (!p) {
    p = build(dicPath);
    // A failed load is not cached: the next call tries again.
    p.catch(() => loaded.delete(dicPath));
    loaded.set(dicPath, p);
  }
  return p;
}

function build(dicPath: string): Promise<ReadingGenerator> {
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((err, tokenizer) => {
      if (err) reject(err instanceof Error ? err : new Error(String(err)));
      else resolve(createReadingGenerator(tokenizer));
    });
  });
}
