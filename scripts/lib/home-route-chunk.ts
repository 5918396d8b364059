/**
 * One JavaScript chunk for everything the residents' home (`/`) needs before its first list:
 * SvelteKit's client runtime, Svelte, the root layout and the home page, with all their static
 * imports (issue #13).
 *
 * Why: the app is served over HTTP/1.1 (PocketBase on plain HTTP, 6 connections per host), and
 * on a slow phone network every request pays its own latency (Fast 3G: 562.5 ms). Rolldown's
 * automatic splitting made about 40 small shared chunks for `/`, loaded six at a time in two
 * waves (the page's own chunks only after the app had started): 6 of the 7.8 s to the first
 * list were request latency, not bytes. One chunk for the home page's whole static graph is
 * one request; other pages load the same chunk (most of it is their layout anyway) plus their
 * own. Dynamic imports (MapLibre, the search worker, the import readers) stay lazy: only static
 * imports are followed.
 *
 * The group is computed after the module graph is known (`buildEnd`), before chunking, and
 * only in the client build: SvelteKit's server-side build captures nothing.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The chunk's name (`[name]` in Rolldown's chunk file names; SvelteKit names chunks by hash). */
export const HOME_CHUNK = 'home';

/** Module ids the home page starts from: the client runtime, the root layout and `/`. */
const ROOTS = [
  /[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]entry\.js$/,
  /[\\/]\.svelte-kit[\\/]generated[\\/]client-optimized[\\/]app\.js$/,
  /[\\/]src[\\/]routes[\\/]\+layout\.(svelte|ts)$/,
  /[\\/]src[\\/]routes[\\/]\+page\.svelte$/,
];

/** Modules that stay in their own chunks even when reached: SvelteKit's route nodes (entries). */
const NEVER = /[\\/]\.svelte-kit[\\/]generated[\\/]client-optimized[\\/]nodes[\\/]/;

export function homeRouteChunk(): {
  plugin: Plugin;
  group: { name: string; test: (id: string) => boolean };
} {
  const members = new Set<string>();
  const plugin: Plugin = {
    name: 'sasaeai-home-route-chunk',
    apply: 'build',
    buildEnd() {
      members.clear();
      if (this.environment?.name !== 'client') return;
      const ids = [...this.getModuleIds()];
      const queue = ids.filter((id) => ROOTS.some((r) => r.test(id)));
      while (queue.length) {
        const id = queue.pop()!;
        if (members.has(id) || NEVER.test(id)) continue;
        members.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  return { plugin, group: { name: HOME_CHUNK, test: (id) => members.has(id) } };
}

/**
 * Adds a `modulepreload` of the home page's route node to the built `index.html` (after
 * SvelteKit's own), so the browser fetches it with the app's entry instead of after the app
 * has started (one round trip less). SvelteKit's SPA fallback preloads only the entry and the
 * root layout, since the same `index.html` serves every path; the node is a few bytes for
 * other pages. Idempotent.
 * @param publicDir the built app (`pb_public/`)
 * @param svelteKitDir SvelteKit's output directory (`.svelte-kit/`), for the build manifest
 * @throws Error when the home page's node or the preload links are not found (a changed
 *   SvelteKit layout must fail the build, not ship a slower page silently)
 */
export function preloadHomeNode(publicDir: string, svelteKitDir: string): void {
  const nodesDir = join(svelteKitDir, 'generated', 'client-optimized', 'nodes');
  const node = readdirSync(nodesDir).find((f) =>
    /\/src\/routes\/\+page\.svelte["']/.test(readFileSync(join(nodesDir, f), 'utf8')),
  );
  if (!node) throw new Error(`No SvelteKit node imports src/routes/+page.svelte in ${nodesDir}`);
  const manifest = JSON.parse(
    readFileSync(join(svelteKitDir, 'output', 'client', '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, { file: string }>;
  const file = manifest[`.svelte-kit/generated/client-optimized/nodes/${node}`]?.file;
  if (!file) throw new Error(`The build manifest names no file for the home page's node ${node}`);
  const indexPath = join(publicDir, 'index.html');
  const html = readFileSync(indexPath, 'utf8');
  if (html.includes(`/${file}"`)) return;
  // After the last preload SvelteKit wrote, with the same base path.
  const links = [
    ...html.matchAll(/<link href="([^"]*)_app\/immutable\/[^"]+" rel="modulepreload">/g),
  ];
  const last = links.at(-1);
  if (!last) throw new Error(`No modulepreload link in ${indexPath}`);
  const at = last.index + last[0].length;
  const link = `\n\t\t<link href="${last[1]}${file}" rel="modulepreload">`;
  writeFileSync(indexPath, html.slice(0, at) + link + html.slice(at));
}
