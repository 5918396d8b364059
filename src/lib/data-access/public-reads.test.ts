// @vitest-environment happy-dom
/**
 * Which URL a snapshot read asks for: the versioned one index.html preloads (pb/versioned_index.go)
 * only for the document's first read while the page is young; any later read the plain URL,
 * which the browser revalidates, so a page left open never reads its load-time version again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PublicReads } from './public-reads';

const ORIGIN = 'http://127.0.0.1:8570';
let asked: string[];

beforeEach(() => {
  asked = [];
  document.head.innerHTML = `
    <link rel="preload" href="${ORIGIN}/api/public/site?v=aaa111" as="fetch" crossorigin="anonymous" />
    <link rel="preload" href="${ORIGIN}/api/public/areas" as="fetch" crossorigin="anonymous" />`;
  vi.stubGlobal('fetch', (url: string) => {
    asked.push(url);
    return Promise.resolve(new Response(JSON.stringify({ items: [] })));
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.head.innerHTML = '';
});

describe('PublicReads URLs', () => {
  it('the first read takes the preload URL; a read after reset() the plain one', async () => {
    const reads = new PublicReads(ORIGIN);
    await reads.site();
    await reads.site(); // shared: no second request
    reads.reset();
    await reads.site();
    expect(asked).toEqual([`${ORIGIN}/api/public/site?v=aaa111`, `${ORIGIN}/api/public/site`]);
  });

  it('a preload without a version, or none at all, gives the plain URL', async () => {
    const reads = new PublicReads(ORIGIN);
    await reads.areas();
    await reads.serviceTypes();
    expect(asked).toEqual([`${ORIGIN}/api/public/areas`, `${ORIGIN}/api/public/service_types`]);
  });

  it('a page open for more than 30 s reads the plain URL', async () => {
    vi.spyOn(performance, 'now').mockReturnValue(31_000);
    await new PublicReads(ORIGIN).site();
    expect(asked).toEqual([`${ORIGIN}/api/public/site`]);
  });
});
