/**
 * Smooth 2-D value noise in the range [-1, 1], for the population density surface.
 *
 * Lattice values come from an integer hash of the lattice coordinates and the seed, not
 * from a random stream, so the value at a point does not depend on the order in which
 * points are queried.
 *
 * @param seed unsigned 32-bit seed
 * @param cellKm lattice spacing in km: features of about this size
 * @returns a function of a point `(x, y)` in km
 */
export function createValueNoise(seed: number, cellKm: number): (x: number, y: number) => number {
  const lattice = (i: number, j: number): number => {
    let h = (seed ^ Math.imul(i, 0x27d4eb2d) ^ Math.imul(j, 0x165667b1)) >>> 0;
    h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h = (h ^ (h >>> 16)) >>> 0;
    return (h / 4294967296) * 2 - 1;
  };
  const smooth = (t: number): number => t * t * (3 - 2 * t);
  return (x, y) => {
    const gx = x / cellKm;
    const gy = y / cellKm;
    const i = Math.floor(gx);
    const j = Math.floor(gy);
    const tx = smooth(gx - i);
    const ty = smooth(gy - j);
    const a = lattice(i, j);
    const b = lattice(i + 1, j);
    const c = lattice(i, j + 1);
    const d = lattice(i + 1, j + 1);
    return a + (b - a) * tx + (c - a) * ty + (a - b - c + d) * tx * ty;
  };
}
