/**
 * A whole city's data as one value: what the demo generator produces and what the loader
 * writes into PocketBase in one all-or-nothing batch.
 *
 * Ids are chosen by the producer (15 characters, `[a-z0-9]`, as PocketBase requires) so
 * that relations can be written in a single pass and a re-load is idempotent.
 * Service types are referenced by their taxonomy `code`, because the taxonomy is seeded by
 * a migration and its ids belong to the database, not to the dataset.
 */
import type { FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type {
  Area,
  Council,
  CouncilMeeting,
  DataLayer,
  Need,
  Organization,
  PopulationCell,
  Resource,
  ResourceContact,
  User,
} from './types';

export interface SiteInfo {
  /** City name shown in the header, e.g. 「さくら野市」. */
  cityName: string;
  cityNameKana: string;
  cityNameEn: string;
  /** True for the generated demo city: the UI then labels every page as fictional. */
  fictional: boolean;
  /** Credit lines for the data shown on the map (one per line). */
  attribution: string;
}

/** A resource as a dataset carries it: service types by code, no server timestamps. */
export type DatasetResource = Omit<Resource, 'serviceTypeIds' | 'updatedAt'> & {
  serviceTypeCodes: string[];
};

/** A need with its service type by code (resolved against the taxonomy when loaded, like resources). */
export type DatasetNeed = Omit<Need, 'serviceTypeId'> & { serviceTypeCode: string };

/** A demo login; only ever created together with the demo data. */
export type DatasetUser = User & { password: string };

/** A layer with its GeoJSON: lines for a walking network, points for candidate sites. */
export interface DatasetLayer extends DataLayer {
  data: FeatureCollection<LineString | MultiLineString | Point>;
}

export interface Dataset {
  site: SiteInfo;
  /** The city, daily-life areas, districts and towns (parents before children). */
  areas: Area[];
  organizations: Organization[];
  resources: DatasetResource[];
  contacts: ResourceContact[];
  councils: Council[];
  meetings: CouncilMeeting[];
  populationCells: PopulationCell[];
  layers: DatasetLayer[];
  users: DatasetUser[];
  /** Recorded needs (issue #19); absent in datasets written before needs existed. */
  needs?: DatasetNeed[];
}
