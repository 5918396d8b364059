/**
 * `npm start` keeps PocketBase running (issue #11): when the PocketBase process dies (a crash,
 * an out-of-memory kill, `kill -9`), it is started again after a back-off and the console says
 * so. The back-off doubles from 1 s to 30 s while PocketBase keeps dying, and starts again at
 * 1 s once it has stayed up for a minute, so a crash loop does not spin and a rare crash is
 * repaired at once.
 */
import { servePocketBase, type RunningPocketBase } from './pocketbase-process';
import { errorMessage } from '../../src/lib/domain/error-message';

/** Back-off settings in milliseconds. */
export interface BackoffMs {
  /** Wait before the first restart. */
  initial: number;
  /** Longest wait. */
  max: number;
  /** Up this long counts as healthy: the next failure waits `initial` again. */
  healthy: number;
}

export const DEFAULT_BACKOFF_MS: BackoffMs = { initial: 1000, max: 30_000, healthy: 60_000 };

/**
 * The wait before the next restart.
 * @param previousMs the wait before the last restart (0 when there was none yet).
 * @param upMs how long PocketBase ran before it died.
 */
export function nextBackoffMs(
  previousMs: number,
  upMs: number,
  backoff: BackoffMs = DEFAULT_BACKOFF_MS,
): number {
  if (previousMs <= 0 || upMs >= backoff.healthy) return backoff.initial;
  return Math.min(previousMs * 2, backoff.max);
}

export interface SupervisedPocketBase {
  url: string;
  /** The PocketBase process running now (null while waiting to restart). */
  current(): RunningPocketBase | null;
  /** Stops supervising and stops PocketBase (no restart after this). */
  stop(): Promise<void>;
}

/**
 * Starts PocketBase on `dataDir` and restarts it whenever it exits on its own.
 * Resolves once the first start is ready; rejects when that first start fails (a broken
 * data directory or a port in use is reported, not retried forever).
 * @param opts.onStart called with each new PocketBase process (e.g. to record its pid).
 */
export async function supervisePocketBase(opts: {
  dataDir: string;
  host: string;
  port: number;
  quiet?: boolean;
  backoff?: BackoffMs;
  log?: (msg: string) => void;
  onStart?: (pb: RunningPocketBase) => void;
}): Promise<SupervisedPocketBase> {
  const log = opts.log ?? ((m: string) => console.log(m));
  const backoff = opts.backoff ?? DEFAULT_BACKOFF_MS;
  let current: RunningPocketBase | null = null;
  let stopping = false;
  let timer: NodeJS.Timeout | null = null;
  let waitMs = 0;
  let restarts = 0;
  /** A restart in progress (stop() waits for it, then stops what it started). */
  let starting: Promise<void> | null = null;

  const watch = (pb: RunningPocketBase, startedAt: number): void => {
    current = pb;
    opts.onStart?.(pb);
    pb.process.once('exit', (code, signal) => {
      const upMs = Date.now() - startedAt;
      // Ctrl-C in a terminal reaches PocketBase and this process together: give our own signal
      // handler (which calls stop()) a moment, so that a shutdown is not reported as a crash.
      setTimeout(() => {
        if (stopping) return;
        current = null;
        waitMs = nextBackoffMs(waitMs, upMs, backoff);
        restarts++;
        const how = signal ? `was killed (${signal})` : `exited with code ${code}`;
        log(`PocketBase ${how}; restarting it in ${waitMs / 1000} s (restart ${restarts}).`);
        schedule();
      }, 250);
    });
  };

  const schedule = (): void => {
    timer = setTimeout(() => {
      timer = null;
      if (stopping) return;
      const startedAt = Date.now();
      starting = servePocketBase({
        dataDir: opts.dataDir,
        host: opts.host,
        port: opts.port,
        quiet: opts.quiet,
      }).then(
        async (pb) => {
          starting = null;
          if (stopping) {
            await pb.stop();
            return;
          }
          log(`PocketBase is running again on ${pb.url} (restart ${restarts}).`);
          watch(pb, startedAt);
        },
        (err: unknown) => {
          starting = null;
          if (stopping) return;
          waitMs = nextBackoffMs(waitMs, 0, backoff);
          restarts++;
          const why = errorMessage(err).split('\n')[0];
          log(
            `PocketBase could not be restarted (${why}); trying again in ${waitMs / 1000} s (restart ${restarts}).`,
          );
          schedule();
        },
      );
    }, waitMs);
  };

  const first = await servePocketBase({
    dataDir: opts.dataDir,
    host: opts.host,
    port: opts.port,
    quiet: opts.quiet,
  });
  watch(first, Date.now());

  return {
    url: first.url,
    current: () => current,
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      await starting;
      await current?.stop();
    },
  };
}
