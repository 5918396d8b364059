/**
 * Pairs of places that are probably the same place listed twice: official lists repeat a
 * facility (a city's GSI list gives each district centre twice, ~10 m apart, under two ids;
 * the evacuation and emergency lists name the same school), and a re-import from another file
 * meets what the directory already holds.
 *
 * Two places are likely duplicates when, with names compared after `normalizeJapanese`
 * (width, kana, ヶ/ケ, dashes, spaces removed):
 * - **same name** and at most `sameNameM` (100 m) apart; or
 * - **near-identical names** and at most `similarNameM` (30 m) apart. Near-identical means: equal
 *   once bracketed parts (「（体育館）」) are removed, or one name is the other plus only generic
 *   words from `GENERIC_WORDS` (市立, 一帯, 敷地, 体育館 …), e.g. 「高崎市立中央公民館」 and
 *   「中央公民館」.
 *
 * Edit distance is deliberately not used: real lists hold different facilities whose names
 * differ in one character of the proper noun (高崎老人保健施設「福寿苑」 and 「幸寿苑」, 16 m
 * apart), and operators' sister sites (「ケアサポートセンターようざん」 and 「…ようざん並榎」).
 * Places without a location are never paired (nothing says they are in the same place).
 *
 * Pure; O(n) with a grid of `sameNameM` cells (each place is compared with the places of its
 * own and the 8 neighbouring cells).
 */
import { greatCircleM } from '../geo/great-circle-m';
import { normalizeJapanese } from '../search/normalize-japanese';
import type { LngLat } from '../domain/types';

export interface DuplicateCandidate {
  name: string;
  /** [lng, lat]; null = no location (never paired). */
  location: LngLat | null;
}

export type DuplicateReason = 'same_name' | 'similar_name';

export interface DuplicatePair {
  /** Index of the first of the two in the input (the one to keep). */
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
   * Only report pairs with `second` at or after this index (default 0): with the directory's
   * records first and the file's rows after, pairs inside the directory itself are left out.
   */
  fromIndex?: number;
  /**
   * Place names that also count as generic here, e.g. the city's name: 「高崎市中央公民館」 and
   * 「中央公民館」 are near-identical in 高崎市.
   */
  cityWords?: readonly string[];
}

/**
 * Words that say what kind of place or part of it, not which one. Removing them from the
 * longer name must leave exactly the shorter one for the two to be near-identical.
 */
export const GENERIC_WORDS = [
  '指定緊急避難場所', '指定避難所', '避難所', '避難場所', '一時避難場所', '広域避難場所',
  '市立', '区立', '町立', '村立', '県立', '都立', '府立', '道立', '公立', '私立',
  '一帯', '敷地内', '敷地', '構内', '周辺', '本館', '別館', '体育館', '屋内運動場', 'グラウンド', '運動場', '校庭', '駐車場', '広場',
].map((w) => compact(w));

/** Normalised without spaces. */
function compact(name: string): string {
  return normalizeJapanese(name.replace(/[\s\u3000]+/g, ''));
}

/** Without bracketed parts: 「中央公民館（体育館）」 → 「中央公民館」. */
function unbracketed(name: string): string {
  return name.replace(/[（(［[【〔][^）)］\]】〕]*[）)］\]】〕]/g, '');
}

/** True when `longer` is `shorter` plus only words matched by `generic` (before and/or after it). */
function onlyGenericAdded(longer: string, shorter: string, generic: RegExp): boolean {
  if (shorter.length < 2 || longer.length <= shorter.length) return false;
  const at = longer.indexOf(shorter);
  return at >= 0 && generic.test(longer.slice(0, at)) && generic.test(longer.slice(at + shorter.length));
}

/** `^(?:word|word…)*$`: a text made only of these words (the regex backtracks: 高崎 + 市立). */
function wordsOnly(words: readonly string[]): RegExp {
  const escaped = [...new Set(words.filter(Boolean))].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^(?:${escaped.join('|')})*$`);
}

/** Whether two names (normalised, brackets removed) are near-identical. */
function nearIdentical(a: string, b: string, generic: RegExp): boolean {
  if (a && a === b) return true;
  return a.length >= b.length ? onlyGenericAdded(a, b, generic) : onlyGenericAdded(b, a, generic);
}

/**
 * @param items places in order (the earlier of a pair is kept).
 * @returns pairs ordered by `second`, then `first`; a place may appear in several pairs.
 */
export function findLikelyDuplicates(items: readonly DuplicateCandidate[], options: DuplicateOptions = {}): DuplicatePair[] {
  const sameNameM = options.sameNameM ?? 100;
  const similarNameM = options.similarNameM ?? 30;
  const fromIndex = options.fromIndex ?? 0;
  const cellM = Math.max(sameNameM, similarNameM);
  const located = items.map((it, i) => ({ i, p: it.location })).filter((x): x is { i: number; p: LngLat } => !!x.p);
  if (located.length === 0) return [];
  // Longitude degrees shrink with latitude: size the grid at the most northern place so a
  // cell is never narrower than `cellM` anywhere.
  const maxLat = Math.max(...located.map((x) => Math.abs(x.p[1])));
  const latDeg = cellM / 111_000;
  const lngDeg = cellM / (111_000 * Math.max(0.05, Math.cos((maxLat * Math.PI) / 180)));
  const grid = new Map<string, number[]>();
  const cellOf = (p: LngLat) => [Math.floor(p[0] / lngDeg), Math.floor(p[1] / latDeg)] as const;
  for (const x of located) {
    const [cx, cy] = cellOf(x.p);
    const k = `${cx},${cy}`;
    const list = grid.get(k);
    if (list) list.push(x.i);
    else grid.set(k, [x.i]);
  }
  // Brackets go before normalising: the normaliser drops the bracket characters themselves.
  const names = items.map((it) => compact(it.name));
  const cores = items.map((it) => compact(unbracketed(it.name)));
  const generic = wordsOnly([...(options.cityWords ?? []).map(compact), ...GENERIC_WORDS]);
  const pairs: DuplicatePair[] = [];
  for (const x of located) {
    if (x.i < fromIndex) continue;
    const [cx, cy] = cellOf(x.p);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (j >= x.i) continue;
          const q = items[j]!.location!;
          const d = greatCircleM(x.p[0], x.p[1], q[0], q[1]);
          if (d > cellM) continue;
          const a = names[j]!;
          const b = names[x.i]!;
          const reason: DuplicateReason | null =
            a === b && a !== '' ? (d <= sameNameM ? 'same_name' : null) : d <= similarNameM && nearIdentical(cores[j]!, cores[x.i]!, generic) ? 'similar_name' : null;
          if (reason) pairs.push({ first: j, second: x.i, distanceM: Math.round(d * 10) / 10, reason });
        }
      }
    }
  }
  return pairs.sort((p, q) => p.second - q.second || p.first - q.first);
}
