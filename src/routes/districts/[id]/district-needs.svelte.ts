/**
 * Data of the district profile's needs section (issue #19): the district's needs of the last
 * 12 months against the places and groups serving it, per service type. Staff only: for anyone
 * else nothing is read (needs are staff data) and the section is not shown.
 */
import { gateway } from '$lib/data-access/browser-gateway';
import { listNeeds } from '$lib/data-access/needs';
import { needsAgainstSupply, type NeedsSupplyCell } from '$lib/domain/needs-against-supply';
import type { ServiceType } from '$lib/domain/types';
import { Loader, type LoadStatus } from '$lib/state/loader.svelte';
import { session } from '$lib/state/session.svelte';
import { isStaffRole, todayInJapan } from '../../needs/needs-page.svelte';

/** Judgements in the order a council reads them: the gaps first. */
const ORDER = ['unmet', 'thin', 'met', 'supply_only', 'none'];

export interface DistrictNeedRow {
  type: ServiceType;
  cell: NeedsSupplyCell;
}

export class DistrictNeeds {
  /** Service types with needs recorded in the window, gaps first. */
  rows = $state.raw<DistrictNeedRow[]>([]);
  from = $state('');
  to = $state('');

  readonly loader = new Loader({
    fetch: async (districtId: string) => {
      if (!isStaffRole(session.role) || !districtId) return null;
      const asOf = todayInJapan();
      const [types, resources, needs] = await Promise.all([
        gateway.listServiceTypes(),
        gateway.listResources(),
        listNeeds(gateway, { districtId }),
      ]);
      const sorted = [...types].sort((a, b) => a.sortOrder - b.sortOrder);
      const m = needsAgainstSupply({
        needs,
        resources,
        districtIds: [districtId],
        serviceTypeIds: sorted.map((t) => t.id),
        asOf,
      });
      const rows = (m.cells[0] ?? [])
        .map((cell, j) => ({ type: sorted[j]!, cell }))
        .filter((r) => r.cell.records > 0)
        .sort((a, b) => ORDER.indexOf(a.cell.gap) - ORDER.indexOf(b.cell.gap));
      return { rows, from: m.from, to: m.to };
    },
    apply: (r) => {
      this.rows = r?.rows ?? [];
      this.from = r?.from ?? '';
      this.to = r?.to ?? '';
    },
    session,
  });

  get status(): LoadStatus {
    return this.loader.status;
  }

  get staff(): boolean {
    return isStaffRole(session.role);
  }

  /** Follows the district `districtId()` names, and sign-ins. Call during component initialisation. */
  follow(districtId: () => string): void {
    this.loader.follow(() => [districtId()]);
  }
}
