import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import {
  geojsonData,
  HALO,
  LABEL_FIELD,
  LABEL_FONT,
  lineHighlightLayer,
  lineLegend,
  matchByCategory,
  STATUS_FILTER,
  statusLineLayers,
} from './style-helpers';
import type { Category, LayerModule } from './types';

/** Cased lines in plan-figure red-brown; national (G) heavier than provincial (S). */
export const EXPRESSWAY_CATEGORIES: Category[] = [
  {
    value: 'national',
    label: { zh: '国家高速公路（G）', en: 'National expressway (G)' },
    color: '#a0461e',
    size: 2.6,
  },
  {
    value: 'provincial',
    label: { zh: '省级高速公路（S）', en: 'Provincial expressway (S)' },
    color: '#c27c3a',
    size: 2,
  },
  { value: 'ring', label: { zh: '绕城高速', en: 'Ring expressway' }, color: '#7d3c98', size: 2.2 },
];

const OPEN: FilterSpecification = ['==', ['get', 'status'], 'open'];
const CORE_WIDTH: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['zoom'],
  5,
  ['*', 0.35, matchByCategory('kind', EXPRESSWAY_CATEGORIES, (category) => category.size, 1)],
  11,
  ['*', 0.8, matchByCategory('kind', EXPRESSWAY_CATEGORIES, (category) => category.size, 1)],
];

export const expressways: LayerModule = {
  id: 'expressways',
  group: 'transport',
  title: { zh: '高速公路', en: 'Expressways' },
  data: geojsonData('expressways'),
  defaultVisible: false,
  interactive: true,
  indicative: 'geometry',
  interactiveLayerIds: [
    'expressways-open',
    'expressways-under-construction',
    'expressways-planned',
    'expressways-study',
  ],
  styleLayers: [
    lineHighlightLayer('expressways'),
    ...statusLineLayers('expressways', 'kind', EXPRESSWAY_CATEGORIES),
    {
      // Light core over the coloured line: the cased look of open expressways.
      id: 'expressways-core',
      type: 'line',
      source: 'expressways',
      filter: ['all', OPEN, STATUS_FILTER],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': '#fbe3b0', 'line-width': CORE_WIDTH },
    },
    {
      id: 'expressways-code',
      type: 'symbol',
      source: 'expressways',
      minzoom: 6.5,
      filter: ['all', ['has', 'code'], STATUS_FILTER],
      layout: {
        'symbol-placement': 'line',
        'text-field': ['to-string', ['get', 'code']],
        'text-font': LABEL_FONT,
        'text-size': 10,
        'symbol-spacing': 300,
        'text-rotation-alignment': 'viewport',
      },
      paint: { 'text-color': '#fff', 'text-halo-color': '#a0461e', 'text-halo-width': 2.5 },
    },
    {
      id: 'expressways-label',
      type: 'symbol',
      source: 'expressways',
      minzoom: 8.5,
      filter: STATUS_FILTER,
      layout: {
        'symbol-placement': 'line',
        'text-field': LABEL_FIELD,
        'text-font': LABEL_FONT,
        'text-size': 10,
        'text-offset': [0, 1],
      },
      paint: { 'text-color': '#7a3516', ...HALO },
    },
  ],
  categories: EXPRESSWAY_CATEGORIES,
  legend: lineLegend(EXPRESSWAY_CATEGORIES, 'expressways'),
};
