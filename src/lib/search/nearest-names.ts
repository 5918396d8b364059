/**
 * "Did you mean" for a name that matches nothing (a town in a towns → districts mapping, a
 * district in a needs survey): the known names within a few edits, nearest first.
 */
import { editDistance } from './edit-distance';

/**
 * Up to `limit` names whose key is closest to `wanted`, within a distance that grows with its
 * length (1 edit for 1–3 characters, 2 up to 6, then a third of it); ties by name.
 * @param wanted the unknown name, already in the keys' form (e.g. through `normalizeJapanese`)
 * @param names key (the comparable form) → the name to show
 * @example nearestNames('中奥', new Map([['中央', '中央'], ['北部', '北部']])) // ['中央']
 */
export function nearestNames(
  wanted: string,
  names: ReadonlyMap<string, string>,
  limit = 3,
): string[] {
  const max = wanted.length <= 3 ? 1 : wanted.length <= 6 ? 2 : Math.ceil(wanted.length / 3);
  const scored: Array<{ name: string; d: number }> = [];
  for (const [k, name] of names) {
    const d = editDistance(wanted, k, max);
    if (d <= max) scored.push({ name, d });
  }
  scored.sort((a, b) => a.d - b.d || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return scored.slice(0, limit).map((s) => s.name);
}
