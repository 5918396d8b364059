/**
 * The coverage page's client for its Web Worker: sends the data once, then one update at a
 * time. While an update runs, newer requests replace each other (only the latest is sent
 * next), so a moving slider never queues stale work and the main thread stays free.
 */
import type { LayerWithFile } from '$lib/data-access/layers';
import type { AreaInput } from '$lib/geo/assign-cells-to-areas';
import type { PopulationCell } from '$lib/domain/types';
import type {
  CoverageRequest,
  CoverageResponse,
  CoverageResultMessage,
  CoverageUpdateMessage,
} from './coverage-protocol';
import CoverageWorker from './coverage.worker?worker';

export type CoverageStatus = 'idle' | 'building' | 'ready' | 'error';

/** What the page asks for: an update message without its type and sequence number. */
export type CoverageQuery = Omit<CoverageUpdateMessage, 'type' | 'seq'>;

export class CoverageClient {
  #status = $state<CoverageStatus>('idle');
  #error = $state('');
  #result = $state.raw<CoverageResultMessage | null>(null);
  #busy = $state(false);
  #cells = $state(0);
  #networkNodes = $state(0);

  #worker: Worker | null = null;
  #seq = 0;
  #pending: CoverageQuery | null = null;
  readonly #createWorker: () => Worker;

  /** @param createWorker makes the worker (tests pass a fake); by default the bundled coverage worker. */
  constructor(createWorker: () => Worker = () => new CoverageWorker()) {
    this.#createWorker = createWorker;
  }

  /** 'building' from `start` until the worker has built its engine; 'error' if that failed. */
  get status(): CoverageStatus {
    return this.#status;
  }

  /** The last error's message ('' when none); an update's error leaves the status 'ready'. */
  get error(): string {
    return this.#error;
  }

  /** The latest result; replaced, never mutated (its `suggestions` null until they follow). */
  get result(): CoverageResultMessage | null {
    return this.#result;
  }

  /** True while an update is computing. */
  get busy(): boolean {
    return this.#busy;
  }

  /** True while the latest result's suggestions are still being worked out (they follow it). */
  get suggesting(): boolean {
    return this.#result !== null && this.#result.suggestions === null;
  }

  /** Populated grid cells the worker counts (after 'ready'). */
  get cells(): number {
    return this.#cells;
  }

  /** Nodes of the walking-network graph (0 without a network). */
  get networkNodes(): number {
    return this.#networkNodes;
  }

  /** Starts the worker and hands it the data (population cells, districts, the walking network's layer). */
  start(data: {
    cells: PopulationCell[];
    areas: AreaInput[];
    networkLayer: LayerWithFile | null;
  }): void {
    this.stop();
    this.#status = 'building';
    this.#error = '';
    // One mesh size per grid: the first cell's (a city's table holds one size).
    const meshM = (data.cells[0]?.meshM ?? 100) as 100 | 250 | 500;
    const worker = this.#createWorker();
    worker.onmessage = (e: MessageEvent<CoverageResponse>) => {
      // A message from a worker already replaced (start called again) is stale.
      if (this.#worker === worker) this.#onMessage(e.data);
    };
    worker.onerror = (e) => {
      if (this.#worker !== worker) return;
      this.#status = 'error';
      this.#busy = false;
      this.#error = e.message || 'worker error';
    };
    this.#worker = worker;
    const init: CoverageRequest = {
      type: 'init',
      meshM,
      cells: data.cells
        .filter((c) => c.meshM === meshM)
        .map((c) => ({
          meshCode: c.meshCode,
          population: c.population,
          population65: c.population65,
        })),
      areas: data.areas,
      networkLayer: data.networkLayer,
    };
    worker.postMessage(init);
  }

  /** Asks for a new result; coalesces with any request not yet sent. */
  request(query: CoverageQuery): void {
    this.#pending = query;
    this.#flush();
  }

  /** Ends the worker; pending requests are dropped (the last result stays). */
  stop(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#busy = false;
    this.#pending = null;
  }

  #flush(): void {
    if (!this.#worker || this.#status !== 'ready' || this.#busy || !this.#pending) return;
    const q = this.#pending;
    this.#pending = null;
    this.#busy = true;
    const msg: CoverageRequest = { type: 'update', seq: ++this.#seq, ...q };
    this.#worker.postMessage(msg);
  }

  #onMessage(msg: CoverageResponse): void {
    if (msg.type === 'ready') {
      this.#status = 'ready';
      this.#cells = msg.cells;
      this.#networkNodes = msg.networkNodes;
    } else if (msg.type === 'result') {
      this.#busy = false;
      this.#error = '';
      this.#result = msg;
    } else if (msg.type === 'suggestions') {
      // Those of an older result (a newer one is shown, or on its way) are of no use.
      if (this.#result?.seq === msg.seq && this.#result.suggestions === null)
        this.#result = { ...this.#result, suggestions: msg.suggestions };
    } else {
      // Working out the shown result's suggestions failed: it has none, and says why.
      if (this.#result?.seq === msg.seq && this.#result.suggestions === null)
        this.#result = { ...this.#result, suggestions: [] };
      // Only the update in flight (the latest sent) ends with its error.
      if (msg.seq === this.#seq || msg.seq < 0) this.#busy = false;
      // seq -1: building the engine failed, so no update can run.
      if (msg.seq < 0) this.#status = 'error';
      this.#error = msg.message;
    }
    this.#flush();
  }
}
