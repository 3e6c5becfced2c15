import { geojsonData, HALO, LABEL_FIELD, LABEL_FONT, SELECTED_OR_HOVER } from './style-helpers';
import type { LayerModule } from './types';

const EDGE = '#8a8a8a';

/** 21 prefecture-level divisions, official boundaries. Transparent fill so a click anywhere selects one. */
export const prefectures: LayerModule = {
  id: 'prefectures',
  group: 'admin',
  title: { zh: '市（州）', en: 'Prefectures' },
  data: geojsonData('prefectures'),
  defaultVisible: true,
  interactive: true,
  indicative: false,
  interactiveLayerIds: ['prefectures-fill'],
  styleLayers: [
    {
      id: 'prefectures-fill',
      type: 'fill',
      source: 'prefectures',
      paint: { 'fill-color': '#ffd400', 'fill-opacity': SELECTED_OR_HOVER(0.28, 0.12, 0) },
    },
    {
      id: 'prefectures-edge',
      type: 'line',
      source: 'prefectures',
      layout: { 'line-join': 'round' },
      paint: { 'line-color': EDGE, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.7, 9, 1.4] },
    },
    {
      id: 'prefectures-label',
      type: 'symbol',
      source: 'prefectures',
      minzoom: 7.5,
      layout: {
        'text-field': LABEL_FIELD,
        'text-font': LABEL_FONT,
        'text-size': 13,
        'text-letter-spacing': 0.4,
      },
      paint: { 'text-color': '#777', ...HALO },
    },
  ],
  legend: [
    {
      key: 'prefectures',
      label: { zh: '市（州）界', en: 'Prefecture boundary' },
      swatch: { shape: 'line', color: EDGE, width: 1 },
    },
  ],
};
