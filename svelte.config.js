import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    // A single-page app served by PocketBase from pb_public/ (one process, one port).
    // index.html is the fallback PocketBase serves for every unknown path.
    adapter: adapter({
      pages: 'pb_public',
      assets: 'pb_public',
      fallback: 'index.html',
      strict: true,
    }),
    alias: {},
    // Registered by the app itself after the first data has loaded (register-service-worker.ts).
    serviceWorker: { register: false },
  },
};

export default config;
