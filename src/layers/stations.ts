import { circleHighlightLayer, geojsonData, HALO, LABEL_FIELD, LABEL_FONT } from './style-helpers';
import type { LayerModule } from './types';

/** Stations as small hollow circles (plan-figure convention); hubs larger and labelled earlier. */
export const stations: LayerModule = {
  id: 'stations',
  group: 'transport',
  title: { zh: '铁路车站', en: 'Railway stations' },
  data: geojsonData('stations'),
  defaultVisible: false,
  interactive: true,
  indicative: 'geometry',
  interactiveLayerIds: ['stations-circle'],
  styleLayers: [
    circleHighlightLayer('stations'),
    {
      id: 'stations-circle',
      type: 'circle',
      source: 'stations',
      filter: ['any', ['==', ['get', 'kind'], 'hub'], ['>=', ['zoom'], 7]],
      paint: {
        'circle-radius': ['match', ['get', 'kind'], 'hub', 4.5, 2.8],
        'circle-color': '#ffffff',
        'circle-stroke-color': '#222',
        'circle-stroke-width': ['match', ['get', 'kind'], 'hub', 2, 1.2],
      },
    },
    {
      id: 'stations-label',
      type: 'symbol',
      source: 'stations',
      minzoom: 8,
      layout: {
        'text-field': LABEL_FIELD,
        'text-font': LABEL_FONT,
        'text-size': 10,
        'text-anchor': 'top',
        'text-offset': [0, 0.6],
        'text-optional': true,
      },
      paint: { 'text-color': '#333', ...HALO },
    },
  ],
  legend: [
    {
      key: 'stations-hub',
      label: { zh: '枢纽站', en: 'Hub station' },
      swatch: { shape: 'circle', color: '#fff', radius: 4.5, stroke: '#222' },
    },
    {
      key: 'stations-station',
      label: { zh: '车站（7 级以上）', en: 'Station (zoom 7+)' },
      swatch: { shape: 'circle', color: '#fff', radius: 3, stroke: '#222' },
    },
  ],
};
