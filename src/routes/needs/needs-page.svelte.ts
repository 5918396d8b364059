/**
 * Data of the needs matrix (/needs, issue #19): districts, the taxonomy, every resource (for
 * supply: a group based elsewhere may serve a district) and the needs of the longest period
 * the page offers. Needs are staff data: for anyone else nothing is read and `staff` is false,
 * so the page says to sign in instead of showing an empty matrix that would read "no needs".
 */
import { gateway } from '$lib/data-access/browser-gateway';
import { listNeeds } from '$lib/data-access/needs';
import { dayNumberToIso, isoToDayNumber, tokyoIsoDate } from '$lib/domain/iso-date';
import type { Area, Need, Resource, ServiceType } from '$lib/domain/types';
import { Loader, type LoadStatus } from '$lib/state/loader.svelte';
import { session } from '$lib/state/session.svelte';

/** The periods the page offers, in months; needs are read for the longest. */
export const NEEDS_PERIODS_MONTHS = [3, 6, 12, 24] as const;

/** Whether the signed-in role may read needs (the collection's list rule). */
export function isStaffRole(role: string | null): boolean {
  return role === 'admin' || role === 'coordinator' || role === 'care_manager';
}

/** Today's date in Japan, ISO (a plain value: the matrix need not react to the clock). */
export function todayInJapan(): string {
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once; nothing reacts to it
  return tokyoIsoDate(new Date());
}

export class NeedsPage {
  districts = $state.raw<Area[]>([]);
  serviceTypes = $state.raw<ServiceType[]>([]);
  resources = $state.raw<Resource[]>([]);
  needs = $state.raw<Need[]>([]);
  /** ISO date in Japan the matrix is computed as of (the day the data was read). */
  asOf = $state('');

  readonly loader = new Loader({
    fetch: async () => {
      const asOf = todayInJapan();
      if (!isStaffRole(session.role))
        return { asOf, districts: [], types: [], resources: [], needs: [] };
      // 24 months and a few days back covers the longest period's window.
      const from = dayNumberToIso(isoToDayNumber(asOf) - 24 * 31);
      const [districts, types, resources, needs] = await Promise.all([
        gateway.listAreas({ kind: 'district' }),
        gateway.listServiceTypes(),
        gateway.listResources(),
        listNeeds(gateway).then((all) => all.filter((n) => n.observedOn >= from)),
      ]);
      return { asOf, districts, types, resources, needs };
    },
    apply: (r) => {
      this.asOf = r.asOf;
      this.districts = [...r.districts].sort(
        (a, b) => a.code.localeCompare(b.code) || a.name.localeCompare(b.name, 'ja'),
      );
      this.serviceTypes = [...r.types].sort((a, b) => a.sortOrder - b.sortOrder);
      this.resources = r.resources;
      this.needs = r.needs;
    },
    session,
  });

  get status(): LoadStatus {
    return this.loader.status;
  }

  get staff(): boolean {
    return isStaffRole(session.role);
  }

  /** Loads now and again whenever someone signs in or out. Call during component initialisation. */
  follow(): void {
    this.loader.follow(() => []);
  }
}
