import { createValueNoise } from './create-value-noise';
import { angleOf, boundaryRadiusKm, type CityLayout } from './generate-city-layout';
import type { Km } from './local-projection';
import { distanceToPolylineKm } from './plane-geometry';

/** The density surface of the demo city, evaluated at points in local km. */
export interface PopulationDensity {
  /** Expected residents of a 100 m cell centred at `p`, before the city-wide scaling (≥ 0). */
  residents(p: Km): number;
  /** Expected share of residents aged 65+ at `p`, within [0.2, 0.45]. */
  share65(p: Km): number;
  /** Expected share of the 65+ residents who are 75+ at `p`, within [0.45, 0.65]. */
  share75Of65(p: Km): number;
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/**
 * Builds the density surface: a dense station area, old village centres, a housing
 * estate, hamlets scattered over farmland, and zero population on the river, in parks and
 * on the wooded hills. Ageing rises towards the fringe and in the old centres and is lowest
 * in the housing estate.
 *
 * @param seed unsigned 32-bit seed for the noise fields
 */
export function createPopulationDensity(layout: CityLayout, seed: number): PopulationDensity {
  const urbanNoise = createValueNoise(seed ^ 0x1111, 0.6);
  const hamletNoise = createValueNoise(seed ^ 0x2222, 0.45);
  const hamletDetail = createValueNoise(seed ^ 0x3333, 0.18);
  const ageNoise = createValueNoise(seed ^ 0x4444, 0.8);
  const gauss = (p: Km, c: Km, sigma: number): number => {
    const dx = p[0] - c[0];
    const dy = p[1] - c[1];
    return Math.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
  };
  /** 0 at the station, 1 at the boundary. */
  const fringe = (p: Km): number => {
    const r = Math.hypot(p[0], p[1]);
    return clamp(r / boundaryRadiusKm(layout.boundary, angleOf(p)), 0, 1);
  };
  const inHills = (p: Km): boolean => {
    const d = Math.abs(angleOf(p) - layout.hills.angle) % (2 * Math.PI);
    const gap = d > Math.PI ? 2 * Math.PI - d : d;
    return gap < layout.hills.halfWidthRad && fringe(p) > layout.hills.fromFraction;
  };

  return {
    residents(p) {
      let urban = 0;
      for (const c of layout.centres) urban += c.peakPerCell * gauss(p, c.at, c.sigmaKm);
      urban += 15 * gauss(p, layout.station, 3.0);
      const h = hamletNoise(p[0], p[1]) + 0.45 * hamletDetail(p[0], p[1]);
      const hamlet = clamp((h - 0.2) / 0.35, 0, 1);
      let value = (urban + 9 * hamlet) * Math.exp(0.3 * urbanNoise(p[0], p[1]));
      // Fields between hamlets: almost nobody outside the built-up area.
      if (urban < 2.5 && hamlet === 0) value *= 0.1;

      const riverKm = distanceToPolylineKm(p, layout.river, 0.25);
      if (riverKm < 0.09) return 0; // water and embankment
      if (riverKm < 0.22) value *= 0.35; // flood plain: fields, a few houses
      for (const park of layout.parks) {
        if (Math.hypot(p[0] - park.at[0], p[1] - park.at[1]) < park.radiusKm) return 0;
      }
      const ind = layout.industrial;
      if (Math.hypot(p[0] - ind.at[0], p[1] - ind.at[1]) < ind.radiusKm) value *= 0.03;
      if (inHills(p)) value *= hamlet > 0.6 ? 0.5 : 0;
      return value;
    },
    share65(p) {
      let s = 0.25 + 0.14 * fringe(p) + 0.035 * ageNoise(p[0], p[1]);
      for (const c of layout.centres) {
        if (c.kind === 'old_town') s += 0.05 * gauss(p, c.at, c.sigmaKm);
        if (c.kind === 'new_town') s -= 0.05 * gauss(p, c.at, c.sigmaKm * 1.4);
      }
      return clamp(s, 0.2, 0.45);
    },
    share75Of65(p) {
      return clamp(0.52 + 0.08 * fringe(p) + 0.03 * ageNoise(p[1], p[0]), 0.45, 0.65);
    },
  };
}
