import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { populationGrid } from '../population-grid';
import { spreadPolygonPopulation } from '../spread-polygon-population';

/**
 * The 100 m population grid of census towns (e-Stat 町丁・字 boundaries with their `JINKO`,
 * residents of all ages; no over-65 figure), spread evenly over each town's area, as the
 * Takasaki tests and the coverage bench use it.
 */
export function townGrid(
  towns: FeatureCollection<Polygon | MultiPolygon, { JINKO: number }>,
): ReturnType<typeof populationGrid> {
  return populationGrid(
    spreadPolygonPopulation(
      towns.features.map((f) => ({
        geometry: f.geometry,
        population: f.properties.JINKO,
        population65: null,
      })),
      100,
    ),
    100,
  );
}
