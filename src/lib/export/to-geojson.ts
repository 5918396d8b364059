/**
 * GeoJSON exports of the public directory (RFC 7946, WGS84 `[lng, lat]`):
 * - places: one Point per public, active resource that has a location, with public
 *   properties only (no contact person, no private phone or e-mail, no internal notes);
 * - districts: one Polygon/MultiPolygon per district with its population figures.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { describeSchedule } from '../domain/describe-schedule';
import { publicOnly, type PublicDirectory } from './public-directory';
import { publishedReading } from './published-reading';

export interface PlaceProperties {
  id: string;
  name: string;
  nameKana: string;
  kind: string;
  address: string;
  /** True when the point is the town's representative point, not the real address. */
  locationApproximate: boolean;
  district: string;
  districtCode: string;
  /** The schedule in Japanese words, one rule per line. */
  schedule: string;
  phone: string;
  url: string;
  organization: string;
  description: string;
  lastVerifiedAt: string;
}

export interface DistrictProperties {
  id: string;
  code: string;
  name: string;
  nameKana: string;
  population: number | null;
  population65: number | null;
  population75: number | null;
  populationYear: number | null;
}

/** Places as Points. Resources without a location (area-wide groups) are left out. */
export function placesToGeoJson(
  directory: PublicDirectory,
): FeatureCollection<Point, PlaceProperties> {
  const d = publicOnly(directory);
  const areaById = new Map(d.areas.map((a) => [a.id, a]));
  const orgName = new Map(d.organizations.map((o) => [o.id, o.name]));
  const features: Array<Feature<Point, PlaceProperties>> = [];
  for (const r of d.resources) {
    if (!r.location) continue;
    const district = areaById.get(r.districtId);
    features.push({
      type: 'Feature',
      id: r.id,
      geometry: { type: 'Point', coordinates: [r.location[0], r.location[1]] },
      properties: {
        id: r.id,
        name: r.name,
        nameKana: publishedReading(r),
        kind: r.kind,
        address: r.address,
        locationApproximate: r.locationApproximate,
        district: district?.name ?? '',
        districtCode: district?.code ?? '',
        schedule: r.schedule.rules.length
          ? describeSchedule(r.schedule, 'ja').join('\n')
          : r.schedule.note,
        phone: r.publicPhone,
        url: r.website,
        organization: orgName.get(r.organizationId) ?? '',
        description: r.description,
        lastVerifiedAt: r.lastVerifiedAt ? r.lastVerifiedAt.slice(0, 10) : '',
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** Districts as polygons with population. Districts without a loaded boundary are left out. */
export function districtsToGeoJson(
  directory: PublicDirectory,
): FeatureCollection<Polygon | MultiPolygon, DistrictProperties> {
  const features: Array<Feature<Polygon | MultiPolygon, DistrictProperties>> = [];
  for (const a of directory.areas) {
    if (a.kind !== 'district' || !a.geometry) continue;
    features.push({
      type: 'Feature',
      id: a.id,
      geometry: a.geometry,
      properties: {
        id: a.id,
        code: a.code,
        name: a.name,
        nameKana: publishedReading(a),
        population: a.population,
        population65: a.population65,
        population75: a.population75,
        populationYear: a.populationYear,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
