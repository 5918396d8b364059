/**
 * State of the open-data page (/open-data): the credits of every imported data source, and
 * the public directory read afresh for each download (what anyone may read; the exporters
 * filter to public records again).
 */
import { gateway } from '$lib/data-access/browser-gateway';
import { listDataSources } from '$lib/data-access/apply-import';
import { readPublicDirectory } from '$lib/data-access/export-directory';
import type { ExistingDataSource } from '$lib/import/plan-import';
import { Loader } from '$lib/state/loader.svelte';

export class OpenDataPage {
  /** Null until read; empty when none (or when they cannot be read: credits are optional). */
  sources = $state.raw<ExistingDataSource[] | null>(null);

  readonly credits = new Loader({
    fetch: () => listDataSources(gateway).catch((): ExistingDataSource[] => []),
    apply: (list: ExistingDataSource[]) => (this.sources = list),
  });

  /** The public directory for one download; with the districts' boundaries when asked. */
  readDirectory(opts: { districtBoundaries: boolean }): ReturnType<typeof readPublicDirectory> {
    return readPublicDirectory(gateway, opts);
  }
}
