import type { ExpressionSpecification } from 'maplibre-gl';
import { WATER_LINE } from './lakes';
import type { LayerModule } from './types';

// Named rivers are features of their own layer (rivers.ts); this draws the unnamed network under them.
const isNamed: ExpressionSpecification = ['boolean', ['get', 'named'], false];

/** WDBII river network: context only, thin and quiet. */
export const riverNetwork: LayerModule = {
  id: 'river-network',
  group: 'base',
  title: { zh: '河网', en: 'River network' },
  data: { kind: 'geojson', url: 'data/basemap/rivers.geojson' },
  defaultVisible: true,
  interactive: false,
  indicative: false,
  interactiveLayerIds: [],
  styleLayers: [
    {
      id: 'river-network-line',
      type: 'line',
      source: 'river-network',
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
  ],
  legend: [
    {
      key: 'river-network',
      label: { zh: '其他河流', en: 'Other rivers' },
      swatch: { shape: 'line', color: WATER_LINE, width: 1 },
    },
  ],
};
