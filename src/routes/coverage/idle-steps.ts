/**
 * Work a Web Worker does while it has nothing else to do, a few milliseconds at a time: it
 * steps iterators (one after another) in slices of `sliceMs`, and between slices gives the
 * event loop back, so a message that arrives is answered after at most one slice. The
 * coverage worker uses it to get the slider's neighbouring distances ready (the engine's
 * `prepare`) after each update; a new request cancels what is left.
 */
export class IdleSteps {
  #queue: Iterator<unknown, unknown, void>[] = [];
  #scheduled = false;
  readonly #sliceMs: number;
  readonly #now: () => number;
  readonly #schedule: (run: () => void) => void;
  readonly #onError: (err: unknown) => void;

  /**
   * @param opts.sliceMs longest run between two returns to the event loop, ms (default 8)
   * @param opts.now clock in ms (default `performance.now`)
   * @param opts.schedule runs a slice later (default `setTimeout(run, 0)`)
   * @param opts.onError told when a step throws; the rest of the work is dropped (default:
   *   nothing, since idle work only prepares what a later request computes anyway)
   */
  constructor(
    opts: {
      sliceMs?: number;
      now?: () => number;
      schedule?: (run: () => void) => void;
      onError?: (err: unknown) => void;
    } = {},
  ) {
    this.#sliceMs = opts.sliceMs ?? 8;
    this.#now = opts.now ?? (() => performance.now());
    this.#schedule = opts.schedule ?? ((run) => void setTimeout(run, 0));
    this.#onError = opts.onError ?? (() => {});
  }

  /** True while work is left. */
  get pending(): boolean {
    return this.#queue.length > 0;
  }

  /** Replaces any work not done yet with `work`, stepped in that order from the next slice. */
  start(work: Iterator<unknown, unknown, void>[]): void {
    this.#queue = [...work];
    if (this.#queue.length > 0 && !this.#scheduled) {
      this.#scheduled = true;
      this.#schedule(() => this.#slice());
    }
  }

  /** Drops the work not done yet. */
  cancel(): void {
    this.#queue = [];
  }

  #slice(): void {
    this.#scheduled = false;
    const end = this.#now() + this.#sliceMs;
    try {
      while (this.#queue.length > 0 && this.#now() < end) {
        if (this.#queue[0]!.next().done) this.#queue.shift();
      }
    } catch (err) {
      this.#queue = [];
      this.#onError(err);
    }
    if (this.#queue.length > 0) {
      this.#scheduled = true;
      this.#schedule(() => this.#slice());
    }
  }
}
