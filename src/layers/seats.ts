import { HALO, LABEL_FIELD, LABEL_FONT } from './style-helpers';
import type { LayerModule } from './types';

/** Prefecture seats: the place names a reader orients by. Drawn last so they sit above everything. */
export const seats: LayerModule = {
  id: 'seats',
  group: 'base',
  title: { zh: '地级市驻地', en: 'Prefecture seats' },
  data: { kind: 'geojson', url: 'data/basemap/seats.geojson' },
  defaultVisible: true,
  interactive: false,
  indicative: false,
  interactiveLayerIds: [],
  styleLayers: [
    {
      id: 'seats-dot',
      type: 'circle',
      source: 'seats',
      paint: {
        'circle-radius': 3.2,
        'circle-color': '#fff',
        'circle-stroke-color': '#222',
        'circle-stroke-width': 1.6,
      },
    },
    {
      id: 'seats-label',
      type: 'symbol',
      source: 'seats',
      layout: {
        'text-field': LABEL_FIELD,
        'text-font': LABEL_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 5, 12, 9, 16],
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.6,
        'text-padding': 2,
      },
      paint: { 'text-color': '#1a1a1a', ...HALO, 'text-halo-width': 1.8 },
    },
  ],
  legend: [
    {
      key: 'seats',
      label: { zh: '地级市（州）驻地', en: 'Prefecture seat' },
      swatch: { shape: 'circle', color: '#fff', radius: 4, stroke: '#222' },
    },
  ],
};
