/**
 * The coverage Web Worker: builds the engine (grid, area assignment, network graph) once on
 * `init`, then answers each `update` with totals, per-area rows, gap shapes and suggestions
 * (those that take longer in a `suggestions` message after it), so the page's main thread
 * never does the geometry.
 */
import {
  createCoverageEngine,
  type CoverageEngine,
  type CoverageParams,
} from '$lib/geo/coverage-engine';
import { fetchLayerGeoJson } from '$lib/data-access/layers';
import { gridEntriesFromMeshCodes, populationGrid } from '$lib/geo/population-grid';
import type { SiteSuggestion } from '$lib/geo/suggest-sites';
import type { CoverageInitMessage, CoverageRequest, CoverageResponse } from './coverage-protocol';
import { errorMessage } from '$lib/domain/error-message';
import { IdleSteps } from './idle-steps';

let engine: CoverageEngine | null = null;
/**
 * Work between requests: the rest of the last update's suggestions, then the slider's
 * neighbouring distances (see `nextWalkM`). Any request cancels it.
 */
const idle = new IdleSteps();

/** How long an update may spend on its suggestions before the coverage is sent without them, ms. */
const SUGGESTIONS_WITH_RESULT_MS = 30;

/** Steps the rest of an update's suggestions (idle work), then sends them (or why not). */
function* finish(
  seq: number,
  steps: Iterator<void, SiteSuggestion[], void>,
  t0: number,
): Generator<void, void, void> {
  for (;;) {
    let step: IteratorResult<void, SiteSuggestion[]>;
    try {
      step = steps.next();
    } catch (err) {
      reply({ type: 'error', seq, message: errorMessage(err) });
      return;
    }
    if (step.done) {
      reply({ type: 'suggestions', seq, suggestions: step.value, ms: performance.now() - t0 });
      return;
    }
    yield;
  }
}

function reply(msg: CoverageResponse): void {
  (self as unknown as { postMessage(m: CoverageResponse): void }).postMessage(msg);
}

/**
 * Builds the engine. The walking network is downloaded and parsed here: a city's roads are
 * megabytes of JSON that the page's thread would otherwise parse and then copy into the worker
 * (on Takasaki about 40 ms and 90 ms on a desktop, four times that on a slow laptop). The page
 * sends no update before `ready`.
 */
async function init(msg: CoverageInitMessage): Promise<void> {
  try {
    const t0 = performance.now();
    const network = msg.networkLayer ? await fetchLayerGeoJson(msg.networkLayer) : null;
    const grid = populationGrid(gridEntriesFromMeshCodes(msg.cells, msg.meshM), msg.meshM);
    engine = createCoverageEngine({ grid, areas: msg.areas, network });
    reply({
      type: 'ready',
      cells: grid.n,
      networkNodes: engine.graph?.nodeCount ?? 0,
      buildMs: performance.now() - t0,
    });
  } catch (err) {
    reply({ type: 'error', seq: -1, message: errorMessage(err) });
  }
}

self.onmessage = (event: MessageEvent<CoverageRequest>) => {
  const msg = event.data;
  // A request goes before any idle work; the work done so far stays cached.
  idle.cancel();
  if (msg.type === 'init') {
    void init(msg);
    return;
  }
  if (!engine) {
    reply({ type: 'error', seq: msg.seq, message: 'coverage worker used before init' });
    return;
  }
  try {
    const t0 = performance.now();
    const mode = msg.mode === 'network' && engine.graph ? 'network' : 'straight';
    const params: CoverageParams = {
      places: msg.places,
      walkM: msg.walkM,
      mode,
      suggest:
        msg.suggestK > 0
          ? {
              k: msg.suggestK,
              candidates: msg.candidates,
              weight: engine.grid.has65 ? 'population65' : 'population',
            }
          : undefined,
    };
    const { result: r, suggestions } = engine.begin(params);
    // Suggestions that come quickly (straight lines, or reach sets the idle work searched
    // already) go with the coverage; slower ones follow in their own message, so the map and
    // the district table never wait for the greedy (on a real city along roads, a first
    // search costs a few hundred milliseconds; on a slow laptop, seconds).
    let done: SiteSuggestion[] | null = suggestions ? null : [];
    const budgetEnd = performance.now() + SUGGESTIONS_WITH_RESULT_MS;
    while (suggestions && done === null && performance.now() < budgetEnd) {
      const step = suggestions.next();
      if (step.done) done = step.value;
    }
    reply({
      type: 'result',
      seq: msg.seq,
      walkM: r.walkM,
      mode: r.mode,
      totals: r.totals,
      areas: r.areas,
      gaps: r.gaps!,
      suggestions: done,
      ms: performance.now() - t0,
    });
    // Only suggestions along the network cache enough to be worth it: on a real city an
    // update that searches anew costs 150–600 ms, one found in the caches 25 ms. Likely next:
    // along roads, the slider's neighbours; in a straight line, the switch to along roads.
    const e = engine;
    const rest: Iterator<unknown, unknown, void>[] = [];
    if (suggestions && done === null) rest.push(finish(msg.seq, suggestions, t0));
    if (params.suggest && e.graph) {
      const next =
        mode === 'network'
          ? (msg.nextWalkM ?? []).map((walkM) => ({ ...params, walkM }))
          : [{ ...params, mode: 'network' as const }];
      rest.push(...next.map((p) => e.prepare(p)));
    }
    idle.start(rest);
  } catch (err) {
    reply({ type: 'error', seq: msg.seq, message: errorMessage(err) });
  }
};
