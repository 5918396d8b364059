import type { Random } from './create-random';
import type { Km } from './local-projection';

export interface CityBoundaryOptions {
  /** Planar area of the result in km²; the shape is scaled to hit it exactly. */
  areaKm2: number;
  /** Number of vertices on the ring (the closing vertex is extra). */
  vertices: number;
}

/** Area of a ring in the plane (shoelace), positive when counter-clockwise. */
export function ringAreaKm2(ring: readonly Km[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i] as Km;
    const [x2, y2] = ring[i + 1] as Km;
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

/**
 * The outline of the demo city: a closed, counter-clockwise ring in local kilometres
 * around `[0, 0]`.
 *
 * The radius varies smoothly with the angle as a sum of a few seeded sine terms, which gives
 * a blob with lobes and gentle bays, like a municipality formed by merging old villages,
 * and never self-intersects (the radius stays positive and single-valued per angle).
 */
export function generateCityBoundary(random: Random, options: CityBoundaryOptions): Km[] {
  // Amplitudes stay below 0.3 in total, so the radius is always ≥ 0.7 × mean.
  const terms = [
    { k: 1, amp: random.float(0.07, 0.11), phase: random.float(0, 2 * Math.PI) },
    { k: 2, amp: random.float(0.05, 0.08), phase: random.float(0, 2 * Math.PI) },
    { k: 3, amp: random.float(0.03, 0.05), phase: random.float(0, 2 * Math.PI) },
    { k: 5, amp: random.float(0.015, 0.025), phase: random.float(0, 2 * Math.PI) },
    { k: 9, amp: random.float(0.006, 0.012), phase: random.float(0, 2 * Math.PI) },
  ];
  const unit: Km[] = [];
  for (let i = 0; i < options.vertices; i++) {
    const theta = (2 * Math.PI * i) / options.vertices;
    let r = 1;
    for (const t of terms) r += t.amp * Math.sin(t.k * theta + t.phase);
    unit.push([r * Math.cos(theta), r * Math.sin(theta)]);
  }
  unit.push(unit[0] as Km);
  const scale = Math.sqrt(options.areaKm2 / ringAreaKm2(unit));
  const ring = unit.map(([x, y]): Km => [x * scale, y * scale]);
  // Close exactly with the same array values, as GeoJSON requires.
  ring[ring.length - 1] = [...(ring[0] as Km)];
  return ring;
}
