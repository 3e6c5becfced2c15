import { pointLegend, statusCircleLayers } from './point-helpers';
import { geojsonData } from './style-helpers';
import type { Category, LayerModule } from './types';

export const AIRPORT_CATEGORIES: Category[] = [
  { value: 'hub', label: { zh: '枢纽机场', en: 'Hub airport' }, color: '#1f4e9c', size: 8 },
  { value: 'regional', label: { zh: '支线机场', en: 'Regional airport' }, color: '#3c78c8', size: 5.5 },
  {
    value: 'general',
    label: { zh: '通用机场', en: 'General aviation airport' },
    color: '#6a9bd8',
    size: 3.5,
  },
];

export const airports: LayerModule = {
  id: 'airports',
  group: 'transport',
  title: { zh: '机场', en: 'Airports' },
  data: geojsonData('airports'),
  defaultVisible: true,
  interactive: true,
  indicative: false,
  interactiveLayerIds: ['airports-circle'],
  styleLayers: statusCircleLayers('airports', AIRPORT_CATEGORIES, 6.5),
  categories: AIRPORT_CATEGORIES,
  legend: pointLegend(AIRPORT_CATEGORIES, 'airports'),
};
