import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { homeRouteChunk } from './scripts/lib/home-route-chunk';
import { kuromojiDict } from './scripts/lib/kuromoji-dict-plugin';

// `npm run dev` runs Vite on 5173 and proxies the API and admin UI to PocketBase.
const pocketbaseUrl = process.env.PB_URL ?? `http://127.0.0.1:${process.env.PORT ?? '8090'}`;

// The residents' first list in one request (scripts/lib/home-route-chunk.ts, issue #13).
const home = homeRouteChunk();

export default defineConfig({
  plugins: [sveltekit(), kuromojiDict(), home.plugin],
  server: {
    proxy: {
      '/api': { target: pocketbaseUrl, changeOrigin: true },
      '/_': { target: pocketbaseUrl, changeOrigin: true },
    },
  },
  build: {
    chunkSizeWarningLimit: 1200,
    rollupOptions: { output: { codeSplitting: { groups: [home.group] } } },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          // A few tests build the whole demo city or a 100,000-row file; on a loaded 2-core
          // machine they pass the 5 s default. Time limits are not speed checks (benches are).
          testTimeout: 30_000,
        },
        // Svelte's client runtime for state classes' tests (`// @vitest-environment happy-dom`),
        // so their `$effect`s run; other unit tests stay in Node.
        resolve: { conditions: ['browser'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/helpers/global-setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/helpers/global-setup.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
