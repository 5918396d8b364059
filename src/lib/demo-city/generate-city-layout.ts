import type { Random } from './create-random';
import { generateCityBoundary } from './generate-city-boundary';
import type { Km } from './local-projection';

/** A centre of settlement on the density surface. */
export interface SettlementCentre {
  at: Km;
  /** Peak density in residents per 100 m cell, before the city-wide scaling. */
  peakPerCell: number;
  sigmaKm: number;
  /** station: the city centre; old_town: a merged village's old centre; new_town: a 1980s housing estate. */
  kind: 'station' | 'old_town' | 'new_town';
}

/** The large-scale plan of the demo city, in local km around the projection origin. */
export interface CityLayout {
  /** Closed counter-clockwise ring. */
  boundary: Km[];
  /** さくら野駅, the main station. */
  station: Km;
  centres: SettlementCentre[];
  /** River centreline, extending beyond the city on both sides. */
  river: Km[];
  /** Parks and sports grounds: no residents. */
  parks: { at: Km; radiusKm: number }[];
  /** An industrial estate: almost no residents. */
  industrial: { at: Km; radiusKm: number };
  /** A wooded hill sector on the fringe: residents only in valley hamlets. */
  hills: { angle: number; halfWidthRad: number; fromFraction: number };
}

/** Angle of a point seen from the origin, in [0, 2π). */
export function angleOf([x, y]: Km): number {
  const a = Math.atan2(y, x);
  return a < 0 ? a + 2 * Math.PI : a;
}

/**
 * Distance from the origin to the boundary in the direction `angle`.
 * The boundary is star-shaped around the origin (see generateCityBoundary), so one
 * crossing exists; we interpolate between the two ring vertices around that angle.
 */
export function boundaryRadiusKm(boundary: readonly Km[], angle: number): number {
  const n = boundary.length - 1;
  const step = (2 * Math.PI) / n;
  const i = Math.floor(angle / step) % n;
  const t = angle / step - Math.floor(angle / step);
  const a = boundary[i] as Km;
  const b = boundary[(i + 1) % n] as Km;
  return Math.hypot(a[0], a[1]) * (1 - t) + Math.hypot(b[0], b[1]) * t;
}

function polar(angle: number, r: number): Km {
  return [r * Math.cos(angle), r * Math.sin(angle)];
}

function angularGap(a: number, b: number): number {
  const d = Math.abs(a - b) % (2 * Math.PI);
  return d > Math.PI ? 2 * Math.PI - d : d;
}

/**
 * Lays out the demo city: boundary, main station, three old village centres and a
 * housing estate, a river, parks, an industrial estate and a wooded hill sector.
 *
 * This reflects how many Kanto regional cities look after the Heisei mergers: a station
 * town in the middle, old village centres at the edges with ageing populations, newer
 * estates in between, farmland and hamlets on the fringe.
 */
export function generateCityLayout(random: Random, options: { areaKm2: number }): CityLayout {
  const boundary = generateCityBoundary(random, { areaKm2: options.areaKm2, vertices: 160 });
  const radiusAt = (angle: number): number => boundaryRadiusKm(boundary, angle);

  const station = polar(random.float(0, 2 * Math.PI), random.float(0.2, 0.6));
  const centres: SettlementCentre[] = [
    { at: station, peakPerCell: 62, sigmaKm: 1.1, kind: 'station' },
  ];

  const base = random.float(0, 2 * Math.PI);
  const oldAngles: number[] = [];
  for (let k = 0; k < 3; k++) {
    const angle =
      (base + (k * 2 * Math.PI) / 3 + random.float(-0.35, 0.35) + 2 * Math.PI) % (2 * Math.PI);
    oldAngles.push(angle);
    centres.push({
      at: polar(angle, radiusAt(angle) * random.float(0.55, 0.68)),
      peakPerCell: random.float(30, 40),
      sigmaKm: random.float(0.55, 0.75),
      kind: 'old_town',
    });
  }
  // The housing estate sits between the station and the first two old towns.
  const newTownAngle =
    (oldAngles[0] as number) + angularGap(oldAngles[0] as number, oldAngles[1] as number) / 2;
  centres.push({
    at: polar(newTownAngle, radiusAt(newTownAngle) * 0.42),
    peakPerCell: 46,
    sigmaKm: 0.5,
    kind: 'new_town',
  });

  // Hills fill the remaining gap: between old towns 2 and 3 (0-based 1 and 2), on the fringe.
  const hillsAngle =
    (oldAngles[1] as number) + angularGap(oldAngles[1] as number, oldAngles[2] as number) / 2;
  const hills = { angle: hillsAngle % (2 * Math.PI), halfWidthRad: 0.55, fromFraction: 0.6 };

  // The river runs across the city, passing about 1.2 km from the station, meandering.
  const riverDir = random.float(0, Math.PI);
  const ux = Math.cos(riverDir);
  const uy = Math.sin(riverDir);
  const offset = random.chance(0.5) ? 1.2 : -1.2;
  const phase = random.float(0, 2 * Math.PI);
  const river: Km[] = [];
  for (let t = -10; t <= 10.0001; t += 0.2) {
    const side = offset + 0.45 * Math.sin(t / 1.6 + phase) + 0.15 * Math.sin(t / 0.7 + 2 * phase);
    river.push([station[0] + ux * t - uy * side, station[1] + uy * t + ux * side]);
  }

  const parkDir = random.float(0, 2 * Math.PI);
  const parks = [
    {
      at: [station[0] + 0.55 * Math.cos(parkDir), station[1] + 0.55 * Math.sin(parkDir)] as Km,
      radiusKm: 0.2,
    },
    {
      at: polar(random.float(0, 2 * Math.PI), random.float(1.6, 2.4)),
      radiusKm: random.float(0.13, 0.18),
    },
    {
      at: polar(random.float(0, 2 * Math.PI), random.float(2.0, 3.2)),
      radiusKm: random.float(0.13, 0.18),
    },
  ];

  // The industrial estate faces away from the hills, near the fringe (by the bypass).
  const industrialAngle = (hillsAngle + Math.PI + random.float(-0.5, 0.5)) % (2 * Math.PI);
  const industrial = {
    at: polar(industrialAngle, radiusAt(industrialAngle) * 0.78),
    radiusKm: 0.5,
  };

  return { boundary, station, centres, river, parks, industrial, hills };
}
