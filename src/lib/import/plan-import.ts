/**
 * Turns parsed input files plus what the database already holds into a plan: which records
 * to create, update or leave alone, and a report of every error and warning. Pure: the same
 * inputs always give the same plan, and nothing is written here (see
 * `src/lib/data-access/apply-import.ts`).
 *
 * Identity: every imported record carries `source` (the data source key) and `sourceId`
 * (its id in that source: a town code, a district name, a place's ID column). A record found
 * by (source, sourceId) is updated in place; otherwise it is created with an id derived from
 * that pair, so re-importing the same files plans nothing. An HSDS package brings organizations
 * too (matched the same way, by the HSDS organization id) and full resources rather than rows.
 *
 * The plan is built section by section, in this order (each its own module): areas
 * (plan-areas.ts), places (plan-places.ts), an HSDS package (plan-hsds.ts), population cells
 * (plan-population-cells.ts), needs (plan-needs.ts), then data sources and the site (plan-sources-and-site.ts).
 */
import type {
  Area,
  LngLat,
  Need,
  Organization,
  Resource,
  ResourceKind,
  ServiceType,
} from '../domain/types';
import type { DuplicateReason } from './find-likely-duplicates';
import type { ReadingGenerator } from './generate-reading';
import {
  generatedReadingsSummary,
  type GeneratedReadingsSummary,
} from './generated-readings-summary';
import type { ImportIssue } from './import-issue';
import { planAreas } from './plan-areas';
import { PlanBuilder } from './plan-builder';
import { planHsds } from './plan-hsds';
import { planNeeds, type NeedRowPlan, type PlannedNeed } from './plan-needs';
import { planPlaces } from './plan-places';
import { planPopulationCells } from './plan-population-cells';
import { planSourcesAndSite } from './plan-sources-and-site';
import type { DistrictList, PopulationTable, TownMapping } from './read-area-tables';
import type { TownInput } from './read-boundaries';
import type { HsdsOrganization, HsdsResource } from './read-hsds';
import type { NeedsFileResult } from './read-needs';
import type { OptionalPlaceField, PlaceInput } from './read-places';
import { townLocator } from './town-locator';

/** One imported source: its key, licence and the credit line the map must show. */
export interface SourceInfo {
  /** Stable key stored in each record's `source`, e.g. `estat-2015-chome-10202`. */
  key: string;
  title: string;
  fileName: string;
  licence: string;
  attribution: string;
  url: string;
}

export interface ImportInputs {
  /** The city; required for a first import (no site yet). */
  city?: { name: string; code: string; nameKana?: string; nameEn?: string };
  boundaries?: { source: SourceInfo; towns: TownInput[] };
  mapping?: { source: SourceInfo; towns: TownMapping; districts?: DistrictList };
  /**
   * Population by town code (joined to the boundaries) or by mesh code (written to
   * `population_cells`; `source` and `year` are used for mesh tables only).
   */
  population?: PopulationTable & { source?: SourceInfo; year?: number | null };
  places?: Array<{
    source: SourceInfo;
    result: { file: string; places: PlaceInput[]; unread?: OptionalPlaceField[] };
    kind: ResourceKind;
  }>;
  /**
   * An Open Referral HSDS package as `readHsds` read it: full organizations and resources
   * (not place rows). Organizations are matched by (source, HSDS organization id), resources by
   * (source, HSDS service id); `resources[].organizationId` refers to `organizations[].id`.
   * A resource's `districtId` is its first service area that resolved to one of our districts
   * ('' when none did: then the district comes from its point). `kind` is given to new
   * resources only (HSDS has no kind; an update keeps the stored one).
   */
  hsds?: {
    source: SourceInfo;
    file: string;
    kind: ResourceKind;
    organizations: HsdsOrganization[];
    resources: HsdsResource[];
    /** Services-table row of each resource's sourceId, organizations-table row of each organization's. */
    rowOf: Record<string, number>;
    organizationRowOf: Record<string, number>;
  };
  /**
   * A needs survey as `readNeeds` read it: rows planned against the stored districts and
   * service types (not against districts this same import creates). See `plan-needs.ts`.
   */
  needs?: Pick<NeedsFileResult, 'file' | 'rows' | 'columns'>;
  /** Named points for places without coordinates (町字 representative points). */
  townPoints?: Array<{ name: string; point: LngLat }>;
  /** Issues the readers already found (they make the report fail when errors). */
  readIssues?: ImportIssue[];
  /**
   * Create every place row even when it is a likely duplicate (`findLikelyDuplicates`) of an
   * earlier row or of a place already in the directory. Default: only the first is created.
   */
  keepDuplicates?: boolean;
  /**
   * Generates a kana reading for an area or place whose file gives none (see
   * `generate-reading.ts`); without it such records keep their stored reading or stay without.
   */
  readingOf?: ReadingGenerator;
}

export type AreaWithSource = Area & { source: string; sourceId: string };

/** A `data_sources` record: an imported source, its id and how many records it holds. */
export interface ExistingDataSource extends SourceInfo {
  id: string;
  recordCount: number;
}

/** A population cell as stored: unknown counts are stored (and read back) as 0. */
export interface PopulationCellRecord {
  meshCode: string;
  /** Cell size in metres: 100, 250, 500 or 1000. */
  meshM: number;
  population: number;
  population65: number;
  /** Census year; 0 when not given. */
  year: number;
  source: string;
}

export { INIT_CITY_SOURCE } from './init-city-source';

export type OrganizationWithSource = Organization & { source: string; sourceId: string };

export interface ExistingState {
  areas: AreaWithSource[];
  resources: Resource[];
  /** Organizations with their provenance (optional: only an HSDS import matches them). */
  organizations?: OrganizationWithSource[];
  dataSources: ExistingDataSource[];
  /** The taxonomy (optional: only a needs import resolves service types). */
  serviceTypes?: ServiceType[];
  /** Recorded needs (optional: only a needs import matches them). */
  needs?: Need[];
  /** Population cells of every source (optional: callers that import no mesh table may omit it). */
  populationCells?: Array<PopulationCellRecord & { id: string }>;
  site: {
    id: string;
    cityName: string;
    /** Kept when an import does not give them (omitted = ''). */
    cityNameKana?: string;
    cityNameEn?: string;
    attribution: string;
    fictional: boolean;
    cityAreaId: string;
  } | null;
}

export type PlannedOp =
  | {
      collection: 'areas';
      action: 'create' | 'update';
      id: string;
      record: AreaWithSource;
      origin: Origin;
    }
  | {
      collection: 'organizations';
      action: 'create' | 'update';
      id: string;
      record: OrganizationWithSource;
      origin: Origin;
    }
  | {
      collection: 'resources';
      action: 'create' | 'update';
      id: string;
      record: Omit<Resource, 'updatedAt'>;
      origin: Origin;
    }
  | {
      collection: 'population_cells';
      action: 'create' | 'update';
      id: string;
      record: PopulationCellRecord;
      origin: Origin;
    }
  | {
      collection: 'needs';
      action: 'create' | 'update';
      id: string;
      record: PlannedNeed;
      origin: Origin;
    }
  | {
      collection: 'data_sources';
      action: 'create' | 'update';
      id: string;
      record: ExistingDataSource;
      origin: Origin;
    }
  | {
      collection: 'site';
      action: 'create' | 'update';
      id: string;
      record: {
        cityName: string;
        cityNameKana: string;
        cityNameEn: string;
        fictional: boolean;
        attribution: string;
        cityAreaId: string;
      };
      origin: Origin;
    };

/** Where a planned record came from, to name the file and row when the server rejects it. */
export interface Origin {
  file: string;
  row: number | null;
}

export interface CollectionCounts {
  create: number;
  update: number;
  unchanged: number;
}

/** One district as the mapping makes it, shown before anything is written. */
export interface DistrictSummary {
  name: string;
  /** '' when the mapping gives none. */
  dailyLifeArea: string;
  /** Number of towns the mapping put in it. */
  towns: number;
  /** Sum of its towns' known populations; null when none of its towns has one. */
  population: number | null;
  /** Towns counted in `towns` whose population is unknown (not in `population`). */
  townsWithoutPopulation: number;
}

/** A place row that is probably a second listing of another place (see `findLikelyDuplicates`). */
export interface ImportDuplicate {
  file: string;
  row: number | null;
  name: string;
  /** The place it repeats: an earlier row (file, row) or a directory record (resourceId). */
  of: { name: string; file: string; row: number | null; resourceId: string };
  distanceM: number;
  reason: DuplicateReason;
  /** False when the row is left out of the plan (the default); true with `keepDuplicates`. */
  created: boolean;
}

export interface ImportReport {
  /** False when there is any error: the plan must not be applied. */
  ok: boolean;
  issues: ImportIssue[];
  counts: Record<string, CollectionCounts>;
  /** Towns in no district (listed so the coordinator can fix the mapping). */
  unassignedTowns: Array<{ code: string; name: string }>;
  /** Places placed on their town's representative point. */
  approximateLocations: number;
  /** Population sums of the planned areas by kind. */
  population: Record<string, number>;
  /** Every district of the towns → districts mapping, in mapping order ([] without a mapping). */
  districts: DistrictSummary[];
  /** Place rows that repeat an earlier row or a directory place, in file order. */
  duplicates: ImportDuplicate[];
  /** Every row of a needs survey with what applying does with it ([] without one). */
  needs: NeedRowPlan[];
  /** Readings generated for names the files gave none (to be checked by a coordinator). */
  generatedReadings: GeneratedReadingsSummary;
}

export interface ImportPlan {
  report: ImportReport;
  ops: PlannedOp[];
}

/**
 * Plans an import: the operations to apply and the report (every issue names its file, row
 * and field). Pure and deterministic; `report.ok` is false when any issue is an error, and
 * then the plan must not be applied.
 */
export function planImport(inputs: ImportInputs, existing: ExistingState): ImportPlan {
  const plan = new PlanBuilder(inputs, existing);
  const resourceBySource = new Map(
    existing.resources.map((r) => [`${r.source}\u0000${r.sourceId}`, r]),
  );
  const areas = planAreas(plan, inputs, existing);
  const townAt = townLocator(areas.towns);
  const places = planPlaces(plan, inputs, existing, areas.towns, townAt, resourceBySource);
  planHsds(plan, inputs, existing, townAt, resourceBySource);
  const needs = planNeeds(plan, inputs, existing);
  const meshSource = planPopulationCells(plan, inputs, existing);
  planSourcesAndSite(plan, inputs, existing, meshSource, areas.cityId);
  return {
    ops: plan.ops,
    report: {
      ok: !plan.issues.some((i) => i.severity === 'error'),
      issues: plan.issues,
      counts: plan.counts,
      unassignedTowns: areas.unassignedTowns,
      districts: areas.districts,
      duplicates: places.duplicates,
      needs,
      approximateLocations: places.approximateLocations,
      population: plan.population,
      generatedReadings: generatedReadingsSummary(plan.ops),
    },
  };
}
