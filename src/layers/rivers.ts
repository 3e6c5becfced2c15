import type { ExpressionSpecification } from 'maplibre-gl';
import { WATER_LINE } from './lakes';
import { HALO, LABEL_FIELD, LABEL_FONT } from './style-helpers';
import type { LayerModule } from './types';

const NAMED_RIVER = '#3a84bf';
const isNamed: ExpressionSpecification = ['boolean', ['get', 'named'], false];

/** WDBII river network; named rivers heavier and labelled along the line. */
export const rivers: LayerModule = {
  id: 'rivers',
  group: 'base',
  title: { zh: '河流', en: 'Rivers' },
  data: { kind: 'geojson', url: 'data/basemap/rivers.geojson' },
  defaultVisible: true,
  interactive: false,
  indicative: false,
  interactiveLayerIds: [],
  styleLayers: [
    {
      id: 'rivers-network',
      type: 'line',
      source: 'rivers',
      filter: ['!', isNamed],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': WATER_LINE,
        'line-opacity': 0.75,
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          5,
          ['match', ['get', 'level'], 1, 0.9, 2, 0.6, 0.35],
          9,
          ['match', ['get', 'level'], 1, 1.8, 2, 1.2, 0.8],
        ],
      },
    },
    {
      id: 'rivers-named',
      type: 'line',
      source: 'rivers',
      filter: isNamed,
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
      filter: isNamed,
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
    {
      key: 'rivers-network',
      label: { zh: '其他河流', en: 'Other rivers' },
      swatch: { shape: 'line', color: WATER_LINE, width: 1 },
    },
  ],
};
