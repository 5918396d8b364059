/**
 * Reads the public directory for the open-data exports (issue #7) from a running server.
 *
 * Meant for an anonymous gateway: the server's access rules then return public, active
 * resources only and no resource_contacts. A signed-in gateway works too — `publicOnly`
 * filters again — but the CLI and the open-data page deliberately export anonymously, so
 * the export is exactly what any visitor can already see.
 */
import type { Area } from '../domain/types';
import { publicOnly, type PublicDirectory } from '../export/public-directory';
import type { Gateway } from './gateway';

/**
 * @param opts.districtBoundaries also fetch district polygons (for the GeoJSON districts
 *   layer); town boundaries are never fetched (megabytes, and no export needs them).
 */
export async function readPublicDirectory(
  gateway: Gateway,
  opts: { districtBoundaries?: boolean } = {},
): Promise<PublicDirectory> {
  const [site, resources, organizations, areas, districts] = await Promise.all([
    gateway.getSite(),
    gateway.listResources(),
    gateway.listOrganizations(),
    gateway.listAreas(),
    opts.districtBoundaries
      ? gateway.listAreas({ kind: 'district', withGeometry: true })
      : Promise.resolve([] as Area[]),
  ]);
  const withGeometry = new Map(districts.map((a) => [a.id, a]));
  const city = areas.find((a) => a.id === site?.cityAreaId) ?? areas.find((a) => a.kind === 'city');
  return publicOnly({
    cityName: site?.cityName ?? '',
    cityCode: city?.code ?? '',
    resources,
    organizations,
    areas: areas.map((a) => withGeometry.get(a.id) ?? a),
  });
}
