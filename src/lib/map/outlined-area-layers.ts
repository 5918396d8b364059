/**
 * An area drawn as a fill with an outline: two layers on one source, the fill under the line
 * (the walking-distance ring on the residents' map, the gap areas on the coverage map).
 * Pure: builds style JSON only.
 */
import type { LayerSpecification } from 'maplibre-gl';

export interface OutlinedAreaPaint {
  /** The fill's colour, and the outline's unless `lineColour` is given (`#RRGGBB`). */
  colour: string;
  lineColour?: string;
  /** The fill's opacity, 0–1. */
  fillOpacity: number;
  lineWidthPx: number;
  /** Dash and gap lengths in line widths (MapLibre's `line-dasharray`); a solid line without. */
  lineDash?: [number, number];
}

/**
 * The fill layer `fillId` and, above it, the line layer `lineId`, both drawing `source`.
 *
 * @example
 * outlinedAreaLayers('ring', ['ring-fill', 'ring-line'], {
 *   colour: '#0017C1', fillOpacity: 0.06, lineWidthPx: 3, lineDash: [2, 1],
 * }) // [{ id: 'ring-fill', type: 'fill', … }, { id: 'ring-line', type: 'line', … }]
 */
export function outlinedAreaLayers(
  source: string,
  [fillId, lineId]: readonly [string, string],
  paint: OutlinedAreaPaint,
): LayerSpecification[] {
  return [
    {
      id: fillId,
      type: 'fill',
      source,
      paint: { 'fill-color': paint.colour, 'fill-opacity': paint.fillOpacity },
    },
    {
      id: lineId,
      type: 'line',
      source,
      paint: {
        'line-color': paint.lineColour ?? paint.colour,
        'line-width': paint.lineWidthPx,
        ...(paint.lineDash ? { 'line-dasharray': paint.lineDash } : {}),
      },
    },
  ];
}
