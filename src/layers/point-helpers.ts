import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Bilingual } from '../i18n/language';
import {
  circleHighlightLayer,
  HALO,
  LABEL_FIELD,
  LABEL_FONT,
  matchByCategory,
  STATUS_FILTER,
} from './style-helpers';
import type { Category, LegendEntry } from './types';

/**
 * Points: open features filled; planned, building or studied ones hollow (white fill, coloured ring),
 * the same "solid = exists" reading as the line layers.
 */
export function statusCircleLayers(
  source: string,
  categories: Category[],
  labelMinzoom: number,
): LayerSpecification[] {
  const color = matchByCategory('kind', categories, (category) => category.color, '#555');
  const radius = matchByCategory('kind', categories, (category) => category.size, 4);
  const isOpen: ExpressionSpecification = ['==', ['get', 'status'], 'open'];
  return [
    circleHighlightLayer(source),
    {
      id: `${source}-circle`,
      type: 'circle',
      source,
      filter: STATUS_FILTER,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, ['*', 0.8, radius], 10, ['*', 1.4, radius]],
        'circle-color': ['case', isOpen, color, '#ffffff'],
        'circle-stroke-color': ['case', isOpen, '#ffffff', color],
        'circle-stroke-width': ['case', isOpen, 1.2, 2],
        'circle-opacity': ['case', ['==', ['get', 'status'], 'study'], 0.6, 1],
        'circle-stroke-opacity': ['case', ['==', ['get', 'status'], 'study'], 0.6, 1],
      },
    } as LayerSpecification,
    {
      id: `${source}-label`,
      type: 'symbol',
      source,
      minzoom: labelMinzoom,
      // General-aviation fields crowd the province view: label them only once zoomed in.
      filter: ['all', STATUS_FILTER, ['any', ['!=', ['get', 'kind'], 'general'], ['>=', ['zoom'], 8.5]]],
      layout: {
        'text-field': LABEL_FIELD,
        'text-font': LABEL_FONT,
        'text-size': 11,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.8,
        'text-optional': true,
      },
      paint: { 'text-color': color, ...HALO },
    } as LayerSpecification,
  ];
}

const HOLLOW_LABEL: Bilingual = {
  zh: '空心：规划、在建或研究中',
  en: 'Hollow: planned, building or under study',
};

export function pointLegend(categories: Category[], idPrefix: string): LegendEntry[] {
  const first = categories[0];
  return [
    ...categories.map((category) => ({
      key: `${idPrefix}-${category.value}`,
      label: category.label,
      swatch: {
        shape: 'circle' as const,
        color: category.color,
        radius: Math.min(7, category.size),
        stroke: '#fff',
      },
    })),
    {
      key: `${idPrefix}-hollow`,
      label: HOLLOW_LABEL,
      swatch: { shape: 'circle', color: first?.color ?? '#555', radius: 5, hollow: true },
    },
  ];
}
