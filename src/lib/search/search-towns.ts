/**
 * Town-picker suggestions: matches what a resident types against town names and their
 * readings, both normalised by `normalizeJapanese` (so さくら, サクラ and ｻｸﾗ all find 桜町).
 * Prefix matches come first, then matches inside the word; within each, shorter names
 * first, then by reading. A query in Latin letters ("yanagi", "Chūō") matches the Hepburn
 * romaji of the reading, with long vowels spelled any common way (ō, ou, oo, o). Pure.
 */
import { normalizeJapanese } from './normalize-japanese';
import { toRomaji } from './to-romaji';

export interface TownLike {
  id: string;
  name: string;
  nameKana: string;
}

/** A prepared index entry (normalise once, match per keystroke). */
export interface TownIndexEntry<T extends TownLike> {
  town: T;
  name: string;
  kana: string;
  /** The reading in romaji as `romajiKey` folds it ('' without a reading). */
  romaji: string;
}

/** Romaji folded for matching: no macrons, marks or spaces; ou/oo → o, uu → u (ō = ou = oo = o). */
function romajiKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/ou|oo/g, 'o')
    .replace(/uu/g, 'u');
}

const LATIN_QUERY = /^[\p{Script=Latin}\s'’-]+$/u;

/** Normalises every town once; pass the result to `searchTowns`. */
export function indexTowns<T extends TownLike>(towns: readonly T[]): TownIndexEntry<T>[] {
  return towns.map((town) => ({
    town,
    name: normalizeJapanese(town.name),
    kana: normalizeJapanese(town.nameKana),
    romaji: romajiKey(toRomaji(town.nameKana)),
  }));
}

/**
 * Towns matching `query`, best first, at most `limit` (default 10). An empty query gives [].
 * Spaces in the query are ignored (「さくら 町」 finds さくら町).
 */
export function searchTowns<T extends TownLike>(
  index: readonly TownIndexEntry<T>[],
  query: string,
  limit = 10,
): T[] {
  const q = normalizeJapanese(query).replace(/ /g, '');
  if (!q) return [];
  const latin = LATIN_QUERY.test(q) ? romajiKey(q) : '';
  const scored: { town: T; rank: number; kana: string }[] = [];
  for (const e of index) {
    const name = e.name.replace(/ /g, '');
    const kana = e.kana.replace(/ /g, '');
    const roman = latin && e.romaji;
    const rank =
      name.startsWith(q) || kana.startsWith(q) || (roman && roman.startsWith(latin))
        ? 0
        : name.includes(q) || kana.includes(q) || (roman && roman.includes(latin))
          ? 1
          : -1;
    if (rank >= 0) scored.push({ town: e.town, rank, kana: kana || name });
  }
  scored.sort(
    (a, b) =>
      a.rank - b.rank ||
      a.town.name.length - b.town.name.length ||
      (a.kana < b.kana ? -1 : a.kana > b.kana ? 1 : 0),
  );
  return scored.slice(0, limit).map((s) => s.town);
}
