/**
 * Vitest global setup for the integration and browser projects: builds PocketBase (and, for
 * the browser tests, the web app) if needed, then prepares one data directory with the demo
 * city that every test server starts from as a copy.
 *
 * The template holds the demo city's records but not the demo marker (DEMO_MARKER_FILE): tests
 * import files into a populated city, which the server refuses in a marked demo directory.
 * `startServer({ markedDemo: true })` gives the demo exactly as `npm start` makes it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensurePocketBase } from '../../scripts/lib/pocketbase-binary';
import { createDemoDataDir } from '../../scripts/lib/demo-data';
import { ensureSpa } from '../../scripts/lib/spa-build';
import { TEST_SUPERUSER } from './test-superuser';

declare module 'vitest' {
  export interface ProvidedContext {
    demoTemplateDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  ensurePocketBase();
  if (project.name === 'browser') ensureSpa();
  const dir = mkdtempSync(join(tmpdir(), 'sasaeai-template-'));
  await createDemoDataDir(dir, TEST_SUPERUSER, { quiet: true, mark: false });
  project.provide('demoTemplateDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
