import { mixedGeometryLayers, mixedInteractiveIds } from './area-helpers';
import { fillLegend, geojsonData } from './style-helpers';
import type { Category, LayerModule } from './types';

/** Greens; national parks darkest (cartography.md). Extents are indicative, never the official red line. */
export const ECOLOGY_CATEGORIES: Category[] = [
  {
    value: 'national-park',
    label: { zh: '国家公园', en: 'National park' },
    color: '#1b7837',
    size: 4,
    opacity: 0.35,
  },
  {
    value: 'nature-reserve',
    label: { zh: '自然保护区', en: 'Nature reserve' },
    color: '#4dac26',
    size: 3,
    opacity: 0.3,
  },
  { value: 'wetland', label: { zh: '湿地', en: 'Wetland' }, color: '#35978f', size: 3, opacity: 0.3 },
  {
    value: 'barrier',
    label: { zh: '生态屏障', en: 'Ecological barrier' },
    color: '#7fbc41',
    size: 6,
    opacity: 0.18,
  },
  {
    value: 'function-area',
    label: { zh: '重点生态功能区', en: 'Key ecological function area' },
    color: '#a6d96a',
    size: 5,
    opacity: 0.22,
  },
];

export const ecology: LayerModule = {
  id: 'ecology',
  group: 'ecology',
  title: { zh: '生态保护（示意范围）', en: 'Ecological protection (indicative)' },
  data: geojsonData('ecology'),
  defaultVisible: false,
  interactive: true,
  indicative: 'ecology',
  interactiveLayerIds: mixedInteractiveIds('ecology'),
  styleLayers: mixedGeometryLayers('ecology', ECOLOGY_CATEGORIES, {
    dashedEdge: true,
    labelMinzoom: 6,
    labelSuffix: { zh: '（示意）', en: ' (indicative)' },
  }),
  categories: ECOLOGY_CATEGORIES,
  legend: fillLegend(ECOLOGY_CATEGORIES, 'ecology', true),
};
