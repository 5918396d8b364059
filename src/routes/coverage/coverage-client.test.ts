/**
 * The coverage client against a fake Worker: what it posts, when, and how it reads the
 * worker's replies. The real worker and engine are covered by the geo tests and by
 * tests/browser/coverage.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { PopulationCell } from '$lib/domain/types';
import { CoverageClient, type CoverageQuery } from './coverage-client.svelte';
import type { CoverageRequest, CoverageResponse, CoverageResultMessage } from './coverage-protocol';

/** Records what the client posts; `reply` plays the worker's answer. */
class FakeWorker {
  posted: CoverageRequest[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<CoverageResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;

  postMessage(msg: CoverageRequest): void {
    this.posted.push(msg);
  }

  terminate(): void {
    this.terminated = true;
  }

  reply(msg: CoverageResponse): void {
    this.onmessage?.({ data: msg } as MessageEvent<CoverageResponse>);
  }

  fail(message: string): void {
    this.onerror?.({ message } as ErrorEvent);
  }

  get updates(): Extract<CoverageRequest, { type: 'update' }>[] {
    return this.posted.filter((m) => m.type === 'update');
  }
}

function setup(): { client: CoverageClient; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  const client = new CoverageClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w as unknown as Worker;
  });
  return { client, workers };
}

const cell = (meshCode: string, meshM: 100 | 250 | 500, population: number): PopulationCell => ({
  meshCode,
  meshM,
  population,
  population65: null,
  year: 2020,
});

const DATA = {
  cells: [cell('5339452211', 100, 30), cell('533945221', 250, 400), cell('5339452212', 100, 12)],
  areas: [],
  networkLayer: null,
};

const query = (walkM: number): CoverageQuery => ({
  places: [[139.7, 35.7]],
  walkM,
  mode: 'straight',
  suggestK: 0,
});

function result(seq: number, walkM: number): CoverageResultMessage {
  return {
    type: 'result',
    seq,
    walkM,
    mode: 'straight',
    totals: {
      population: 42,
      covered: 30,
      uncovered: 12,
      unassigned: 0,
      population65: null,
      uncovered65: null,
    },
    areas: [],
    gaps: { type: 'FeatureCollection', features: [] },
    suggestions: [],
    ms: 1,
  };
}

describe('CoverageClient', () => {
  it('sends the cells of one mesh size (the first cell’s) once, and is building until the worker is ready', () => {
    const { client, workers } = setup();
    expect(client.status).toBe('idle');
    client.start(DATA);
    expect(client.status).toBe('building');
    const init = workers[0]!.posted[0]!;
    expect(init.type).toBe('init');
    if (init.type !== 'init') return;
    expect(init.meshM).toBe(100);
    expect(init.cells.map((c) => c.meshCode)).toEqual(['5339452211', '5339452212']);
    workers[0]!.reply({ type: 'ready', cells: 2, networkNodes: 0, buildMs: 3 });
    expect(client.status).toBe('ready');
    expect(client.cells).toBe(2);
  });

  it('holds a request until the worker is ready, then sends it', () => {
    const { client, workers } = setup();
    client.start(DATA);
    client.request(query(800));
    expect(workers[0]!.updates).toHaveLength(0);
    workers[0]!.reply({ type: 'ready', cells: 2, networkNodes: 0, buildMs: 3 });
    expect(workers[0]!.updates.map((u) => u.walkM)).toEqual([800]);
    expect(client.busy).toBe(true);
  });

  it('sends one update at a time: requests made while one computes collapse into the latest', () => {
    const { client, workers } = setup();
    client.start(DATA);
    const w = workers[0]!;
    w.reply({ type: 'ready', cells: 2, networkNodes: 0, buildMs: 3 });
    client.request(query(800));
    // The slider moves on while the first update computes.
    client.request(query(850));
    client.request(query(900));
    client.request(query(950));
    expect(w.updates.map((u) => u.walkM)).toEqual([800]);
    w.reply(result(w.updates[0]!.seq, 800));
    expect(client.result?.walkM).toBe(800);
    // Only the latest of the three waiting requests is sent next.
    expect(w.updates.map((u) => u.walkM)).toEqual([800, 950]);
    expect(client.busy).toBe(true);
    w.reply(result(w.updates[1]!.seq, 950));
    expect(client.busy).toBe(false);
    expect(client.result?.walkM).toBe(950);
    // Sequence numbers grow, so a reply can be matched to its request.
    expect(w.updates[1]!.seq).toBeGreaterThan(w.updates[0]!.seq);
  });

  it('an update’s error keeps the client usable; an engine that could not be built is an error', () => {
    const { client, workers } = setup();
    client.start(DATA);
    const w = workers[0]!;
    w.reply({ type: 'ready', cells: 2, networkNodes: 0, buildMs: 3 });
    client.request(query(800));
    w.reply({ type: 'error', seq: w.updates[0]!.seq, message: 'bad candidates' });
    expect(client.status).toBe('ready');
    expect(client.busy).toBe(false);
    expect(client.error).toBe('bad candidates');
    client.request(query(900));
    expect(w.updates.map((u) => u.walkM)).toEqual([800, 900]);

    client.start(DATA);
    workers[1]!.reply({ type: 'error', seq: -1, message: 'no cells' });
    expect(client.status).toBe('error');
    expect(client.error).toBe('no cells');
  });

  it('shows the coverage at once and the suggestions when they follow; a newer request drops the old ones', () => {
    const { client, workers } = setup();
    client.start(DATA);
    const w = workers[0]!;
    w.reply({ type: 'ready', cells: 2, networkNodes: 0, buildMs: 3 });
    client.request(query(800));
    const first = w.updates[0]!.seq;
    w.reply({ ...result(first, 800), suggestions: null });
    expect(client.result?.walkM).toBe(800);
    expect(client.suggesting).toBe(true);
    // Not busy: the next request goes out at once (the worker then drops the old suggestions).
    expect(client.busy).toBe(false);
    const site = {
      lng: 139.7,
      lat: 35.7,
      name: '',
      rank: 1,
      extraCovered: 12,
      extraCovered65: null,
    };
    w.reply({ type: 'suggestions', seq: first, suggestions: [site], ms: 300 });
    expect(client.suggesting).toBe(false);
    expect(client.result?.suggestions).toEqual([site]);
    expect(client.result?.walkM).toBe(800);

    client.request(query(850));
    const second = w.updates[1]!.seq;
    w.reply({ ...result(second, 850), suggestions: null });
    // Late suggestions of an older result, and an older request's error, leave this one be.
    w.reply({ type: 'suggestions', seq: first, suggestions: [site], ms: 300 });
    expect(client.result?.suggestions).toBeNull();
    client.request(query(900));
    expect(client.busy).toBe(true);
    w.reply({ type: 'error', seq: second, message: 'late' });
    expect(client.busy).toBe(true);
    // Its own suggestions failing: none, with the reason.
    w.reply({ ...result(w.updates[2]!.seq, 900), suggestions: null });
    w.reply({ type: 'error', seq: w.updates[2]!.seq, message: 'reach failed' });
    expect(client.suggesting).toBe(false);
    expect(client.result?.suggestions).toEqual([]);
    expect(client.error).toBe('reach failed');
  });

  it('a worker that crashes is reported, with its message', () => {
    const { client, workers } = setup();
    client.start(DATA);
    workers[0]!.fail('out of memory');
    expect(client.status).toBe('error');
    expect(client.error).toBe('out of memory');
  });

  it('start replaces the worker (the old one is ended) and stop ends it and drops waiting requests', () => {
    const { client, workers } = setup();
    client.start(DATA);
    workers[0]!.reply({ type: 'ready', cells: 2, networkNodes: 0, buildMs: 3 });
    client.start(DATA);
    expect(workers[0]!.terminated).toBe(true);
    expect(client.status).toBe('building');
    // A late reply from the replaced worker changes nothing.
    workers[0]!.reply({ type: 'ready', cells: 99, networkNodes: 0, buildMs: 3 });
    expect(client.status).toBe('building');
    client.request(query(800));
    client.stop();
    expect(workers[1]!.terminated).toBe(true);
    expect(workers[1]!.updates).toHaveLength(0);
  });
});
