import type { LayerModule } from './types';

/** Soft grey hillshade from ETOPO5: tells basin from plateau without fighting the data (cartography.md). */
export const relief: LayerModule = {
  id: 'relief',
  group: 'base',
  title: { zh: '地形晕渲', en: 'Shaded relief' },
  data: { kind: 'image', url: 'data/basemap/relief.png', metadataUrl: 'data/basemap/relief.json' },
  defaultVisible: true,
  interactive: false,
  indicative: false,
  interactiveLayerIds: [],
  styleLayers: [
    {
      id: 'relief-raster',
      type: 'raster',
      source: 'relief',
      paint: { 'raster-opacity': 0.55, 'raster-resampling': 'linear', 'raster-fade-duration': 0 },
    },
  ],
  legend: [
    { key: 'relief', label: { zh: '地形（ETOPO5）', en: 'Terrain (ETOPO5)' }, swatch: { shape: 'relief' } },
  ],
};
