import {
  geojsonData,
  lineHighlightLayer,
  lineLabelLayer,
  lineLegend,
  statusLineLayers,
} from './style-helpers';
import type { Category, LayerModule } from './types';

/** Navigable channels: blue, thicker for trunk routes (grade is in the info panel). */
export const WATERWAY_CATEGORIES: Category[] = [
  { value: 'trunk', label: { zh: '干线航道', en: 'Trunk waterway' }, color: '#0b5fa5', size: 4 },
  { value: 'branch', label: { zh: '支线航道', en: 'Branch waterway' }, color: '#2f8fd8', size: 2.8 },
];

export const waterways: LayerModule = {
  id: 'waterways',
  group: 'transport',
  title: { zh: '内河航道', en: 'Waterways' },
  data: geojsonData('waterways'),
  defaultVisible: false,
  interactive: true,
  indicative: 'geometry',
  interactiveLayerIds: [
    'waterways-open',
    'waterways-under-construction',
    'waterways-planned',
    'waterways-study',
  ],
  styleLayers: [
    lineHighlightLayer('waterways'),
    ...statusLineLayers('waterways', 'kind', WATERWAY_CATEGORIES),
    lineLabelLayer('waterways', 7, '#0b4f8a'),
  ],
  categories: WATERWAY_CATEGORIES,
  legend: lineLegend(WATERWAY_CATEGORIES, 'waterways'),
};
