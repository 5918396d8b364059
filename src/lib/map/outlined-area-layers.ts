/**
 * An area drawn as a fill with an outline: two layers on one source, the fill under the line
 * (the walking-distance ring on the residents' map, the gap areas on the coverage map).
 * Pure: builds style JSON only.
 */
import type {
  FillLayerSpecification,
  LayerSpecification,
  LineLayerSpecification,
} from 'maplibre-gl';

/**
 * The fill layer `fill.id` and, above it, the line layer `line.id`, both drawing `source`.
 *
 * @example
 * outlinedAreaLayers('ring', {
 *   fill: { id: 'ring-fill', paint: { 'fill-color': '#0017C1', 'fill-opacity': 0.06 } },
 *   line: { id: 'ring-line', paint: { 'line-color': '#0017C1', 'line-width': 3 } },
 * }) // [{ id: 'ring-fill', type: 'fill', … }, { id: 'ring-line', type: 'line', … }]
 */
export function outlinedAreaLayers(
  source: string,
  layers: {
    fill: { id: string; paint: FillLayerSpecification['paint'] };
    line: { id: string; paint: LineLayerSpecification['paint'] };
  },
): LayerSpecification[] {
  return [
    { id: layers.fill.id, type: 'fill', source, paint: layers.fill.paint },
    { id: layers.line.id, type: 'line', source, paint: layers.line.paint },
  ];
}
