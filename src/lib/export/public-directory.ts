/**
 * The public directory: what every export format is made from, and the one filter that
 * decides what may leave the system. Exports read it from a running server as an anonymous
 * client (`src/lib/data-access/export-directory.ts`) or from a Dataset JSON file
 * (`directoryFromDataset`); either way `publicOnly` runs again here, so a signed-in caller
 * or a full Dataset never leaks a non-public or non-active resource, nor any private contact
 * (the directory type has no place for resource_contacts at all).
 */
import type { Dataset } from '../domain/dataset';
import type { Area, Organization, Resource } from '../domain/types';

export interface PublicDirectory {
  cityName: string;
  /** 全国地方公共団体コード of the city ('' when unknown). */
  cityCode: string;
  /** Public, active resources only (after `publicOnly`). */
  resources: Resource[];
  /** Organizations referenced by those resources. */
  organizations: Organization[];
  /** Areas; district boundaries are needed for the GeoJSON districts layer. */
  areas: Area[];
}

/** Keeps public, active resources and the organizations they reference. */
export function publicOnly(d: PublicDirectory): PublicDirectory {
  const resources = d.resources.filter((r) => r.isPublic && r.status === 'active');
  const used = new Set(resources.map((r) => r.organizationId));
  return { ...d, resources, organizations: d.organizations.filter((o) => used.has(o.id)) };
}

/** The public directory of a Dataset (e.g. `npx sasaeai demo-city --out city.json`). */
export function directoryFromDataset(dataset: Dataset): PublicDirectory {
  const city = dataset.areas.find((a) => a.kind === 'city');
  return publicOnly({
    cityName: dataset.site.cityName,
    cityCode: city?.code ?? '',
    // Service types are codes in a Dataset; exports do not carry them (see the README list).
    resources: dataset.resources.map(({ serviceTypeCodes: _codes, ...r }) => ({
      ...r,
      serviceTypeIds: [],
      updatedAt: '',
    })),
    organizations: dataset.organizations,
    areas: dataset.areas,
  });
}
