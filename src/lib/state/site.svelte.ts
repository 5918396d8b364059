/**
 * The deployment's city and settings (name, fictional flag, attribution, contact, walking
 * distance, basemap), loaded once for the header, the fictional-data banner, the footer, the
 * maps and every page that speaks of walking distance. Admins change them on /admin/settings,
 * which reloads this state.
 */
import { loadGateway, publicReads } from '$lib/data-access/browser-reads';
import type { Site } from '$lib/data-access/to-site';
import { session } from './session.svelte';
import { effectiveWalk, walkMinutes, type WalkSetting } from '$lib/domain/site-settings';
import {
  DEFAULT_STALENESS,
  stalenessStage,
  type StalenessSettings,
  type StalenessStage,
} from '$lib/domain/staleness-stage';

import { Loader, type LoadStatus } from './loader.svelte';

/** Kept here too for the files that import it from the site state. */
export type { LoadStatus };

export class SiteState {
  site = $state.raw<Site | null>(null);
  readonly #loader = new Loader({
    fetch: () =>
      session.readsSnapshots ? publicReads.site() : loadGateway().then((g) => g.getSite()),
    apply: (s: Site | null) => (this.site = s),
    // Reloaded when the session changes, and when the public data changed (a repeat visit
    // served the last visit's shell, session.publicDataChanged).
    session,
  });

  get status(): LoadStatus {
    return this.#loader.status;
  }

  get error(): string {
    return this.#loader.error;
  }

  /**
   * Loads the site once per session generation; later calls reuse the request unless `force`
   * is set.
   */
  load(force = false): Promise<void> {
    return force ? this.#loader.load() : this.#loader.ensure();
  }

  get fictional(): boolean {
    return this.site?.fictional === true;
  }

  /** The city's name in the given language ('' before the site is known). */
  cityName(lang: 'ja' | 'en'): string {
    const s = this.site;
    if (!s) return '';
    return lang === 'en' && s.cityNameEn ? s.cityNameEn : s.cityName;
  }

  /** The site's walking distance and pace (the defaults until the site sets its own). */
  get walk(): WalkSetting {
    return effectiveWalk(this.site);
  }

  /** The site's staleness months (the defaults until the site sets its own). */
  get staleness(): StalenessSettings {
    return this.site?.staleness ?? DEFAULT_STALENESS;
  }

  /** How stale a record confirmed at `lastVerifiedAt` ('' = never) is now, by the site's months. */
  stalenessOf(lastVerifiedAt: string, now?: Date): StalenessStage {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a read of the clock, never mutated
    return stalenessStage(lastVerifiedAt, now ?? new Date(), this.staleness);
  }

  /** Minutes to walk the site's walking distance at its pace. */
  get walkMinutes(): number {
    return walkMinutes(this.walk);
  }

  /** Attribution lines, blank lines dropped. */
  get attributionLines(): string[] {
    return (this.site?.attribution ?? '')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
  }
}

export const siteState = new SiteState();
