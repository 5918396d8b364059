/**
 * State of the admins' settings page (/admin/settings): the site record's settings and the
 * daily backup schedule, checked with the same limits as the server, saved through the
 * gateway; the site state is reloaded after saving so every page (and map) uses the new
 * values at once.
 */
import { gateway } from '$lib/data-access/browser-gateway';
import { GatewayError, type Site } from '$lib/data-access/gateway';
import {
  getBackupSettings,
  saveBackupSettings,
  saveSiteSettings,
  type BackupSettings,
} from '$lib/data-access/site-settings';
import {
  effectiveWalk,
  validateBackupKeep,
  validateSiteSettings,
  type Basemap,
  type SiteSettingsErrors,
} from '$lib/domain/site-settings';
import { siteState } from '$lib/state/site.svelte';
import { Loader, type LoadStatus } from '$lib/state/loader.svelte';
import {
  validateStalenessSettings,
  type StalenessErrors,
  type StalenessSettings,
} from '$lib/domain/staleness-stage';
import { errorMessage } from '$lib/domain/error-message';

export interface SettingsForm {
  cityName: string;
  cityNameEn: string;
  contactOrganization: string;
  contactPhone: string;
  contactEmail: string;
  attribution: string;
  walkM: number;
  walkMPerMin: number;
  basemap: Basemap;
  removePmtiles: boolean;
  backupDaily: boolean;
  backupHourJst: number;
  backupKeep: number;
  /** Staleness months (issue #16). */
  staleness: StalenessSettings;
  organiserAutoConfirm: boolean;
}

/** The record's field names the server may name in a refusal, mapped to the form's. */
const SERVER_FIELDS: Record<string, keyof SiteSettingsErrors> = {
  city_name: 'cityName',
  walk_m: 'walkM',
  walk_m_per_min: 'walkMPerMin',
  contact_email: 'contactEmail',
  basemap_pmtiles: 'basemapFile',
  keep: 'backupKeep',
};

export class SettingsPage {
  form = $state<SettingsForm | null>(null);
  /** A PMTiles file chosen for upload (not yet saved). */
  pmtilesFile = $state.raw<File | null>(null);
  storedPmtiles = $state('');
  /** A backup schedule set in PocketBase's own settings that is not a daily one ('' if none). */
  customCron = $state('');
  errors = $state<SiteSettingsErrors>({});
  /** Loaded, but the deployment has no site record yet. */
  noSite = $state(false);
  stalenessErrors = $state<StalenessErrors>({});
  saving = $state(false);
  /** 'saved', or the server's refusal word for word. */
  result = $state<{ ok: true } | { ok: false; message: string } | null>(null);

  readonly loader = new Loader({
    fetch: async () => {
      const [, backups] = await Promise.all([siteState.load(true), getBackupSettings(gateway)]);
      if (siteState.status === 'error') throw new Error(siteState.error);
      return { site: siteState.site, backups };
    },
    apply: ({ site, backups }: { site: Site | null; backups: BackupSettings }) => {
      this.noSite = !site;
      if (!site) return;
      const walk = effectiveWalk(site);
      this.form = {
        cityName: site.cityName,
        cityNameEn: site.cityNameEn,
        contactOrganization: site.contactOrganization,
        contactPhone: site.contactPhone,
        contactEmail: site.contactEmail,
        attribution: site.attribution,
        walkM: walk.walkM,
        walkMPerMin: walk.walkMPerMin,
        basemap: site.basemap,
        removePmtiles: false,
        backupDaily: backups.daily,
        backupHourJst: backups.hourJst,
        backupKeep: backups.keep,
        staleness: { ...site.staleness },
        organiserAutoConfirm: site.organiserAutoConfirm,
      };
      this.storedPmtiles = site.basemapPmtilesName;
      this.customCron = !backups.daily && backups.cron ? backups.cron : '';
    },
  });

  get status(): LoadStatus | 'no-site' {
    return this.loader.status === 'ready' && this.noSite ? 'no-site' : this.loader.status;
  }

  get loadError(): string {
    return this.loader.error;
  }

  load(): Promise<void> {
    return this.loader.load();
  }

  /** Saves everything. @returns true when saved. */
  async save(): Promise<boolean> {
    const f = this.form;
    const site = siteState.site;
    if (!f || !site) return false;
    this.result = null;
    const errors = validateSiteSettings({
      cityName: f.cityName,
      walkM: f.walkM,
      walkMPerMin: f.walkMPerMin,
      contactEmail: f.contactEmail,
      basemap: f.basemap,
      hasPmtilesFile: !!this.pmtilesFile || (!!this.storedPmtiles && !f.removePmtiles),
      pmtilesFileName: this.pmtilesFile?.name ?? '',
    });
    const keep = validateBackupKeep(f.backupKeep);
    if (keep) errors.backupKeep = keep;
    this.errors = errors;
    this.stalenessErrors = validateStalenessSettings(f.staleness);
    if (Object.keys(errors).length > 0 || Object.keys(this.stalenessErrors).length > 0)
      return false;
    this.saving = true;
    try {
      await saveSiteSettings(gateway, site.id, {
        cityName: f.cityName,
        cityNameEn: f.cityNameEn,
        attribution: f.attribution,
        contactOrganization: f.contactOrganization,
        contactPhone: f.contactPhone,
        contactEmail: f.contactEmail,
        walkM: f.walkM,
        walkMPerMin: f.walkMPerMin,
        basemap: f.basemap,
        pmtilesFile: this.pmtilesFile,
        removePmtiles: f.removePmtiles,
        staleness: f.staleness,
        organiserAutoConfirm: f.organiserAutoConfirm,
      });
      await saveBackupSettings(gateway, {
        daily: f.backupDaily,
        hourJst: f.backupHourJst,
        keep: f.backupKeep,
      });
      await siteState.load(true);
      this.storedPmtiles = siteState.site?.basemapPmtilesName ?? '';
      this.pmtilesFile = null;
      f.removePmtiles = false;
      this.customCron = '';
      this.result = { ok: true };
      return true;
    } catch (err) {
      if (err instanceof GatewayError) {
        const named: SiteSettingsErrors = {};
        for (const field of Object.keys(err.fieldErrors)) {
          const key = SERVER_FIELDS[field];
          if (key) named[key] = 'server';
        }
        this.errors = named;
      }
      this.result = { ok: false, message: errorMessage(err) };
      return false;
    } finally {
      this.saving = false;
    }
  }
}
