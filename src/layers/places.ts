import { mixedGeometryLayers, mixedInteractiveIds } from './area-helpers';
import { fillLegend, geojsonData } from './style-helpers';
import type { Category, LayerModule } from './types';

export const PLACE_CATEGORIES: Category[] = [
  {
    value: 'new-area',
    label: { zh: '国家级 / 省级新区', en: 'New area' },
    color: '#762a83',
    size: 4,
    opacity: 0.22,
  },
  {
    value: 'development-zone',
    label: { zh: '开发区、园区', en: 'Development zone' },
    color: '#9970ab',
    size: 3,
    opacity: 0.22,
  },
  {
    value: 'free-trade-zone',
    label: { zh: '自由贸易试验区', en: 'Free-trade zone' },
    color: '#e7298a',
    size: 3,
    opacity: 0.25,
  },
  {
    value: 'bonded-zone',
    label: { zh: '综合保税区', en: 'Bonded zone' },
    color: '#c51b7d',
    size: 3,
    opacity: 0.25,
  },
  {
    value: 'energy-base',
    label: { zh: '能源基地', en: 'Energy base' },
    color: '#b35806',
    size: 4,
    opacity: 0.2,
  },
  {
    value: 'grid-corridor',
    label: { zh: '电网通道', en: 'Power-grid corridor' },
    color: '#e08214',
    size: 2,
    opacity: 0.5,
  },
  {
    value: 'water-work',
    label: { zh: '水网工程', en: 'Water-network work' },
    color: '#2166ac',
    size: 2.5,
    opacity: 0.3,
  },
  { value: 'mountain', label: { zh: '山脉、名山', en: 'Mountain' }, color: '#8c6d31', size: 3, opacity: 0.3 },
  {
    value: 'heritage-site',
    label: { zh: '文化遗址', en: 'Heritage site' },
    color: '#a6611a',
    size: 3,
    opacity: 0.3,
  },
  {
    value: 'logistics-hub',
    label: { zh: '物流枢纽', en: 'Logistics hub' },
    color: '#542788',
    size: 3,
    opacity: 0.3,
  },
];

export const places: LayerModule = {
  id: 'places',
  group: 'planning',
  title: { zh: '新区、园区与重大工程', en: 'New areas, zones and major works' },
  data: geojsonData('places'),
  defaultVisible: false,
  interactive: true,
  indicative: 'geometry',
  interactiveLayerIds: mixedInteractiveIds('places'),
  styleLayers: mixedGeometryLayers('places', PLACE_CATEGORIES, { dashedEdge: false, labelMinzoom: 7 }),
  categories: PLACE_CATEGORIES,
  legend: fillLegend(PLACE_CATEGORIES, 'places'),
};
