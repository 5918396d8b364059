// @vitest-environment happy-dom
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { Loader } from './loader.svelte';

/** A fake gateway read: each call waits until the test settles it. */
function fakeRead<T>() {
  const calls: { args: unknown[]; resolve: (v: T) => void; reject: (e: unknown) => void }[] = [];
  const read = (...args: unknown[]) =>
    new Promise<T>((resolve, reject) => calls.push({ args, resolve, reject }));
  /** The i-th call (fails the test when there was none). */
  const at = (i: number) => {
    const call = calls[i];
    if (!call) throw new Error(`no read #${i}`);
    return call;
  };
  return { read, calls, at };
}

/** Lets the loader's awaits run. */
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('Loader', () => {
  it('goes idle → loading → ready and applies the data', async () => {
    const gw = fakeRead<string[]>();
    let shown: string[] = [];
    const loader = new Loader({ fetch: () => gw.read(), apply: (v: string[]) => (shown = v) });
    expect(loader.status).toBe('idle');
    const done = loader.load();
    expect(loader.status).toBe('loading');
    gw.at(0).resolve(['a']);
    await done;
    expect(loader.status).toBe('ready');
    expect(loader.ready).toBe(true);
    expect(shown).toEqual(['a']);
  });

  it('keeps the error text on failure, and retry loads the same arguments again', async () => {
    const gw = fakeRead<string>();
    let shown = '';
    const loader = new Loader({
      fetch: (id: string) => gw.read(id),
      apply: (v: string) => (shown = v),
    });
    const first = loader.load('d1');
    gw.at(0).reject(new Error('network down'));
    await first;
    expect(loader.status).toBe('error');
    expect(loader.error).toBe('network down');
    const again = loader.retry();
    expect(loader.status).toBe('loading');
    expect(gw.at(1).args).toEqual(['d1']);
    gw.at(1).resolve('district 1');
    await again;
    expect(loader.status).toBe('ready');
    expect(loader.error).toBe('');
    expect(shown).toBe('district 1');
  });

  it('applies only the newest load when answers come back out of order', async () => {
    const gw = fakeRead<string>();
    const applied: string[] = [];
    const loader = new Loader({
      fetch: (id: string) => gw.read(id),
      apply: (v: string) => applied.push(v),
    });
    const a = loader.load('A');
    const b = loader.load('B');
    gw.at(1).resolve('B data');
    await b;
    gw.at(0).resolve('A data');
    await a;
    expect(applied).toEqual(['B data']);
    // a failure of the superseded load is dropped too
    const c = loader.load('C');
    const d = loader.load('D');
    gw.at(3).resolve('D data');
    gw.at(2).reject(new Error('late failure'));
    await Promise.all([c, d]);
    expect(loader.status).toBe('ready');
    expect(loader.error).toBe('');
  });

  it('stays ready while the same data is refreshed, but shows loading for other arguments', async () => {
    const gw = fakeRead<number>();
    const loader = new Loader({ fetch: (id: string) => gw.read(id), apply: () => {} });
    const first = loader.load('A');
    gw.at(0).resolve(1);
    await first;
    void loader.load('A');
    expect(loader.status).toBe('ready');
    void loader.load('B');
    expect(loader.status).toBe('loading');
  });

  it('ensure reads once per arguments and session, and again after a sign-in', async () => {
    const gw = fakeRead<number>();
    const session = { generation: 0 };
    const loader = new Loader({ fetch: () => gw.read(), apply: () => {}, session });
    const p1 = loader.ensure();
    const p2 = loader.ensure();
    expect(gw.calls).toHaveLength(1);
    gw.at(0).resolve(1);
    await Promise.all([p1, p2]);
    await loader.ensure();
    expect(gw.calls).toHaveLength(1);
    session.generation++;
    void loader.ensure();
    expect(gw.calls).toHaveLength(2);
    expect(loader.status).toBe('loading');
  });

  it("forgets the last session's data when a load for the next session fails, not on a plain failure", async () => {
    const gw = fakeRead<string>();
    const session = { generation: 0 };
    let shown = '';
    const loader = new Loader({
      fetch: () => gw.read(),
      apply: (v: string) => (shown = v),
      forget: () => (shown = ''),
      session,
    });
    let p = loader.load();
    gw.at(0).resolve('contacts');
    await p;
    // A failed refresh in the same session keeps what is shown (the retry button is there).
    p = loader.load();
    gw.at(1).reject('offline');
    await p;
    expect([loader.status, shown]).toEqual(['error', 'contacts']);
    // Signed out: the staff read is refused, and nothing of the last session stays.
    session.generation++;
    p = loader.load();
    gw.at(2).reject('403');
    await p;
    expect([loader.status, shown]).toEqual(['error', '']);
  });

  it('ensure loads again after an error', async () => {
    const gw = fakeRead<number>();
    const loader = new Loader({ fetch: () => gw.read(), apply: () => {} });
    const p = loader.ensure();
    gw.at(0).reject('offline');
    await p;
    expect(loader.error).toBe('offline');
    void loader.ensure();
    expect(gw.calls).toHaveLength(2);
  });

  it('follow reloads when its arguments or the session change', async () => {
    const gw = fakeRead<string>();
    const session = $state({ generation: 0 });
    let id = $state('A');
    let shown = '';
    const loader = new Loader({
      fetch: (d: string) => gw.read(d),
      apply: (v: string) => (shown = v),
      session,
    });
    const stop = $effect.root(() => loader.follow(() => [id]));
    flushSync();
    expect(gw.calls.map((c) => c.args)).toEqual([['A']]);
    gw.at(0).resolve('A as visitor');
    await settle();
    expect(shown).toBe('A as visitor');

    id = 'B';
    flushSync();
    expect(gw.calls.map((c) => c.args[0])).toEqual(['A', 'B']);
    gw.at(1).resolve('B as visitor');
    await settle();

    session.generation++;
    flushSync();
    expect(gw.calls.map((c) => c.args[0])).toEqual(['A', 'B', 'B']);
    gw.at(2).resolve('B as staff');
    await settle();
    expect(shown).toBe('B as staff');
    stop();
  });
});
