/**
 * The deployment's settings that live in the `site` record (issue #11): the one walking
 * distance and pace every page uses, who runs the site, and the basemap. Pure.
 *
 * The limits repeat pb_hooks/lib/site-settings.js (the server stays the authority);
 * tests/integration/site-settings.test.ts checks the server against these constants.
 */

/** The basemap under the residents' maps: none (offline), 地理院タイル淡色地図, or an uploaded PMTiles file. */
export const BASEMAPS = ['none', 'gsi', 'pmtiles'] as const;
export type Basemap = (typeof BASEMAPS)[number];

/** The site's walking distance: metres along streets, at a pace in metres per minute. */
export interface WalkSetting {
  walkM: number;
  walkMPerMin: number;
}

/**
 * Used while the site has no value of its own (0 in the database): 800 m at 50 m/min, i.e.
 * 16 minutes — older residents walk 40–60 m/min and 10–15 minutes is "walkable" (DOMAIN.md).
 */
export const DEFAULT_WALK: WalkSetting = { walkM: 800, walkMPerMin: 50 };

/** Whole metres and metres per minute; the same ranges as the server hook. */
export const WALK_LIMITS = {
  walkM: { min: 100, max: 3000 },
  walkMPerMin: { min: 30, max: 100 },
} as const;

/** Daily backups: how many to keep. */
export const BACKUP_LIMITS = { keep: { min: 1, max: 100 } } as const;

/**
 * The walking setting to use: the stored values, each falling back to {@link DEFAULT_WALK}
 * when not set (0, null) or outside {@link WALK_LIMITS}.
 */
export function effectiveWalk(
  stored: { walkM: number | null; walkMPerMin: number | null } | null,
): WalkSetting {
  const ok = (v: number | null | undefined, r: { min: number; max: number }): v is number =>
    typeof v === 'number' && Number.isInteger(v) && v >= r.min && v <= r.max;
  return {
    walkM: ok(stored?.walkM, WALK_LIMITS.walkM) ? stored.walkM : DEFAULT_WALK.walkM,
    walkMPerMin: ok(stored?.walkMPerMin, WALK_LIMITS.walkMPerMin)
      ? stored.walkMPerMin
      : DEFAULT_WALK.walkMPerMin,
  };
}

/** Minutes to walk `walk.walkM` at its pace, rounded to whole minutes (at least 1). */
export function walkMinutes(walk: WalkSetting): number {
  return Math.max(1, Math.round(walk.walkM / walk.walkMPerMin));
}

/**
 * The walking ring drawn around a resident's home: the site's walking time, walked at the
 * resident's own pace. At the site's pace it is exactly the site's distance.
 * @param paceMPerMin the resident's pace (metres per minute)
 * @returns `minutes` (rounded, as shown) and `walkM`, metres along streets (rounded)
 */
export function walkRing(
  walk: WalkSetting,
  paceMPerMin: number,
): { minutes: number; walkM: number } {
  return {
    minutes: walkMinutes(walk),
    walkM: Math.round((walk.walkM / walk.walkMPerMin) * paceMPerMin),
  };
}

/** Field → error code (`required`, `range`, `not_integer`, `invalid`). */
export type SiteSettingsErrors = Partial<
  Record<
    'cityName' | 'walkM' | 'walkMPerMin' | 'contactEmail' | 'basemapFile' | 'backupKeep',
    string
  >
>;

export interface SiteSettingsInput {
  cityName: string;
  walkM: number;
  walkMPerMin: number;
  contactEmail: string;
  basemap: Basemap;
  /** Whether a PMTiles file is stored or chosen for upload. */
  hasPmtilesFile: boolean;
  /** Name of a file chosen for upload ('' when none). */
  pmtilesFileName: string;
}

function rangeError(v: number, r: { min: number; max: number }): string | undefined {
  if (!Number.isFinite(v)) return 'required';
  if (!Number.isInteger(v)) return 'not_integer';
  return v < r.min || v > r.max ? 'range' : undefined;
}

/** Checks the settings form before saving; an empty object means it may be saved. */
export function validateSiteSettings(input: SiteSettingsInput): SiteSettingsErrors {
  const errors: SiteSettingsErrors = {};
  if (!input.cityName.trim()) errors.cityName = 'required';
  const walk = rangeError(input.walkM, WALK_LIMITS.walkM);
  if (walk) errors.walkM = walk;
  const pace = rangeError(input.walkMPerMin, WALK_LIMITS.walkMPerMin);
  if (pace) errors.walkMPerMin = pace;
  const email = input.contactEmail.trim();
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.contactEmail = 'invalid';
  if (input.pmtilesFileName && !/\.pmtiles$/i.test(input.pmtilesFileName))
    errors.basemapFile = 'invalid';
  else if (input.basemap === 'pmtiles' && !input.hasPmtilesFile) errors.basemapFile = 'required';
  return errors;
}

/** Checks the backup retention count (whole number in {@link BACKUP_LIMITS}). */
export function validateBackupKeep(keep: number): string | undefined {
  return rangeError(keep, BACKUP_LIMITS.keep);
}
