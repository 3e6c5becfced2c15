import { HALO, LABEL_FIELD, LABEL_FONT } from './style-helpers';
import type { LayerModule } from './types';

export const WATER_FILL = '#b9d7ea';
export const WATER_LINE = '#5b9bc8';

export const lakes: LayerModule = {
  id: 'lakes',
  group: 'base',
  title: { zh: '湖泊水库', en: 'Lakes and reservoirs' },
  data: { kind: 'geojson', url: 'data/basemap/lakes.geojson' },
  defaultVisible: true,
  interactive: false,
  indicative: false,
  interactiveLayerIds: [],
  styleLayers: [
    {
      id: 'lakes-fill',
      type: 'fill',
      source: 'lakes',
      paint: { 'fill-color': WATER_FILL, 'fill-outline-color': WATER_LINE },
    },
    {
      id: 'lakes-label',
      type: 'symbol',
      source: 'lakes',
      minzoom: 7,
      filter: ['has', 'name_zh'],
      layout: { 'text-field': LABEL_FIELD, 'text-font': LABEL_FONT, 'text-size': 11 },
      paint: { 'text-color': '#2f6d99', ...HALO },
    },
  ],
  legend: [
    {
      key: 'lakes',
      label: { zh: '湖泊、水库', en: 'Lakes, reservoirs' },
      swatch: { shape: 'fill', color: WATER_FILL, opacity: 1, outline: WATER_LINE },
    },
  ],
};
