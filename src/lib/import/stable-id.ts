/**
 * A PocketBase record id (15 characters, [a-z0-9]) derived from a key, so that importing the
 * same source row twice targets the same record. Two independent 32-bit FNV-1a hashes and a
 * third mixed one give about 77 bits: collisions are negligible for a city's records.
 * Pure (no node:crypto) so it runs in the browser too.
 */
export function stableId(key: string): string {
  const fnv = (seed: number): number => {
    let h = seed >>> 0;
    for (let i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h >>> 0;
  };
  const a = fnv(0x811c9dc5).toString(36).padStart(7, '0');
  const b = fnv(0x9e3779b9).toString(36).padStart(7, '0');
  const c = (fnv(0x2545f491) % 36).toString(36);
  return (a + b + c).slice(0, 15);
}
