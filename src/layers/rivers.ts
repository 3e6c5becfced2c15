import { geojsonData, HALO, LABEL_FIELD, LABEL_FONT, lineHighlightLayer } from './style-helpers';
import type { LayerModule } from './types';

const NAMED_RIVER = '#3a84bf';

/** The named rivers the plans talk about (长江, 岷江, 嘉陵江 …): clickable, labelled along the line. */
export const rivers: LayerModule = {
  id: 'rivers',
  group: 'base',
  title: { zh: '主要河流', en: 'Major rivers' },
  data: geojsonData('rivers'),
  defaultVisible: true,
  interactive: true,
  indicative: false,
  interactiveLayerIds: ['rivers-line'],
  styleLayers: [
    lineHighlightLayer('rivers'),
    {
      id: 'rivers-line',
      type: 'line',
      source: 'rivers',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': NAMED_RIVER,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.3, 9, 2.6],
      },
    },
    {
      id: 'rivers-label',
      type: 'symbol',
      source: 'rivers',
      layout: {
        'symbol-placement': 'line',
        'text-field': LABEL_FIELD,
        'text-font': LABEL_FONT,
        'text-size': 12,
        'text-letter-spacing': 0.2,
        'symbol-spacing': 350,
      },
      paint: { 'text-color': '#2166ac', ...HALO },
    },
  ],
  legend: [
    {
      key: 'rivers-named',
      label: { zh: '主要河流', en: 'Major rivers' },
      swatch: { shape: 'line', color: NAMED_RIVER, width: 2 },
    },
  ],
};
