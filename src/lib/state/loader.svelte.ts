/**
 * The one way a state class loads data: a status and an error text for the page, a retry,
 * and a reload when someone signs in or out (staff may see more records than a visitor).
 *
 * A loader splits loading in two: `fetch` reads (through the gateway) and returns the
 * data; `apply` puts it into the state class's own `$state` fields. Only the newest load's
 * data is applied, so a slow answer for district A never overwrites district B shown since.
 *
 * @example
 * export class CouncilsPage {
 *   meetings = $state.raw<CouncilMeeting[]>([]);
 *   readonly loader = new Loader({
 *     fetch: () => gateway.listCouncilMeetings(),
 *     apply: (meetings) => (this.meetings = meetings),
 *     session, // reload after a sign-in or sign-out
 *   });
 * }
 * // in the page: `data.loader.follow(() => [])`, then
 * // <LoadNotice status={data.loader.status} onretry={() => data.loader.retry()} />
 *
 * A state class's spec test passes a fake gateway and starts with the line
 * `// @vitest-environment happy-dom`, so that Svelte's client runtime runs its `$effect`s
 * (see loader.svelte.test.ts).
 */
import { untrack } from 'svelte';
import { errorMessage } from '$lib/domain/error-message';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface LoaderOptions<A extends unknown[], T> {
  /** Reads the data; throw to fail the load (the error text is kept in `error`). */
  fetch: (...args: A) => Promise<T>;
  /** Puts the newest load's data into the state class (never called for a superseded load). */
  apply: (value: T, ...args: A) => void;
  /**
   * What the data depends on besides the arguments: the session, whose `generation` is bumped
   * on every sign-in and sign-out. A loaded result is stale once the generation changes, and
   * `follow` reloads then. Leave out for data everyone sees alike.
   */
  session?: { readonly generation: number };
  /**
   * Empties the state class's data. Called when a load for another session fails (after a
   * sign-out, staff reads are refused): what one person was shown must not stay in memory,
   * on a shared computer, behind the next person's error. Leave out for public data.
   */
  forget?: () => void;
}

export class Loader<A extends unknown[] = [], T = unknown> {
  /** 'idle' before the first load; stays 'ready' while a loaded result is refreshed. */
  status = $state<LoadStatus>('idle');
  /** The last failure's text ('' unless `status` is 'error'). */
  error = $state('');

  readonly #opts: LoaderOptions<A, T>;
  #seq = 0;
  #args: A | null = null;
  /** The arguments and session generation of the data applied (or being loaded). */
  #key = '';
  #pending: Promise<void> | null = null;
  /** The session generation of the data last applied (null: none applied). */
  #appliedGeneration: number | null = null;

  constructor(opts: LoaderOptions<A, T>) {
    this.#opts = opts;
  }

  get ready(): boolean {
    return this.status === 'ready';
  }

  /**
   * Loads now. The newest call wins: an earlier call still running has its data dropped.
   * Never rejects; a failure sets `status` 'error' and `error`. When the same arguments are
   * loaded again (a refresh), `status` stays 'ready' and the old data stays shown meanwhile.
   */
  load(...args: A): Promise<void> {
    const seq = ++this.#seq;
    const key = this.#keyOf(args);
    if (!(this.status === 'ready' && key === this.#key)) this.status = 'loading';
    this.#args = args;
    this.#key = key;
    const generation = this.#opts.session?.generation ?? 0;
    const run = (async () => {
      try {
        const value = await this.#opts.fetch(...args);
        if (seq !== this.#seq) return;
        this.#opts.apply(value, ...args);
        this.#appliedGeneration = generation;
        this.error = '';
        this.status = 'ready';
      } catch (err) {
        if (seq !== this.#seq) return;
        if (this.#appliedGeneration !== null && this.#appliedGeneration !== generation) {
          this.#opts.forget?.();
          this.#appliedGeneration = null;
        }
        this.error = errorMessage(err);
        this.status = 'error';
      } finally {
        if (seq === this.#seq) this.#pending = null;
      }
    })();
    this.#pending = run;
    return run;
  }

  /**
   * Loads unless these arguments are already loaded or loading for the current session: the
   * cheap call for pages that share one state object. After an error it loads again.
   */
  ensure(...args: A): Promise<void> {
    if (this.#keyOf(args) === this.#key && this.status !== 'error' && this.status !== 'idle') {
      return this.#pending ?? Promise.resolve();
    }
    return this.load(...args);
  }

  /** Loads again with the last arguments (the retry button); nothing before a first load. */
  retry(): Promise<void> {
    return this.#args ? this.load(...this.#args) : Promise.resolve();
  }

  /**
   * Keeps the data on `args()`: loads now and again whenever they change or the session
   * changes. `args()` returning null means there is nothing to load yet (the data stays as it
   * is). Call during component initialisation (it creates an `$effect`).
   */
  follow(args: () => A | null): void {
    $effect(() => {
      const a = args();
      void this.#opts.session?.generation;
      if (a) untrack(() => void this.ensure(...a));
    });
  }

  #keyOf(args: A): string {
    return `${this.#opts.session?.generation ?? 0}|${JSON.stringify(args)}`;
  }
}
