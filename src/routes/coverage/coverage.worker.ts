/**
 * The coverage Web Worker: builds the engine (grid, area assignment, network graph) once on
 * `init`, then answers each `update` with totals, per-area rows, gap shapes and suggestions,
 * so the page's main thread never does the geometry.
 */
import {
  createCoverageEngine,
  type CoverageEngine,
  type CoverageParams,
} from '$lib/geo/coverage-engine';
import { gridEntriesFromMeshCodes, populationGrid } from '$lib/geo/population-grid';
import type { CoverageRequest, CoverageResponse } from './coverage-protocol';
import { errorMessage } from '$lib/domain/error-message';
import { IdleSteps } from './idle-steps';

let engine: CoverageEngine | null = null;
/** The slider's neighbouring distances, got ready between updates (see `nextWalkM`). */
const idle = new IdleSteps();

function reply(msg: CoverageResponse): void {
  (self as unknown as { postMessage(m: CoverageResponse): void }).postMessage(msg);
}

self.onmessage = (event: MessageEvent<CoverageRequest>) => {
  const msg = event.data;
  // A request goes before any idle work; the work done so far stays cached.
  idle.cancel();
  if (msg.type === 'init') {
    try {
      const t0 = performance.now();
      const grid = populationGrid(gridEntriesFromMeshCodes(msg.cells, msg.meshM), msg.meshM);
      engine = createCoverageEngine({ grid, areas: msg.areas, network: msg.network });
      reply({
        type: 'ready',
        cells: grid.n,
        networkNodes: engine.graph?.nodeCount ?? 0,
        buildMs: performance.now() - t0,
      });
    } catch (err) {
      reply({ type: 'error', seq: -1, message: errorMessage(err) });
    }
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
    const r = engine.update(params);
    reply({
      type: 'result',
      seq: msg.seq,
      walkM: r.walkM,
      mode: r.mode,
      totals: r.totals,
      areas: r.areas,
      gaps: r.gaps!,
      suggestions: r.suggestions ?? [],
      ms: performance.now() - t0,
    });
    // Only suggestions along the network cache enough to be worth it: on a real city an
    // update that searches anew costs 150–600 ms, one found in the caches 25 ms. Likely next:
    // along roads, the slider's neighbours; in a straight line, the switch to along roads.
    const e = engine;
    if (params.suggest && e.graph) {
      const next =
        mode === 'network'
          ? (msg.nextWalkM ?? []).map((walkM) => ({ ...params, walkM }))
          : [{ ...params, mode: 'network' as const }];
      idle.start(next.map((p) => e.prepare(p)));
    }
  } catch (err) {
    reply({ type: 'error', seq: msg.seq, message: errorMessage(err) });
  }
};
