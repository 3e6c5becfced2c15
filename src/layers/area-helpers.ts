import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import {
  geometryIs,
  HALO,
  LABEL_FIELD,
  LABEL_FONT,
  matchByCategory,
  SELECTED_OR_HOVER,
  STATUS_FILTER,
} from './style-helpers';
import type { Category } from './types';

interface AreaOptions {
  /** Dashed edges say "indicative extent" (ecology, schematic belts). */
  dashedEdge: boolean;
  labelMinzoom: number;
  /** Extra text after the name, e.g. "（示意）", so schematic geometry is labelled as such on the map. */
  labelSuffix?: { zh: string; en: string };
}

/**
 * Layers whose features may be polygons, lines or points (plan objects come in all three):
 * a fill and edge for polygons, a wide translucent line for corridors, a circle for points, all coloured
 * from one category table.
 */
export function mixedGeometryLayers(
  source: string,
  categories: Category[],
  options: AreaOptions,
): LayerSpecification[] {
  const color = matchByCategory('kind', categories, (category) => category.color, '#777');
  const opacity = matchByCategory('kind', categories, (category) => category.opacity ?? 0.3, 0.3);
  const size = matchByCategory('kind', categories, (category) => category.size, 3);
  const polygons: ExpressionSpecification = ['all', geometryIs('Polygon'), STATUS_FILTER];
  const lines: ExpressionSpecification = ['all', geometryIs('LineString'), STATUS_FILTER];
  const points: ExpressionSpecification = ['all', geometryIs('Point'), STATUS_FILTER];
  const suffix = options.labelSuffix;
  const label = suffix
    ? [
        'case',
        ['==', ['global-state', 'lang'], 'en'],
        ['concat', ['get', 'name_en'], suffix.en],
        ['concat', ['get', 'name_zh'], suffix.zh],
      ]
    : LABEL_FIELD;
  return [
    {
      id: `${source}-fill`,
      type: 'fill',
      source,
      filter: polygons,
      paint: {
        'fill-color': color,
        'fill-opacity': [
          'case',
          ['boolean', ['feature-state', 'selected'], false],
          ['min', 0.75, ['*', 2, opacity]],
          ['boolean', ['feature-state', 'hover'], false],
          ['min', 0.6, ['*', 1.5, opacity]],
          opacity,
        ],
      },
    },
    {
      id: `${source}-edge`,
      type: 'line',
      source,
      filter: polygons,
      paint: {
        'line-color': color,
        'line-width': SELECTED_OR_HOVER(3, 2, 1.2),
        ...(options.dashedEdge ? { 'line-dasharray': [3, 2] } : {}),
      },
    },
    {
      id: `${source}-line`,
      type: 'line',
      source,
      filter: lines,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': color,
        'line-opacity': SELECTED_OR_HOVER(0.9, 0.75, 0.55),
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, size, 9, ['*', 2, size]],
        ...(options.dashedEdge ? { 'line-dasharray': [2, 1] } : {}),
      },
    },
    {
      id: `${source}-point`,
      type: 'circle',
      source,
      filter: points,
      paint: {
        'circle-color': color,
        'circle-opacity': 0.85,
        'circle-radius': SELECTED_OR_HOVER(9, 7, 5),
        'circle-stroke-color': '#fff',
        'circle-stroke-width': 1.2,
      },
    },
    {
      id: `${source}-label`,
      type: 'symbol',
      source,
      minzoom: options.labelMinzoom,
      filter: STATUS_FILTER,
      layout: {
        'text-field': label,
        'text-font': LABEL_FONT,
        'text-size': 11,
        'text-max-width': 8,
        'text-optional': true,
        'symbol-placement': 'point',
      },
      paint: { 'text-color': '#333', ...HALO },
    } as unknown as LayerSpecification,
  ];
}

export const mixedInteractiveIds = (source: string): string[] => [
  `${source}-fill`,
  `${source}-line`,
  `${source}-point`,
];
