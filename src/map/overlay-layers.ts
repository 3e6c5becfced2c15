import type { FeatureCollection, Geometry } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import type { LayerModule } from '../layers/types';

/**
 * Style layers the adapter adds on top of the layer modules for the plan ↔ map views: a per-feature tint halo
 * (feature-state `tint`) and the outline of the area being asked about. Pure specs, validated in a test.
 */
export const TINT_LAYER_SUFFIX = '-plan-tint';
export const AREA_SOURCE = 'mentions-area';

/** A halo under the layer's own drawing, coloured from feature-state `tint`; invisible where unset. */
export function tintLayerSpec(layer: LayerModule): { spec: LayerSpecification; before: string } | null {
  // Under the selection highlight when the layer has one, else under its first drawn line or circle.
  const anchor =
    layer.styleLayers.find((styleLayer) => styleLayer.id === `${layer.id}-highlight`) ??
    layer.styleLayers.find((styleLayer) => styleLayer.type === 'line' || styleLayer.type === 'circle');
  if (!anchor) return null;
  const id = `${layer.id}${TINT_LAYER_SUFFIX}`;
  const colour = ['to-color', ['coalesce', ['feature-state', 'tint'], '#000000']];
  const shown = ['case', ['==', ['feature-state', 'tint'], null], 0, 0.8];
  const spec =
    anchor.type === 'circle'
      ? {
          id,
          type: 'circle',
          source: layer.id,
          paint: { 'circle-color': colour, 'circle-opacity': shown, 'circle-radius': 11, 'circle-blur': 0.2 },
        }
      : {
          id,
          type: 'line',
          source: layer.id,
          layout: { 'line-cap': 'round', 'line-join': 'round' },
          paint: { 'line-color': colour, 'line-opacity': shown, 'line-width': 7 },
        };
  return { spec: spec as LayerSpecification, before: anchor.id };
}

export function areaOutlineData(geometry: Geometry | null): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: geometry ? [{ type: 'Feature', properties: {}, geometry }] : [],
  };
}

/** On top of every thematic layer: the area is what the user is asking about. */
export const AREA_OUTLINE_LAYERS: LayerSpecification[] = [
  {
    id: `${AREA_SOURCE}-fill`,
    type: 'fill',
    source: AREA_SOURCE,
    filter: ['!=', ['geometry-type'], 'LineString'],
    paint: { 'fill-color': '#0a58ca', 'fill-opacity': 0.08 },
  },
  {
    id: `${AREA_SOURCE}-line`,
    type: 'line',
    source: AREA_SOURCE,
    paint: { 'line-color': '#0a58ca', 'line-width': 2.5, 'line-dasharray': [2, 1] },
  },
];
