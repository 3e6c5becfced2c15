import {
  fillLegend,
  geojsonData,
  HALO,
  LABEL_FIELD,
  LABEL_FONT,
  matchByCategory,
  SELECTED_OR_HOVER,
} from './style-helpers';
import type { Category, LayerModule } from './types';

/** Okabe–Ito hues (colour-blind safe) at low opacity so the transport network reads on top. */
export const ZONE_CATEGORIES: Category[] = [
  {
    value: 'chengdu-plain',
    label: { zh: '成都平原经济区', en: 'Chengdu Plain Economic Zone' },
    color: '#E69F00',
    size: 0,
    opacity: 0.2,
  },
  {
    value: 'south',
    label: { zh: '川南经济区', en: 'South Sichuan Economic Zone' },
    color: '#CC79A7',
    size: 0,
    opacity: 0.2,
  },
  {
    value: 'northeast',
    label: { zh: '川东北经济区', en: 'Northeast Sichuan Economic Zone' },
    color: '#56B4E9',
    size: 0,
    opacity: 0.2,
  },
  {
    value: 'panxi',
    label: { zh: '攀西经济区', en: 'Panxi Economic Zone' },
    color: '#D55E00',
    size: 0,
    opacity: 0.2,
  },
  {
    value: 'northwest',
    label: { zh: '川西北生态示范区', en: 'Northwest Sichuan Ecological Demonstration Zone' },
    color: '#009E73',
    size: 0,
    opacity: 0.2,
  },
];

const zoneColor = matchByCategory('zone', ZONE_CATEGORIES, (category) => category.color, '#999');

export const zones: LayerModule = {
  id: 'zones',
  group: 'planning',
  title: { zh: '五大经济区', en: 'Five economic zones' },
  data: geojsonData('zones'),
  defaultVisible: true,
  interactive: true,
  indicative: false,
  interactiveLayerIds: ['zones-fill'],
  styleLayers: [
    {
      id: 'zones-fill',
      type: 'fill',
      source: 'zones',
      paint: { 'fill-color': zoneColor, 'fill-opacity': SELECTED_OR_HOVER(0.42, 0.3, 0.2) },
    },
    {
      id: 'zones-edge',
      type: 'line',
      source: 'zones',
      layout: { 'line-join': 'round' },
      paint: { 'line-color': zoneColor, 'line-width': 2.2, 'line-opacity': 0.9 },
    },
    {
      id: 'zones-label',
      type: 'symbol',
      source: 'zones',
      maxzoom: 6.6,
      layout: {
        'text-field': LABEL_FIELD,
        'text-font': LABEL_FONT,
        'text-size': 15,
        'text-max-width': 6,
        'text-letter-spacing': 0.15,
      },
      paint: {
        'text-color': [
          'match',
          ['get', 'zone'],
          'panxi',
          '#9c3f00',
          'northwest',
          '#006b4f',
          'northeast',
          '#1f6b96',
          'south',
          '#8f3f73',
          '#8a5b00',
        ],
        ...HALO,
        'text-halo-width': 2,
      },
    },
  ],
  categories: ZONE_CATEGORIES,
  legend: fillLegend(ZONE_CATEGORIES, 'zones'),
};
