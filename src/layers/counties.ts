import { geojsonData, HALO, LABEL_FIELD, LABEL_FONT, SELECTED_OR_HOVER } from './style-helpers';
import type { LayerModule } from './types';

const EDGE = '#b5b0a6';
export const COUNTY_MINZOOM = 7;

/** 183 counties: context from a middle zoom on (not fetched before, to keep the first view light). */
export const counties: LayerModule = {
  id: 'counties',
  group: 'admin',
  title: { zh: '县（市、区）', en: 'Counties' },
  data: geojsonData('counties'),
  defaultVisible: true,
  minzoom: COUNTY_MINZOOM,
  interactive: true,
  indicative: false,
  interactiveLayerIds: ['counties-fill'],
  styleLayers: [
    {
      id: 'counties-fill',
      type: 'fill',
      source: 'counties',
      minzoom: COUNTY_MINZOOM,
      paint: { 'fill-color': '#ffd400', 'fill-opacity': SELECTED_OR_HOVER(0.3, 0.12, 0) },
    },
    {
      id: 'counties-edge',
      type: 'line',
      source: 'counties',
      minzoom: COUNTY_MINZOOM,
      paint: { 'line-color': EDGE, 'line-width': 0.6, 'line-dasharray': [3, 1.5] },
    },
    {
      id: 'counties-label',
      type: 'symbol',
      source: 'counties',
      minzoom: 8.5,
      layout: { 'text-field': LABEL_FIELD, 'text-font': LABEL_FONT, 'text-size': 11 },
      paint: { 'text-color': '#888', ...HALO },
    },
  ],
  legend: [
    {
      key: 'counties',
      label: { zh: '县级界（7 级以上显示）', en: 'County boundary (zoom 7+)' },
      swatch: { shape: 'line', color: EDGE, width: 0.8, dash: [3, 1.5] },
    },
  ],
};
