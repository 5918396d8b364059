import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { preloadHomeNode } from './home-route-chunk';

const INDEX = `<head>
    <link href="/_app/immutable/entry/start.A.js" rel="modulepreload">
\t\t<link href="/_app/immutable/nodes/0.B.js" rel="modulepreload">
\t\t<link href="/_app/immutable/assets/home.C.css" rel="stylesheet">
  </head>`;

let root = '';

/** A built app and SvelteKit's output as the build leaves them: node 2 is the home page. */
function fixture(): { publicDir: string; kitDir: string } {
  root = mkdtempSync(join(tmpdir(), 'home-route-chunk-'));
  const publicDir = join(root, 'pb_public');
  const kitDir = join(root, '.svelte-kit');
  const nodes = join(kitDir, 'generated', 'client-optimized', 'nodes');
  mkdirSync(publicDir, { recursive: true });
  mkdirSync(nodes, { recursive: true });
  mkdirSync(join(kitDir, 'output', 'client', '.vite'), { recursive: true });
  writeFileSync(join(publicDir, 'index.html'), INDEX);
  writeFileSync(
    join(nodes, '0.js'),
    'export { default as component } from "../../../../src/routes/+layout.svelte";',
  );
  writeFileSync(
    join(nodes, '3.js'),
    'export { default as component } from "../../../../src/routes/places/[id]/+page.svelte";',
  );
  writeFileSync(
    join(nodes, '2.js'),
    'export { default as component } from "../../../../src/routes/+page.svelte";',
  );
  writeFileSync(
    join(kitDir, 'output', 'client', '.vite', 'manifest.json'),
    JSON.stringify({
      '.svelte-kit/generated/client-optimized/nodes/2.js': { file: '_app/immutable/nodes/2.H.js' },
      '.svelte-kit/generated/client-optimized/nodes/3.js': { file: '_app/immutable/nodes/3.P.js' },
    }),
  );
  return { publicDir, kitDir };
}

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('preloadHomeNode', () => {
  it("preloads the home page's node after SvelteKit's preloads, once", () => {
    const { publicDir, kitDir } = fixture();
    preloadHomeNode(publicDir, kitDir);
    preloadHomeNode(publicDir, kitDir);
    const html = readFileSync(join(publicDir, 'index.html'), 'utf8');
    expect(html.match(/nodes\/2\.H\.js/g)).toHaveLength(1);
    expect(html).not.toContain('nodes/3.P.js');
    // In the head, after the root layout's preload and before the styles.
    expect(html.indexOf('nodes/0.B.js')).toBeLessThan(html.indexOf('nodes/2.H.js'));
    expect(html.indexOf('nodes/2.H.js')).toBeLessThan(html.indexOf('home.C.css'));
    expect(html).toContain('<link href="/_app/immutable/nodes/2.H.js" rel="modulepreload">');
  });

  it('fails the build when the home page has no node', () => {
    const { publicDir, kitDir } = fixture();
    rmSync(join(kitDir, 'generated', 'client-optimized', 'nodes', '2.js'));
    expect(() => preloadHomeNode(publicDir, kitDir)).toThrow(/src\/routes\/\+page\.svelte/);
  });
});
