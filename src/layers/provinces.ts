import { HALO, LABEL_FIELD, LABEL_FONT } from './style-helpers';
import type { LayerModule } from './types';

const SICHUAN_FILL = '#fbf9f3';
const NEIGHBOUR_FILL = '#e9e6df';
const SICHUAN_EDGE = '#4d4d4d';

/** Sichuan and its neighbours: the land the atlas sits on (drawn first, never toggled off). */
export const provinces: LayerModule = {
  id: 'provinces',
  group: 'base',
  title: { zh: '省级行政区', en: 'Provinces' },
  data: { kind: 'geojson', url: 'data/basemap/provinces.geojson' },
  defaultVisible: true,
  interactive: false,
  indicative: false,
  interactiveLayerIds: [],
  styleLayers: [
    {
      id: 'provinces-fill',
      type: 'fill',
      source: 'provinces',
      paint: {
        'fill-color': ['case', ['boolean', ['get', 'is_sichuan'], false], SICHUAN_FILL, NEIGHBOUR_FILL],
      },
    },
    {
      id: 'provinces-edge',
      type: 'line',
      source: 'provinces',
      paint: {
        'line-color': ['case', ['boolean', ['get', 'is_sichuan'], false], SICHUAN_EDGE, '#9a958b'],
        'line-width': ['case', ['boolean', ['get', 'is_sichuan'], false], 1.8, 0.8],
      },
    },
    {
      id: 'provinces-label',
      type: 'symbol',
      source: 'provinces',
      filter: ['!', ['boolean', ['get', 'is_sichuan'], false]],
      layout: {
        'text-field': LABEL_FIELD,
        'text-font': LABEL_FONT,
        'text-size': 14,
        'text-letter-spacing': 0.3,
      },
      paint: { 'text-color': '#8a857b', ...HALO },
    },
  ],
  legend: [
    {
      key: 'provinces-sichuan',
      label: { zh: '四川省界', en: 'Sichuan boundary' },
      swatch: { shape: 'line', color: SICHUAN_EDGE, width: 1.8 },
    },
    {
      key: 'provinces-neighbour',
      label: { zh: '相邻省份', en: 'Neighbouring provinces' },
      swatch: { shape: 'fill', color: NEIGHBOUR_FILL, opacity: 1, outline: '#9a958b' },
    },
  ],
};
