/**
 * Auxiliary geodata layers (walking network, candidate sites…): the list, and one layer's
 * GeoJSON, which is stored as a file on the layer record.
 */
import type { FeatureCollection } from 'geojson';
import type { DataLayer, LayerKind } from '../domain/types';
import type { Gateway } from './gateway';
import { GatewayError } from './gateway-error';
import { errorMessage } from '../domain/error-message';

/** A layer and the URL of its GeoJSON file ('' when it has none). */
export interface LayerWithFile extends DataLayer {
  fileUrl: string;
}

/** A layer record as PocketBase returns it: the domain fields plus `data`, its file's name. */
type LayerRecord = DataLayer & { data: string };

/** The layers, optionally of one kind, by name. */
export async function listLayers(
  gateway: Gateway,
  opts: { kind?: LayerKind } = {},
): Promise<LayerWithFile[]> {
  let items: LayerRecord[];
  try {
    items = (await gateway.pb.collection('layers').getFullList({
      sort: 'name',
      filter: opts.kind ? gateway.pb.filter('kind = {:kind}', { kind: opts.kind }) : '',
    })) as unknown as LayerRecord[];
  } catch (err) {
    throw new GatewayError(errorMessage(err), (err as { status?: number }).status ?? 0);
  }
  return items.map(({ data, id, name, kind, source, licence, attribution }) => ({
    id,
    name,
    kind,
    source,
    licence,
    attribution,
    fileUrl: data ? `${gateway.pb.baseURL.replace(/\/$/, '')}/api/files/layers/${id}/${data}` : '',
  }));
}

/**
 * Downloads a layer's GeoJSON.
 * @throws GatewayError when the layer has no file, the download fails or it is not a FeatureCollection
 */
export async function fetchLayerGeoJson(layer: LayerWithFile): Promise<FeatureCollection> {
  if (!layer.fileUrl) throw new GatewayError(`layer ${layer.name} has no data file`, 404);
  const res = await fetch(layer.fileUrl);
  if (!res.ok) throw new GatewayError(`layer ${layer.name}: HTTP ${res.status}`, res.status);
  const json = (await res.json()) as { type?: string };
  if (json.type !== 'FeatureCollection')
    throw new GatewayError(`layer ${layer.name}: not a GeoJSON FeatureCollection`, 422);
  return json as FeatureCollection;
}
