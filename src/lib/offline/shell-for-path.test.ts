import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../scripts/lib/repo-root';
import { DIRECTORY_SHELL_ROUTES, shellForPath } from './shell-for-path';

describe('shellForPath', () => {
  it('serves the directory and shortlist pages the directory shell, every other page the home one', () => {
    for (const p of ['/directory', '/directory/', '/shortlists', '/shortlists/abc/print'])
      expect(shellForPath(p), p).toBe('/directory');
    for (const p of ['/', '/map', '/places/abc', '/directoryx', '/manage/needs'])
      expect(shellForPath(p), p).toBe('/');
  });

  it('names the same routes as the preload links the server inlines for them (src/app.html)', () => {
    const html = readFileSync(join(repoRoot, 'src/app.html'), 'utf8');
    const routes = [...html.matchAll(/data-routes="([^"]*)"/g)].map((m) => m[1]!.split(/\s+/));
    expect(routes.length).toBeGreaterThan(0);
    for (const r of routes) expect(r).toEqual([...DIRECTORY_SHELL_ROUTES]);
  });
});
