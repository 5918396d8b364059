/**
 * Each page shows only message areas its route provides (issue #13): the areas read anywhere
 * in a page's static import graph (its components, state and helpers under src/) must be
 * provided by a `+layout.ts` of the page's folder or a folder above it. At run time an area
 * that is not provided throws; this test finds it before any page is opened.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ja } from './ja';
import { allJa } from './__fixtures__/all-messages';

const SRC = resolve(import.meta.dirname, '../..');
const ROUTES = join(SRC, 'routes');

/** The lazy areas: every top-level key of the whole tree that the core does not have. */
const LAZY = Object.keys(allJa).filter((k) => !(k in ja));
/** `t.coverage`, `m.coverage`, `locale.t.coverage`, `messages.coverage`. */
const READS = new RegExp(String.raw`\b(?:t|m|messages)\.(${LAZY.join('|')})\b`, 'g');

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('$lib/')) base = join(SRC, 'lib', spec.slice('$lib/'.length));
  else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else return null;
  for (const file of [base, `${base}.ts`, `${base}.svelte`, join(base, 'index.ts')])
    if (existsSync(file) && statSync(file).isFile()) return file;
  return null;
}

/** Every file under src/ a module reaches through static value imports (not `import type`). */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(
      /(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g,
    )) {
      const next = resolveImport(file, m[1]!);
      if (next) queue.push(next);
    }
  }
  return seen;
}

function pages(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) pages(path, out);
    else if (name === '+page.svelte') out.push(path);
  }
  return out;
}

/** The areas the `+layout.ts` files from the routes' root down to `dir` provide. */
function provided(dir: string): Set<string> {
  const areas = new Set<string>();
  for (let d = dir; d.startsWith(ROUTES); d = dirname(d)) {
    const layout = join(d, '+layout.ts');
    if (!existsSync(layout)) continue;
    const call = /provideMessages\(\{([^}]*)\}\)/.exec(readFileSync(layout, 'utf8'));
    for (const m of call?.[1]?.matchAll(/(\w+):/g) ?? []) areas.add(m[1]!);
  }
  return areas;
}

describe('message areas per route', () => {
  it('finds the lazy areas and the pages', () => {
    expect(LAZY).toContain('coverage');
    expect(LAZY).not.toContain('home');
    expect(pages(ROUTES).length).toBeGreaterThan(20);
  });

  it('the root layout (every page) reads no lazy area', () => {
    const used = new Set<string>();
    for (const file of staticGraph(join(ROUTES, '+layout.svelte')))
      for (const m of readFileSync(file, 'utf8').matchAll(READS)) used.add(m[1]!);
    expect([...used]).toEqual([]);
  });

  for (const page of pages(ROUTES)) {
    const route = relative(ROUTES, dirname(page)) || '.';
    it(`${route}: every area its page reads is provided by its +layout.ts`, () => {
      const have = provided(dirname(page));
      const missing = new Set<string>();
      for (const file of staticGraph(page)) {
        if (file.includes(`${join('lib', 'i18n')}`)) continue;
        for (const m of readFileSync(file, 'utf8').matchAll(READS))
          if (!have.has(m[1]!)) missing.add(`${m[1]} (${relative(SRC, file)})`);
      }
      expect([...missing]).toEqual([]);
    });
  }
});
