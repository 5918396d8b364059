import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import Flatbush from 'flatbush';
import type { LngLat } from '../domain/types';
import { polygonBbox } from '../geo/polygon-bbox';
import type { TownForLookup } from './plan-areas';

/**
 * A function giving the town that contains a point (undefined outside every town). Its
 * spatial index is built on the first call, so imports that place nothing never pay for it.
 */
export function townLocator(
  towns: readonly TownForLookup[],
): (p: LngLat) => TownForLookup | undefined {
  let townIndex: Flatbush | null = null;
  return (p) => {
    if (!townIndex) {
      townIndex = new Flatbush(Math.max(1, towns.length));
      for (const t of towns) townIndex.add(...polygonBbox(t.geometry));
      if (towns.length === 0) townIndex.add(0, 0, 0, 0);
      townIndex.finish();
    }
    return townIndex
      .search(p[0], p[1], p[0], p[1])
      .map((i) => towns[i])
      .find((t) => t && booleanPointInPolygon(p, t.geometry));
  };
}
