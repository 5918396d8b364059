/**
 * The admin import page's reading generator: the same kuromoji + IPADIC as the CLI
 * (`src/cli/load-reading-generator.ts`), so the page and `sasaeai import` plan the same
 * readings. Why in the browser and not on the server: the plan is made in the browser (the
 * server only applies it), PocketBase's JS engine cannot load a 17 MB dictionary per request,
 * and a second analyser on the server could read names differently from the CLI. The module and
 * its dictionary (served at /kuromoji-dict/, ~17 MB, cached by the browser) are loaded lazily,
 * only on this page and only when a file has names to read.
 */
import { base } from '$app/paths';
import { createReadingGenerator, type ReadingGenerator } from '$lib/import/generate-reading';

let loading: Promise<ReadingGenerator> | null = null;

/** Loads once per page; a failed load is retried on the next call. */
export function loadBrowserReadings(): Promise<ReadingGenerator> {
  loading ??= (async () => {
    const kuromoji = (await import('@sglkc/kuromoji')).default;
    return await new Promise<ReadingGenerator>((resolve, reject) => {
      kuromoji.builder({ dicPath: `${base}/kuromoji-dict/` }).build((err, tokenizer) => {
        if (err) reject(err instanceof Error ? err : new Error(String(err)));
        else resolve(createReadingGenerator(tokenizer));
      });
    });
  })();
  loading.catch(() => (loading = null));
  return loading;
}
