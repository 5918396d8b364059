/**
 * The demo city's resources as a search index, for tests: the same documents the directory
 * builds, with service types keyed by their code (the dataset has no database ids).
 */
import { generateDemoCity } from '../../demo-city/generate-demo-city';
import { SERVICE_TYPE_CATALOG } from '../../domain/service-type-catalog';
import type { Resource, ServiceType } from '../../domain/types';
import { buildSearchIndex, type SearchIndex } from '../build-search-index';
import { resourceSearchDocuments } from '../resource-search-documents';

export interface DemoSearch {
  index: SearchIndex;
  resources: Resource[];
  serviceTypes: ServiceType[];
  districtIdByName: Record<string, string>;
}

let cached: DemoSearch | null = null;

/** Builds (once per test file) the index over the default demo city. */
export function demoSearch(): DemoSearch {
  if (cached) return cached;
  const ds = generateDemoCity();
  const serviceTypes: ServiceType[] = SERVICE_TYPE_CATALOG.map((s, i) => ({ id: s.code, ...s, sortOrder: i }));
  const resources: Resource[] = ds.resources.map(({ serviceTypeCodes, ...r }) => ({
    ...r,
    serviceTypeIds: serviceTypeCodes,
    updatedAt: '',
  }));
  const { documents, facets } = resourceSearchDocuments(resources, {
    serviceTypes,
    areas: ds.areas.filter((a) => a.kind === 'district' || a.kind === 'daily_life_area'),
    organizations: ds.organizations,
  });
  const districtIdByName = Object.fromEntries(ds.areas.filter((a) => a.kind === 'district').map((a) => [a.name, a.id]));
  cached = { index: buildSearchIndex(documents, facets), resources, serviceTypes, districtIdByName };
  return cached;
}
