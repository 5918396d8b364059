/**
 * A small seeded pseudo-random number generator for the demo city.
 *
 * The generator must give byte-identical output for a seed on every machine and Node
 * version, so it cannot use `Math.random()`. sfc32 (Chris Doty-Humphrey's "small fast
 * counter") is used because it passes PractRand, has a 128-bit state, and needs only 32-bit
 * integer operations, which JavaScript performs exactly.
 */

/** A seeded random source. Every method advances the same state. */
export interface Random {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform float in [min, max). */
  float(min: number, max: number): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** One element of a non-empty array. @throws RangeError on an empty array */
  pick<T>(items: readonly T[]): T;
  /** One element, chosen with probability proportional to `weight(item)` (weights ≥ 0, not all 0). */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T;
  /** True with probability `p` (0–1). */
  chance(p: number): boolean;
  /** Standard normal deviate (mean 0, sd 1), Box–Muller. */
  normal(): number;
  /** A new array with the items in random order (Fisher–Yates); the input is not changed. */
  shuffle<T>(items: readonly T[]): T[];
  /** `count` distinct items in random order (all of them when `count` ≥ length). */
  sample<T>(items: readonly T[], count: number): T[];
  /**
   * An independent generator derived from this one's seed and a label, so that one part of
   * the city (e.g. the road network) does not shift every later random draw when another
   * part changes. Does not advance this generator.
   */
  fork(label: string): Random;
}

/** 32-bit FNV-1a hash of a string, used to derive fork seeds from labels. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Creates a seeded random source.
 *
 * @param seed any finite number; it is truncated to an unsigned 32-bit integer, so seeds
 *   that differ only above 2³² or in the fraction give the same sequence.
 */
export function createRandom(seed: number): Random {
  const seed32 = Math.trunc(seed) >>> 0 || 0;
  // State set-up as recommended for sfc32: the seed spread over the words, then 12 rounds
  // discarded so that close seeds (1, 2, 3) diverge immediately.
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed32;
  const nextUint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) nextUint32();

  let spareNormal: number | null = null;

  const random: Random = {
    next: () => nextUint32() / 4294967296,
    float: (min, max) => min + (max - min) * random.next(),
    int: (min, max) => min + Math.floor(random.next() * (max - min + 1)),
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick: empty array');
      return items[Math.floor(random.next() * items.length)] as (typeof items)[number];
    },
    weighted: (items, weight) => {
      let total = 0;
      for (const item of items) total += Math.max(0, weight(item));
      if (!(total > 0)) throw new RangeError('weighted: no positive weight');
      let r = random.next() * total;
      for (const item of items) {
        r -= Math.max(0, weight(item));
        if (r < 0) return item;
      }
      // Floating-point rounding can leave r a hair above 0: return the last positive item.
      for (let i = items.length - 1; i >= 0; i--) {
        const item = items[i] as (typeof items)[number];
        if (weight(item) > 0) return item;
      }
      throw new RangeError('weighted: no positive weight');
    },
    chance: (p) => random.next() < p,
    normal: () => {
      if (spareNormal !== null) {
        const z = spareNormal;
        spareNormal = null;
        return z;
      }
      // 1 − next() is in (0, 1], so the log is finite.
      const u = 1 - random.next();
      const v = random.next();
      const r = Math.sqrt(-2 * Math.log(u));
      spareNormal = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
    shuffle: (items) => {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(random.next() * (i + 1));
        const tmp = out[i] as (typeof out)[number];
        out[i] = out[j] as (typeof out)[number];
        out[j] = tmp;
      }
      return out;
    },
    sample: (items, count) => random.shuffle(items).slice(0, Math.max(0, count)),
    fork: (label) => createRandom((seed32 ^ hashLabel(label)) >>> 0),
  };
  return random;
}
