import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { FeatureStatus } from '../data/schema';
import type { Bilingual } from '../i18n/language';
import type { Category, LegendEntry } from './types';

/** Label font: a subset of Noto Sans SC shipped with the atlas (style `font-faces`, no glyph server). */
export const LABEL_FONT = ['Atlas SC'];

/** Label in the interface language; the adapter sets global state `lang`, so switching needs no restyle. */
export const LABEL_FIELD: ExpressionSpecification = [
  'case',
  ['==', ['global-state', 'lang'], 'en'],
  ['coalesce', ['get', 'name_en'], ['get', 'name_zh']],
  ['coalesce', ['get', 'name_zh'], ['get', 'name_en']],
];

export const HALO = { 'text-halo-color': 'rgba(255,255,255,0.92)', 'text-halo-width': 1.4 } as const;

/** Status styles shared by every line layer (cartography.md: open solid, building long dash, planned short, study dotted). */
export interface StatusStyle {
  value: FeatureStatus;
  label: Bilingual;
  dash: number[] | null;
  widthFactor: number;
}

export const STATUS_STYLES: StatusStyle[] = [
  { value: 'open', label: { zh: '已建成 / 运营', en: 'Open' }, dash: null, widthFactor: 1 },
  {
    value: 'under-construction',
    label: { zh: '在建', en: 'Under construction' },
    dash: [4, 2],
    widthFactor: 1,
  },
  { value: 'planned', label: { zh: '规划', en: 'Planned' }, dash: [1.6, 1.6], widthFactor: 0.9 },
  { value: 'study', label: { zh: '研究 / 谋划', en: 'Under study' }, dash: [0.4, 1.6], widthFactor: 0.8 },
];

export const ALL_STATUSES: FeatureStatus[] = STATUS_STYLES.map((style) => style.value);

/** Status filter chosen in the panel, read through global state so toggling a status needs no restyle. */
export const STATUS_FILTER: ExpressionSpecification = ['in', ['get', 'status'], ['global-state', 'statuses']];

export function matchByCategory(
  property: string,
  categories: Category[],
  pick: (category: Category) => string | number,
  fallback: string | number,
): ExpressionSpecification {
  const pairs = categories.flatMap((category) => [category.value, pick(category)]);
  return ['match', ['get', property], ...pairs, fallback] as unknown as ExpressionSpecification;
}

const HIGHLIGHT_COLOR = '#ffd400';

export const SELECTED_OR_HOVER = (
  selected: number,
  hover: number,
  otherwise: number,
): ExpressionSpecification => [
  'case',
  ['boolean', ['feature-state', 'selected'], false],
  selected,
  ['boolean', ['feature-state', 'hover'], false],
  hover,
  otherwise,
];

/** A wide yellow line under a line layer that shows hover and selection (feature-state; needs promoteId). */
export function lineHighlightLayer(source: string, filter?: FilterSpecification): LayerSpecification {
  return {
    id: `${source}-highlight`,
    type: 'line',
    source,
    ...(filter ? { filter } : {}),
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': HIGHLIGHT_COLOR,
      'line-width': SELECTED_OR_HOVER(10, 7, 0),
      'line-opacity': 0.85,
    },
  };
}

export function circleHighlightLayer(source: string, filter?: FilterSpecification): LayerSpecification {
  return {
    id: `${source}-highlight`,
    type: 'circle',
    source,
    ...(filter ? { filter } : {}),
    paint: {
      'circle-color': HIGHLIGHT_COLOR,
      'circle-radius': SELECTED_OR_HOVER(13, 10, 0),
      'circle-opacity': 0.85,
    },
  };
}

const lineWidthByZoom = (width: ExpressionSpecification | number): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  5,
  ['*', 0.7, width],
  8,
  width,
  11,
  ['*', 1.6, width],
];

/**
 * One line layer per status (dash arrays per status are constant, which is what every renderer handles well),
 * coloured and sized by the layer's category table.
 */
export function statusLineLayers(
  source: string,
  property: string,
  categories: Category[],
  extraFilter?: FilterSpecification,
): LayerSpecification[] {
  return STATUS_STYLES.map((status) => {
    const filters: unknown[] = [['==', ['get', 'status'], status.value], STATUS_FILTER];
    if (extraFilter) filters.push(extraFilter);
    const width = matchByCategory(property, categories, (category) => category.size * status.widthFactor, 1);
    return {
      id: `${source}-${status.value}`,
      type: 'line',
      source,
      filter: ['all', ...filters] as FilterSpecification,
      layout: { 'line-cap': status.dash ? 'butt' : 'round', 'line-join': 'round' },
      paint: {
        'line-color': matchByCategory(property, categories, (category) => category.color, '#555'),
        'line-width': lineWidthByZoom(width),
        ...(status.dash ? { 'line-dasharray': ['literal', status.dash] } : {}),
      },
    } as LayerSpecification;
  });
}

export function lineLabelLayer(source: string, minzoom: number, color = '#333'): LayerSpecification {
  return {
    id: `${source}-label`,
    type: 'symbol',
    source,
    minzoom,
    filter: STATUS_FILTER,
    layout: {
      'symbol-placement': 'line',
      'text-field': LABEL_FIELD,
      'text-font': LABEL_FONT,
      'text-size': 11,
      'symbol-spacing': 400,
      'text-max-angle': 30,
    },
    paint: { 'text-color': color, ...HALO },
  };
}

/** Legend rows: one per category (solid), then one per status (neutral colour, the status dash). */
export function lineLegend(categories: Category[], idPrefix: string): LegendEntry[] {
  return [
    ...categories.map((category) => ({
      key: `${idPrefix}-${category.value}`,
      label: category.label,
      swatch: { shape: 'line' as const, color: category.color, width: Math.max(1.5, category.size) },
    })),
    ...statusLegend(idPrefix),
  ];
}

export function statusLegend(idPrefix: string): LegendEntry[] {
  return STATUS_STYLES.map((status) => ({
    key: `${idPrefix}-status-${status.value}`,
    label: status.label,
    swatch: {
      shape: 'line' as const,
      color: '#555',
      width: 2 * status.widthFactor,
      ...(status.dash ? { dash: status.dash } : {}),
    },
  }));
}

export function circleLegend(categories: Category[], idPrefix: string, stroke = '#fff'): LegendEntry[] {
  return categories.map((category) => ({
    key: `${idPrefix}-${category.value}`,
    label: category.label,
    swatch: { shape: 'circle' as const, color: category.color, radius: Math.min(7, category.size), stroke },
  }));
}

export function fillLegend(categories: Category[], idPrefix: string, dashedOutline = false): LegendEntry[] {
  return categories.map((category) => ({
    key: `${idPrefix}-${category.value}`,
    label: category.label,
    swatch: {
      shape: 'fill' as const,
      color: category.color,
      opacity: category.opacity ?? 0.3,
      outline: category.color,
      dashedOutline,
    },
  }));
}

export const geometryIs = (type: 'Point' | 'LineString' | 'Polygon'): ExpressionSpecification => [
  '==',
  ['geometry-type'],
  type,
];

export function geojsonData(layerId: string): { kind: 'geojson'; url: string } {
  return { kind: 'geojson', url: `data/layers/${layerId}.geojson` };
}
