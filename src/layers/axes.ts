import { mixedGeometryLayers, mixedInteractiveIds } from './area-helpers';
import { fillLegend, geojsonData } from './style-helpers';
import type { Category, LayerModule } from './types';

/** Development axes and belts are ideas, not alignments: wide, translucent, dashed and labelled 示意. */
export const AXIS_CATEGORIES: Category[] = [
  {
    value: 'axis',
    label: { zh: '发展主轴', en: 'Development axis' },
    color: '#b2182b',
    size: 5,
    opacity: 0.3,
  },
  {
    value: 'belt',
    label: { zh: '发展带', en: 'Development belt' },
    color: '#ef8a62',
    size: 7,
    opacity: 0.25,
  },
  { value: 'corridor', label: { zh: '廊道', en: 'Corridor' }, color: '#4393c3', size: 5, opacity: 0.3 },
];

export const axes: LayerModule = {
  id: 'axes',
  group: 'planning',
  title: { zh: '发展轴带（示意）', en: 'Development axes and belts (schematic)' },
  data: geojsonData('axes'),
  defaultVisible: false,
  interactive: true,
  indicative: 'geometry',
  interactiveLayerIds: mixedInteractiveIds('axes'),
  styleLayers: mixedGeometryLayers('axes', AXIS_CATEGORIES, {
    dashedEdge: true,
    labelMinzoom: 5,
    labelSuffix: { zh: '（示意）', en: ' (schematic)' },
  }),
  categories: AXIS_CATEGORIES,
  legend: fillLegend(AXIS_CATEGORIES, 'axes', true),
};
