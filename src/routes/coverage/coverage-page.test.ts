/**
 * The coverage page's state against a fake loader (no gateway): what loading sets, how the
 * walking distance follows the site until the slider moves, and the worker query it makes.
 */
import { describe, expect, it } from 'vitest';
import type { LayerWithFile } from '$lib/data-access/layers';
import type { PopulationCell } from '$lib/domain/types';
import { CoveragePage, type CoverageInputs } from './coverage-page.svelte';

const CELLS: PopulationCell[] = [
  { meshCode: '5339452211', meshM: 100, population: 30, population65: 9, year: 2020 },
];
const NETWORK: LayerWithFile = {
  id: 'n1',
  name: '道路',
  kind: 'walk_network',
  source: '',
  licence: '',
  attribution: '',
  fileUrl: 'http://127.0.0.1:8090/api/files/layers/n1/roads.geojson',
};
const HALLS = {
  id: 'l1',
  name: '公民館・集会所',
  sites: [{ lng: 139.7, lat: 35.7, name: '中央公民館' }],
};

const inputs = (over: Partial<CoverageInputs> = {}): CoverageInputs => ({
  cells: CELLS,
  fromTowns: false,
  networkLayer: null,
  candidateLayers: [],
  ...over,
});

describe('CoveragePage', () => {
  it('loads the inputs and offers the first candidate layer (halls) for suggestions', async () => {
    const page = new CoveragePage(800, {
      load: async () => inputs({ networkLayer: NETWORK, candidateLayers: [HALLS] }),
    });
    expect(page.cells).toBeNull();
    await page.load();
    expect(page.cells).toEqual(CELLS);
    expect(page.networkLayer).toBe(NETWORK);
    expect(page.candidateLayerId).toBe('l1');
    expect(page.selectedLayer?.name).toBe('公民館・集会所');
    expect(page.loadError).toBe('');
  });

  it('a failed load leaves no cells (the page says so) and the message', async () => {
    const page = new CoveragePage(800, {
      load: async () => {
        throw new Error('HTTP 500');
      },
    });
    await page.load();
    expect(page.cells).toEqual([]);
    expect(page.loadError).toBe('HTTP 500');
  });

  it('follows the site’s walking distance until the user moves the slider', () => {
    const page = new CoveragePage(800, { load: async () => inputs() });
    page.followSiteWalk(750);
    expect(page.walkM).toBe(750);
    page.setWalk(1000);
    page.followSiteWalk(600);
    expect(page.walkM).toBe(1000);
  });

  it('asks for network distances only when a walking network is loaded, and for cells when no layer is chosen', async () => {
    const page = new CoveragePage(800, { load: async () => inputs() });
    await page.load();
    page.mode = 'network';
    expect(page.query([[139.7, 35.7]], 80)).toEqual({
      places: [[139.7, 35.7]],
      walkM: 800,
      mode: 'straight',
      suggestK: 3,
      candidates: undefined,
      // The slider's neighbours, 50 m either side.
      nextWalkM: [850, 750],
    });
    // In minutes, one minute at the site's pace either side.
    page.unit = 'min';
    expect(page.query([[139.7, 35.7]], 80).nextWalkM).toEqual([880, 720]);

    const withNetwork = new CoveragePage(800, {
      load: async () => inputs({ networkLayer: NETWORK, candidateLayers: [HALLS] }),
    });
    await withNetwork.load();
    withNetwork.mode = 'network';
    const q = withNetwork.query([[139.7, 35.7]], 80);
    expect(q.mode).toBe('network');
    expect(q.candidates).toEqual(HALLS.sites);
  });
});
