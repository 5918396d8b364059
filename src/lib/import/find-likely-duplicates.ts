/**
 * Pairs of places that are probably the same place listed twice: official lists repeat a
 * facility (a city's GSI list gives each district centre twice, ~10 m apart, under two ids;
 * the evacuation and emergency lists name the same school), and a re-import from another file
 * meets what the directory already holds.
 *
 * Two places are likely duplicates when, with names compared after `normalizeJapanese`
 * (width, kana, ヶ/ケ, dashes, spaces removed):
 * - **same name** and at most `sameNameM` (100 m) apart; or
 * - **near-identical names** and at most `similarNameM` (30 m) apart. Near-identical means the
 *   same stem: the name without bracketed parts (「（体育館）」) and without generic words from
 *   `GENERIC_WORDS` (市立, 一帯, 敷地, 体育館 …) or the city's name at either end, e.g.
 *   「高崎市立中央公民館」 and 「中央公民館（本館）」 (stem 「中央公民館」, at least 2 characters).
 *
 * Edit distance is deliberately not used: real lists hold different facilities whose names
 * differ in one character of the proper noun (高崎老人保健施設「福寿苑」 and 「幸寿苑」, 16 m
 * apart), and operators' sister sites (「ケアサポートセンターようざん」 and 「…ようざん並榎」).
 * Places without a location are never paired (nothing says they are in the same place).
 *
 * Each place is reported once, with the earliest place it repeats (that one is kept). Pure;
 * O(n) with a grid per name (a place is compared only with places of the same name or stem in
 * its own and the 8 neighbouring cells), so a 1,000,000-row list is checked in seconds.
 */
import { greatCircleM } from '../domain/great-circle-m';
import { normalizeJapanese } from '../search/normalize-japanese';
import type { LngLat } from '../domain/types';

export interface DuplicateCandidate {
  name: string;
  /** [lng, lat]; null = no location (never paired). */
  location: LngLat | null;
}

export type DuplicateReason = 'same_name' | 'similar_name';

export interface DuplicatePair {
  /** Index of the earliest place it repeats (the one to keep). */
  first: number;
  /** Index of the later one (the likely duplicate); always > first. */
  second: number;
  /** Great-circle distance between the two, in metres (rounded to 0.1 m). */
  distanceM: number;
  reason: DuplicateReason;
}

export interface DuplicateOptions {
  /** Same normalised name within this many metres (default 100). */
  sameNameM?: number;
  /** Near-identical names within this many metres (default 30). */
  similarNameM?: number;
  /**
   * Only report places at or after this index (default 0): with the directory's records first
   * and the file's rows after, duplicates inside the directory itself are left out.
   */
  fromIndex?: number;
  /**
   * Place names that also count as generic here, e.g. the city's name: 「高崎市中央公民館」 and
   * 「中央公民館」 are near-identical in 高崎市.
   */
  cityWords?: readonly string[];
}

/** Words that say what kind of place (or part of it) a name is, not which one: stripped from either end for the stem. */
export const GENERIC_WORDS = [
  '指定緊急避難場所',
  '指定避難所',
  '避難所',
  '避難場所',
  '一時避難場所',
  '広域避難場所',
  '市立',
  '区立',
  '町立',
  '村立',
  '県立',
  '都立',
  '府立',
  '道立',
  '公立',
  '私立',
  '一帯',
  '敷地内',
  '敷地',
  '構内',
  '周辺',
  '本館',
  '別館',
  '体育館',
  '屋内運動場',
  'グラウンド',
  '運動場',
  '校庭',
  '駐車場',
  '広場',
].map((w) => compact(w));

/** Normalised without spaces. */
function compact(name: string): string {
  return normalizeJapanese(name.replace(/[\s\u3000]+/g, ''));
}

/** Without bracketed parts: 「中央公民館（体育館）」 → 「中央公民館」. */
function unbracketed(name: string): string {
  return name.replace(/[（(［[【〔][^）)］\]】〕]*[）)］\]】〕]/g, '');
}

/**
 * Length of the longest prefix of `s` made only of `words` (a small dynamic programme, so
 * 「高崎市立」 splits as 高崎 + 市立 even though 高崎市 is a word too).
 */
function genericPrefix(s: string, words: readonly string[]): number {
  const reach = new Uint8Array(s.length + 1);
  reach[0] = 1;
  let longest = 0;
  for (let at = 0; at < s.length; at++) {
    if (!reach[at]) continue;
    for (const w of words) {
      if (s.startsWith(w, at)) {
        reach[at + w.length] = 1;
        if (at + w.length > longest) longest = at + w.length;
      }
    }
  }
  return longest;
}

/**
 * A name's stem: normalised, without bracketed parts and without generic words at either end
 * (「高崎市立中央公民館（体育館）」 → 「中央公民館」 in 高崎市). '' when less than 2 characters
 * remain (a name that is all generic words is no evidence of anything).
 */
function stemOf(name: string, words: readonly string[], reversed: readonly string[]): string {
  const core = compact(unbracketed(name));
  const head = core.slice(genericPrefix(core, words));
  const back = [...head].reverse().join('');
  const stem = head.slice(0, head.length - genericPrefix(back, reversed));
  return stem.length >= 2 ? stem : '';
}

/**
 * @param items places in order (the earlier of a pair is kept).
 * @returns for each place (from `fromIndex` on) that repeats an earlier one, one pair with the
 *   earliest place it repeats, ordered by `second`.
 */
export function findLikelyDuplicates(
  items: readonly DuplicateCandidate[],
  options: DuplicateOptions = {},
): DuplicatePair[] {
  const sameNameM = options.sameNameM ?? 100;
  const similarNameM = options.similarNameM ?? 30;
  const fromIndex = options.fromIndex ?? 0;
  const located = items.flatMap((it, i) => (it.location ? [i] : []));
  if (located.length === 0) return [];
  // A loop, not Math.max(...): a spread of a million arguments overflows the stack.
  let maxLat = 0;
  for (const i of located) maxLat = Math.max(maxLat, Math.abs(items[i]!.location![1]));
  const words = [...new Set([...(options.cityWords ?? []).map(compact), ...GENERIC_WORDS])].filter(
    Boolean,
  );
  const reversed = words.map((w) => [...w].reverse().join(''));
  // Two indexes, each a grid per name: by the full normalised name (same name, 100 m) and by
  // the stem (near-identical names, 30 m). A place is only compared with places of its own
  // name or stem in its own and the 8 neighbouring cells: O(n) for any number of places.
  const byName = new NameGrid(sameNameM, maxLat);
  const byStem = new NameGrid(similarNameM, maxLat);
  const pairs: DuplicatePair[] = [];
  for (const i of located) {
    const it = items[i]!;
    const p = it.location!;
    const name = compact(it.name);
    const stem = stemOf(it.name, words, reversed);
    if (i >= fromIndex) {
      const same = name ? byName.earliest(name, p, sameNameM) : null;
      const similar = stem ? byStem.earliest(stem, p, similarNameM) : null;
      const best =
        same && (!similar || same.index <= similar.index)
          ? { ...same, reason: 'same_name' as const }
          : similar
            ? { ...similar, reason: 'similar_name' as const }
            : null;
      if (best)
        pairs.push({
          first: best.index,
          second: i,
          distanceM: Math.round(best.distanceM * 10) / 10,
          reason: best.reason,
        });
    }
    if (name) byName.add(name, p, i);
    if (stem) byStem.add(stem, p, i);
  }
  return pairs;
}

/** Places by name key and grid cell (cells at least `cellM` wide everywhere up to `maxLat`). */
class NameGrid {
  /** name key → cell number → places in index order. Most names occur once: one lookup. */
  readonly #byKey = new Map<string, Map<number, Array<{ index: number; p: LngLat }>>>();
  readonly #latDeg: number;
  readonly #lngDeg: number;

  constructor(cellM: number, maxLat: number) {
    this.#latDeg = cellM / 111_000;
    this.#lngDeg = cellM / (111_000 * Math.max(0.05, Math.cos((maxLat * Math.PI) / 180)));
  }

  /** A cell's number: column and row packed into one integer (rows are < 2^21 for |lat| ≤ 90). */
  #cell(cx: number, cy: number): number {
    return cx * 4_194_304 + cy;
  }

  add(key: string, p: LngLat, index: number): void {
    let cells = this.#byKey.get(key);
    if (!cells) this.#byKey.set(key, (cells = new Map()));
    const c = this.#cell(Math.floor(p[0] / this.#lngDeg), Math.floor(p[1] / this.#latDeg));
    const list = cells.get(c);
    if (list) list.push({ index, p });
    else cells.set(c, [{ index, p }]);
  }

  /** The earliest added place with this key within `maxM` of `p`, or null. */
  earliest(key: string, p: LngLat, maxM: number): { index: number; distanceM: number } | null {
    const cells = this.#byKey.get(key);
    if (!cells) return null;
    const cx = Math.floor(p[0] / this.#lngDeg);
    const cy = Math.floor(p[1] / this.#latDeg);
    let best: { index: number; distanceM: number } | null = null;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        // Lists are in insertion (= index) order: the first within reach is the earliest.
        for (const q of cells.get(this.#cell(cx + dx, cy + dy)) ?? []) {
          if (best && q.index >= best.index) break;
          const d = greatCircleM(p[0], p[1], q.p[0], q.p[1]);
          if (d <= maxM) {
            best = { index: q.index, distanceM: d };
            break;
          }
        }
      }
    }
    return best;
  }
}
