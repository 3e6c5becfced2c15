import { pointLegend, statusCircleLayers } from './point-helpers';
import { geojsonData } from './style-helpers';
import type { Category, LayerModule } from './types';

export const PORT_CATEGORIES: Category[] = [
  { value: 'port', label: { zh: '港口', en: 'Port' }, color: '#0b4f8a', size: 6 },
  { value: 'lock', label: { zh: '船闸', en: 'Lock' }, color: '#2a9d8f', size: 4.5 },
  {
    value: 'navigation-work',
    label: { zh: '航电枢纽 / 航道工程', en: 'Navigation work' },
    color: '#5e81ac',
    size: 4,
  },
];

export const ports: LayerModule = {
  id: 'ports',
  group: 'transport',
  title: { zh: '港口与航运枢纽', en: 'Ports and navigation works' },
  data: geojsonData('ports'),
  defaultVisible: false,
  interactive: true,
  indicative: 'geometry',
  interactiveLayerIds: ['ports-circle'],
  styleLayers: statusCircleLayers('ports', PORT_CATEGORIES, 7),
  categories: PORT_CATEGORIES,
  legend: pointLegend(PORT_CATEGORIES, 'ports'),
};
