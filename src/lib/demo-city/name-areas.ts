import type { Random } from './create-random';
import type { CityLayout } from './generate-city-layout';
import type { TownDraft } from './generate-towns';
import type { AreaHierarchy, Direction } from './group-area-hierarchy';
import type { Km } from './local-projection';
import { PLACE_NAMES, type NameWithKana } from './place-names';

/** How a district's towns are named. */
export type DistrictCharacter = 'urban' | 'estate' | 'old_town' | 'suburban' | 'rural';

export interface AreaName {
  name: string;
  kana: string;
}

export interface TownName extends AreaName {
  /** The name without 丁目, for addresses and venue names (本町一丁目 → 本町). */
  base: string;
  baseKana: string;
  /** True when the name has 丁目: addresses are then written 3-12, otherwise 1234-5. */
  hasChome: boolean;
}

export interface DistrictName extends AreaName {
  /** Without 地区 (中央地区 → 中央), for group and council names. */
  base: string;
  baseKana: string;
  character: DistrictCharacter;
  /** Direction of the district's centre from the station. */
  direction: Exclude<Direction, 'centre'>;
}

export interface AreaNames {
  towns: TownName[];
  districts: DistrictName[];
  dailyLifeAreas: AreaName[];
}

export interface NameAreasOptions {
  towns: readonly TownDraft[];
  hierarchy: AreaHierarchy;
  layout: CityLayout;
}

const AREA_NAMES: Record<Direction, AreaName> = {
  centre: { name: '中央圏域', kana: 'ちゅうおうけんいき' },
  north: { name: '北部圏域', kana: 'ほくぶけんいき' },
  east: { name: '東部圏域', kana: 'とうぶけんいき' },
  south: { name: '南部圏域', kana: 'なんぶけんいき' },
  west: { name: '西部圏域', kana: 'せいぶけんいき' },
};

const STATION_SIDE: Record<Exclude<Direction, 'centre'>, NameWithKana> = {
  north: ['駅北', 'えききた'],
  east: ['駅東', 'えきひがし'],
  south: ['駅南', 'えきみなみ'],
  west: ['駅西', 'えきにし'],
};

function directionOf(from: Km, to: Km): Exclude<Direction, 'centre'> {
  const a = Math.atan2(to[1] - from[1], to[0] - from[0]);
  if (a >= Math.PI / 4 && a < (3 * Math.PI) / 4) return 'north';
  if (a >= -Math.PI / 4 && a < Math.PI / 4) return 'east';
  if (a >= (-3 * Math.PI) / 4 && a < -Math.PI / 4) return 'south';
  return 'west';
}

/**
 * Names the daily-life areas, districts and towns.
 *
 * Districts: the station's is 中央地区, other dense central ones are named by their side of
 * the station (駅南地区), the housing-estate district is the merged 若葉・緑ヶ丘地区, the
 * rest take old village names, directional ones (東野) only where they lie that way.
 * Towns: downtown names come in 丁目 runs over neighbouring towns (本町一丁目, 二丁目…),
 * estates likewise (緑ヶ丘一丁目…), an old village's main town is named after it (東野町),
 * and the countryside gets 大字-style names (東新田, 上田原). Every name is unique.
 */
export function nameAreas(random: Random, options: NameAreasOptions): AreaNames {
  const { towns, hierarchy, layout } = options;
  const station = layout.station;
  const districtCount = hierarchy.districtTowns.length;

  const districtDensity = hierarchy.districtTowns.map((list) => {
    let pop = 0;
    let km2 = 0;
    for (const t of list) {
      pop += hierarchy.townStats[t]?.population ?? 0;
      km2 += hierarchy.townStats[t]?.areaKm2 ?? 0;
    }
    return km2 > 0 ? pop / km2 : 0;
  });
  const districtOfCentre = (kind: 'old_town' | 'new_town'): number[] =>
    layout.centres
      .filter((c) => c.kind === kind)
      .map((c) => {
        let best = 0;
        towns.forEach((t, i) => {
          const b = towns[best] as TownDraft;
          if (
            Math.hypot(t.siteKm[0] - c.at[0], t.siteKm[1] - c.at[1]) <
            Math.hypot(b.siteKm[0] - c.at[0], b.siteKm[1] - c.at[1])
          )
            best = i;
        });
        return hierarchy.districtOfTown[best] as number;
      });
  const oldTownDistricts = new Set(districtOfCentre('old_town'));
  const estateDistrict =
    districtOfCentre('new_town').find((d) => d !== hierarchy.stationDistrict) ?? -1;

  // Districts.
  const usedPool = new Set<number>();
  const usedSides = new Set<string>();
  const districts: DistrictName[] = [];
  for (let d = 0; d < districtCount; d++) {
    const direction = directionOf(station, hierarchy.districtCentresKm[d] as Km);
    const density = districtDensity[d] as number;
    const inCentre = hierarchy.areaOfDistrict[d] === 0;
    let character: DistrictCharacter;
    let base: NameWithKana | undefined;
    if (d === hierarchy.stationDistrict) {
      character = 'urban';
      base = ['中央', 'ちゅうおう'];
    } else if (d === estateDistrict) {
      character = 'estate';
      base = [PLACE_NAMES.mergedDistrict.name, PLACE_NAMES.mergedDistrict.kana];
    } else if (inCentre && density >= 1200 && !usedSides.has(direction)) {
      character = 'urban';
      usedSides.add(direction);
      base = STATION_SIDE[direction];
    } else {
      character = oldTownDistricts.has(d)
        ? 'old_town'
        : density >= 1200
          ? 'urban'
          : density >= 500
            ? 'suburban'
            : 'rural';
    }
    if (!base) {
      const idx = PLACE_NAMES.districts.findIndex(
        (e, i) => !usedPool.has(i) && (!e.dir || e.dir === direction),
      );
      const fallback = PLACE_NAMES.districts.findIndex((e, i) => !usedPool.has(i) && !e.dir);
      const pick = idx !== -1 ? idx : fallback;
      const entry = PLACE_NAMES.districts[pick];
      if (!entry) throw new Error('nameAreas: district name pool exhausted');
      usedPool.add(pick);
      base = [entry.name, entry.kana];
    }
    districts.push({
      name: `${base[0]}地区`,
      kana: `${base[1]}ちく`,
      base: base[0],
      baseKana: base[1],
      character,
      direction,
    });
  }

  // Towns.
  const districtBases = new Set(districts.map((d) => d.base));
  const [first, second, third, ...restUrban] = PLACE_NAMES.urbanTowns;
  // 本町・栄町・中央 are the station district's, in that order; the rest in random order.
  const urbanPool: NameWithKana[] = [first, second, third]
    .filter((x): x is NameWithKana => x !== undefined)
    .concat(random.shuffle(restUrban));
  const estatePool = random.shuffle(PLACE_NAMES.estateTowns);
  const ruralPool = random.shuffle(PLACE_NAMES.ruralTowns.filter(([n]) => !districtBases.has(n)));
  const take = (pool: NameWithKana[], what: string): NameWithKana => {
    const next = pool.shift();
    if (!next) throw new Error(`nameAreas: ${what} town name pool exhausted`);
    return next;
  };

  const names: (TownName | undefined)[] = towns.map(() => undefined);
  /** Names a run of up to `size` unnamed neighbouring towns of district `d`, starting at `start`. */
  const nameRun = (
    start: number,
    d: number,
    [base, baseKana]: NameWithKana,
    size: number,
  ): void => {
    const run = [start];
    for (let i = 0; i < run.length && run.length < size; i++) {
      for (const n of towns[run[i] as number]?.neighbours ?? []) {
        if (run.length >= size) break;
        if (names[n] === undefined && hierarchy.districtOfTown[n] === d && !run.includes(n))
          run.push(n);
      }
    }
    run.forEach((t, i) => {
      const [chome, chomeKana] = PLACE_NAMES.chome[i] ?? PLACE_NAMES.chome[0] ?? ['', ''];
      names[t] =
        run.length === 1
          ? { name: base, kana: baseKana, base, baseKana, hasChome: false }
          : { name: base + chome, kana: baseKana + chomeKana, base, baseKana, hasChome: true };
    });
  };

  districts.forEach((district, d) => {
    const list = hierarchy.districtTowns[d] ?? [];
    let estates = district.character === 'estate' ? [...PLACE_NAMES.mergedDistrict.estates] : [];
    if (district.character === 'suburban') estates = [take(estatePool, 'estate')];
    list.forEach((t, i) => {
      if (names[t] !== undefined) return;
      if (i === 0 && (district.character === 'old_town' || district.character === 'rural')) {
        // The old village's main settlement carries its name.
        const name = district.character === 'old_town' ? `${district.base}町` : district.base;
        const kana =
          district.character === 'old_town' ? `${district.baseKana}まち` : district.baseKana;
        names[t] = { name, kana, base: name, baseKana: kana, hasChome: false };
        return;
      }
      const estate = estates.shift();
      if (estate) {
        nameRun(t, d, estate, random.int(2, 3));
      } else if (district.character === 'urban') {
        nameRun(
          t,
          d,
          take(urbanPool, 'urban'),
          random.weighted([1, 2, 3, 4], (k) => [2, 3, 3, 1][k - 1] ?? 0),
        );
      } else {
        nameRun(t, d, take(ruralPool, 'rural'), 1);
      }
    });
  });

  return {
    towns: names.map((n, i) => {
      if (!n) throw new Error(`nameAreas: town ${i} left unnamed`);
      return n;
    }),
    districts,
    dailyLifeAreas: hierarchy.areaDirections.map((dir) => AREA_NAMES[dir]),
  };
}
