import type { MultiPolygon, Polygon } from 'geojson';

/** Rounds every coordinate to 1e-7° (~1 cm), so a re-import compares equal after a JSON round trip; null stays null. */
export function roundPolygon(g: Polygon | MultiPolygon | null): Polygon | MultiPolygon | null {
  if (!g) return null;
  const r = (x: number) => Math.round(x * 1e7) / 1e7;
  const rings = (p: Polygon['coordinates']) =>
    p.map((ring) => ring.map(([x, y]) => [r(x!), r(y!)]));
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: rings(g.coordinates) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map(rings) };
}
