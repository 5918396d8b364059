/**
 * The site record (the city and the admins' settings) as the app reads it, from the records
 * API or the public snapshot. Free of the PocketBase SDK (issue #13).
 */
import type { SiteInfo } from '../domain/dataset';
import { BASEMAPS, type Basemap } from '../domain/site-settings';
import { effectiveStaleness, type StalenessSettings } from '../domain/staleness-stage';
import type { PbRecord } from './records';

/** Site information plus the record id of the site row and the settings admins edit. */
export interface Site extends SiteInfo {
  /** Record id of the site row. */
  id: string;
  cityAreaId: string;
  /** The site's walking distance in metres along streets; null = not set (use DEFAULT_WALK). */
  walkM: number | null;
  /** The site's walking pace in metres per minute; null = not set. */
  walkMPerMin: number | null;
  contactOrganization: string;
  contactPhone: string;
  contactEmail: string;
  basemap: Basemap;
  /** Absolute URL of the uploaded PMTiles file ('' when none); PocketBase serves it with range requests. */
  basemapPmtilesUrl: string;
  /** The stored file's name ('' when none). */
  basemapPmtilesName: string;
  /** Months after which a place counts as flagged / noticed / left out (defaults where not set). */
  staleness: StalenessSettings;
  /** Whether an organiser's one-tap "still the same" confirms the place without a coordinator. */
  organiserAutoConfirm: boolean;
}

/** The site record as the app reads it (from the records API or the public snapshot). */
export function toSite(r: PbRecord, baseUrl: string): Site {
  const positive = (v: unknown): number | null => (typeof v === 'number' && v > 0 ? v : null);
  const file = typeof r.basemap_pmtiles === 'string' ? r.basemap_pmtiles : '';
  // PocketBase's file URL (what the SDK's files.getURL builds for a public file), so that the
  // records API and the public snapshot (which carries collectionId too) give the same URL.
  const collection = String(r.collectionId ?? r.collectionName ?? 'site');
  const fileUrl = file
    ? `${baseUrl.replace(/\/+$/, '')}/api/files/${encodeURIComponent(collection)}/${encodeURIComponent(r.id)}/${encodeURIComponent(file)}`
    : '';
  return {
    id: r.id,
    cityName: String(r.city_name ?? ''),
    cityNameKana: String(r.city_name_kana ?? ''),
    cityNameEn: String(r.city_name_en ?? ''),
    fictional: r.fictional === true,
    attribution: String(r.attribution ?? ''),
    cityAreaId: String(r.city ?? ''),
    walkM: positive(r.walk_m),
    walkMPerMin: positive(r.walk_m_per_min),
    contactOrganization: String(r.contact_organization ?? ''),
    contactPhone: String(r.contact_phone ?? ''),
    contactEmail: String(r.contact_email ?? ''),
    basemap: (BASEMAPS as readonly string[]).includes(String(r.basemap))
      ? (r.basemap as Basemap)
      : 'none',
    basemapPmtilesUrl: fileUrl,
    basemapPmtilesName: file,
    staleness: effectiveStaleness({
      flagMonths: positive(r.stale_flag_months),
      noticeMonths: positive(r.stale_notice_months),
      hideMonths: positive(r.stale_hide_months),
    }),
    organiserAutoConfirm: r.organiser_auto_confirm === true,
  };
}
