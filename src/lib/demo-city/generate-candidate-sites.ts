/**
 * The demo city's candidate sites for new gathering places: one public hall (公民館) per
 * district and a neighbourhood meeting hall (集会所) in a seeded share of the towns, as a
 * `candidates` layer. The coverage page offers it (besides "any populated cell") to the
 * greedy suggestion of where a new place would help most: a coordinator can only open a
 * salon where there is a room, so real halls are the useful candidates.
 */
import type { Feature, Point } from 'geojson';
import type { DatasetLayer } from '../domain/dataset';
import type { Random } from './create-random';
import type { DemoDistrict, DemoTown } from './demo-city-model';

/** Properties of one candidate site. `category` follows the GSI shelter list's wording. */
export interface CandidateSiteProperties {
  name: string;
  nameKana: string;
  category: 'public_hall' | 'community_hall';
}

export interface CandidateSitesOptions {
  id: string;
  towns: readonly DemoTown[];
  districts: readonly DemoDistrict[];
  /** Share of towns (0–1) that have a 集会所. Default 0.45. */
  townShare?: number;
}

/**
 * @returns a layer of Point features (district halls first, then town halls in town order);
 *   a town whose point coincides with its district hall's gets no second hall
 */
export function generateCandidateSites(
  random: Random,
  options: CandidateSitesOptions,
): DatasetLayer {
  const share = options.townShare ?? 0.45;
  const features: Feature<Point, CandidateSiteProperties>[] = [];
  const taken = new Set<string>();
  for (const d of options.districts) {
    taken.add(d.point.join(','));
    features.push({
      type: 'Feature',
      properties: {
        name: `${d.names.base}公民館`,
        nameKana: `${d.names.baseKana}こうみんかん`,
        category: 'public_hall',
      },
      geometry: { type: 'Point', coordinates: [d.point[0], d.point[1]] },
    });
  }
  for (const t of options.towns) {
    // Draw for every town, so that the set of halls does not shift when one town is skipped.
    const hasHall = random.chance(share);
    if (!hasHall || taken.has(t.point.join(','))) continue;
    features.push({
      type: 'Feature',
      properties: {
        name: `${t.names.name}集会所`,
        nameKana: `${t.names.kana}しゅうかいじょ`,
        category: 'community_hall',
      },
      geometry: { type: 'Point', coordinates: [t.point[0], t.point[1]] },
    });
  }
  return {
    id: options.id,
    name: '公民館・集会所（デモ）',
    kind: 'candidates',
    source: 'sasaeai demo generator',
    licence: 'CC0',
    attribution: '公民館・集会所：デモ用の架空データ（sasaeai 生成）',
    data: { type: 'FeatureCollection', features },
  };
}
