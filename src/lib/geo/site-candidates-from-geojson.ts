/**
 * Candidate sites for `suggestSites` from a GeoJSON layer (community halls, public halls…):
 * every Point (and each point of a MultiPoint) with usable WGS84 coordinates, named by a
 * property. Other geometries are ignored; the caller reports how many were dropped.
 */
import type { FeatureCollection } from 'geojson';
import type { SiteCandidate } from './suggest-sites';

export interface SiteCandidatesResult {
  candidates: SiteCandidate[];
  /** Features without a usable point (other geometry types, missing or out-of-range coordinates). */
  skipped: number;
}

/**
 * @param nameField property holding the site's name (default `name`); a feature without it is
 *   named `#<1-based feature number>` so that it can still be found in the source file
 */
export function siteCandidatesFromGeoJson(
  fc: FeatureCollection,
  nameField = 'name',
): SiteCandidatesResult {
  const candidates: SiteCandidate[] = [];
  let skipped = 0;
  fc.features.forEach((f, i) => {
    const g = f.geometry;
    const points =
      g?.type === 'Point' ? [g.coordinates] : g?.type === 'MultiPoint' ? g.coordinates : [];
    const raw = f.properties?.[nameField];
    const name =
      raw === undefined || raw === null || String(raw).trim() === ''
        ? `#${i + 1}`
        : String(raw).trim();
    let used = 0;
    for (const p of points) {
      const lng = p[0];
      const lat = p[1];
      if (
        typeof lng !== 'number' ||
        typeof lat !== 'number' ||
        !(Math.abs(lng) <= 180 && Math.abs(lat) <= 90)
      )
        continue;
      candidates.push({ lng, lat, name });
      used++;
    }
    if (used === 0) skipped++;
  });
  return { candidates, skipped };
}
