/**
 * Serves the IPADIC dictionary of `@sglkc/kuromoji` (the package's own `dict/*.dat.gz`, ~17 MB)
 * at `/kuromoji-dict/` for the admin import page, which generates kana readings in the browser
 * exactly as `sasaeai import` does in Node. In `npm run dev` the files are served from
 * node_modules; in a build they are emitted into the client output (so into pb_public/), never
 * committed. Only the admin import page fetches them, and only when it plans an import.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/** URL path (under the app's base) the dictionary is served from. */
export const KUROMOJI_DICT_PATH = 'kuromoji-dict';

function dictDir(): string {
  return join(
    dirname(createRequire(import.meta.url).resolve('@sglkc/kuromoji/package.json')),
    'dict',
  );
}

export function kuromojiDict(): Plugin {
  return {
    name: 'sasaeai-kuromoji-dict',
    configureServer(server) {
      server.middlewares.use(`/${KUROMOJI_DICT_PATH}/`, (req, res, next) => {
        const name = (req.url ?? '').replace(/^\//, '').split('?')[0]!;
        if (!/^[a-z_]+\.dat\.gz$/.test(name)) return next();
        try {
          const bytes = readFileSync(join(dictDir(), name));
          res.setHeader('Content-Type', 'application/octet-stream');
          res.end(bytes);
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      // The client build only (not the server-side build SvelteKit also runs).
      if (this.environment.name !== 'client') return;
      for (const name of readdirSync(dictDir()).filter((f) => f.endsWith('.dat.gz'))) {
        this.emitFile({
          type: 'asset',
          fileName: `${KUROMOJI_DICT_PATH}/${name}`,
          source: readFileSync(join(dictDir(), name)),
        });
      }
    },
  };
}
