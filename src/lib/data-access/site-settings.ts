/**
 * Site settings admins edit on /admin/settings (issue #11): the `site` record (name, contact,
 * attribution, walking distance and pace, basemap and its PMTiles file) and the daily backup
 * schedule (PocketBase settings, through the admin-only route in pb_hooks/site-settings.pb.js).
 * Both paths write the change log.
 */
import type { Basemap } from '../domain/site-settings';
import type { StalenessSettings } from '../domain/staleness-stage';
import { call, GatewayError, type Gateway } from './gateway';

export interface SiteSettingsUpdate {
  cityName: string;
  cityNameEn: string;
  attribution: string;
  contactOrganization: string;
  contactPhone: string;
  contactEmail: string;
  walkM: number;
  walkMPerMin: number;
  basemap: Basemap;
  /** A new PMTiles file to store (replaces the old one), or null to keep what is stored. */
  pmtilesFile: File | null;
  /** Remove the stored PMTiles file (ignored when a new file is given). */
  removePmtiles: boolean;
  /** Staleness months (issue #16); absent = keep what is stored. */
  staleness?: StalenessSettings;
  /** Whether an organiser's one-tap "still the same" confirms without a coordinator; absent = keep. */
  organiserAutoConfirm?: boolean;
}

/**
 * Saves the site's settings.
 * @throws GatewayError 400 with fieldErrors named after the record's fields (`walk_m`,
 *   `walk_m_per_min`, `contact_email`, `basemap_pmtiles`…), 403/404 for a non-admin.
 */
export async function saveSiteSettings(
  gateway: Gateway,
  siteId: string,
  input: SiteSettingsUpdate,
): Promise<void> {
  if (!siteId) throw new GatewayError('The site has no record yet: import a city first.', 404);
  const form = new FormData();
  form.set('city_name', input.cityName.trim());
  form.set('city_name_en', input.cityNameEn.trim());
  form.set('attribution', input.attribution.trim());
  form.set('contact_organization', input.contactOrganization.trim());
  form.set('contact_phone', input.contactPhone.trim());
  form.set('contact_email', input.contactEmail.trim());
  form.set('walk_m', String(input.walkM));
  form.set('walk_m_per_min', String(input.walkMPerMin));
  form.set('basemap', input.basemap);
  if (input.staleness) {
    form.set('stale_flag_months', String(input.staleness.flagMonths));
    form.set('stale_notice_months', String(input.staleness.noticeMonths));
    form.set('stale_hide_months', String(input.staleness.hideMonths));
  }
  if (input.organiserAutoConfirm !== undefined)
    form.set('organiser_auto_confirm', String(input.organiserAutoConfirm));
  if (input.pmtilesFile) form.set('basemap_pmtiles', input.pmtilesFile, input.pmtilesFile.name);
  else if (input.removePmtiles) form.set('basemap_pmtiles', '');
  await call(() => gateway.pb.collection('site').update(siteId, form));
}

/** The daily backup schedule, in Japan time. */
export interface BackupSettings {
  daily: boolean;
  /** Hour of the day (0–23, Japan time) the backup runs at. */
  hourJst: number;
  /** How many backups to keep (older ones are deleted). */
  keep: number;
  /** The stored cron expression (UTC); a schedule not of the daily form is shown as it is. */
  cron: string;
  /** Whether PocketBase can send e-mail (SMTP set up), so password-reset links can be sent. */
  mailEnabled: boolean;
}

/** @throws GatewayError 403 for anyone but an admin. */
export async function getBackupSettings(gateway: Gateway): Promise<BackupSettings> {
  return await call(() =>
    gateway.pb.send<BackupSettings>('/api/sasaeai/backup-settings', { method: 'GET' }),
  );
}

/** @throws GatewayError 400 with fieldErrors (`keep`, `hourJst`) or 403. */
export async function saveBackupSettings(
  gateway: Gateway,
  value: Pick<BackupSettings, 'daily' | 'hourJst' | 'keep'>,
): Promise<BackupSettings> {
  return await call(() =>
    gateway.pb.send<BackupSettings>('/api/sasaeai/backup-settings', {
      method: 'PUT',
      body: { daily: value.daily, hourJst: value.hourJst, keep: value.keep },
    }),
  );
}
