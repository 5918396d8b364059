/**
 * Deep equality of plain JSON-like values that ignores object key order and keys holding
 * `undefined` (records read back from the server reorder keys and omit nothing).
 */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a))
    return (
      a.length === (b as unknown[]).length && a.every((x, i) => sameRecord(x, (b as unknown[])[i]))
    );
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every((k) =>
      sameRecord((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}
