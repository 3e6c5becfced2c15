import {
  geojsonData,
  lineHighlightLayer,
  lineLabelLayer,
  lineLegend,
  STATUS_FILTER,
  statusLineLayers,
} from './style-helpers';
import type { Category, LayerModule } from './types';

/** Chinese plan-figure convention: high-speed red and heavy, conventional dark, intercity/suburban thinner. */
export const RAILWAY_CATEGORIES: Category[] = [
  { value: 'high-speed', label: { zh: '高速铁路', en: 'High-speed railway' }, color: '#d7191c', size: 3 },
  { value: 'intercity', label: { zh: '城际铁路', en: 'Intercity railway' }, color: '#f07b1e', size: 2.2 },
  {
    value: 'conventional',
    label: { zh: '普速铁路', en: 'Conventional railway' },
    color: '#3b3b3b',
    size: 2.2,
  },
  { value: 'suburban', label: { zh: '市域（郊）铁路', en: 'Suburban railway' }, color: '#8e44ad', size: 1.8 },
  { value: 'freight', label: { zh: '货运铁路', en: 'Freight railway' }, color: '#7a5a2b', size: 2 },
];

export const railways: LayerModule = {
  id: 'railways',
  group: 'transport',
  title: { zh: '铁路', en: 'Railways' },
  data: geojsonData('railways'),
  defaultVisible: true,
  interactive: true,
  indicative: 'geometry',
  interactiveLayerIds: ['railways-open', 'railways-under-construction', 'railways-planned', 'railways-study'],
  styleLayers: [
    lineHighlightLayer('railways'),
    ...statusLineLayers('railways', 'kind', RAILWAY_CATEGORIES),
    {
      // The classic black-and-white "railway tie" for open conventional lines.
      id: 'railways-ties',
      type: 'line',
      source: 'railways',
      filter: [
        'all',
        ['==', ['get', 'kind'], 'conventional'],
        ['==', ['get', 'status'], 'open'],
        STATUS_FILTER,
      ],
      paint: { 'line-color': '#ffffff', 'line-width': 1, 'line-dasharray': [3, 3] },
    },
    lineLabelLayer('railways', 7, '#7f1416'),
  ],
  categories: RAILWAY_CATEGORIES,
  legend: lineLegend(RAILWAY_CATEGORIES, 'railways'),
};
