import { mixedGeometryLayers, mixedInteractiveIds } from './area-helpers';
import { fillLegend, geojsonData } from './style-helpers';
import type { Category, LayerModule } from './types';

/** The dissolved 成德眉资 boundary plus the plans' internal structure (schematic buffers, dashed). */
export const METRO_CATEGORIES: Category[] = [
  {
    value: 'circle',
    label: { zh: '成都都市圈', en: 'Chengdu metropolitan circle' },
    color: '#c0392b',
    size: 2,
    opacity: 0.06,
  },
  {
    value: 'commuting-circle',
    label: { zh: '通勤圈（示意）', en: 'Commuting circle (schematic)' },
    color: '#e74c3c',
    size: 2,
    opacity: 0.1,
  },
  {
    value: 'ring',
    label: { zh: '圈层（示意）', en: 'Ring (schematic)' },
    color: '#d35400',
    size: 2,
    opacity: 0.08,
  },
  {
    value: 'belt',
    label: { zh: '同城化发展带（示意）', en: 'Integration belt (schematic)' },
    color: '#f39c12',
    size: 6,
    opacity: 0.22,
  },
];

export const metroCircle: LayerModule = {
  id: 'metro-circle',
  group: 'planning',
  title: { zh: '成都都市圈', en: 'Chengdu metropolitan circle' },
  data: geojsonData('metro-circle'),
  defaultVisible: false,
  interactive: true,
  indicative: false,
  interactiveLayerIds: mixedInteractiveIds('metro-circle'),
  styleLayers: mixedGeometryLayers('metro-circle', METRO_CATEGORIES, { dashedEdge: false, labelMinzoom: 6 }),
  categories: METRO_CATEGORIES,
  legend: fillLegend(METRO_CATEGORIES, 'metro-circle'),
};
