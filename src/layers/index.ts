import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Language } from '../i18n/language';
import { airports } from './airports';
import { axes } from './axes';
import { counties } from './counties';
import { ecology } from './ecology';
import { expressways } from './expressways';
import { lakes } from './lakes';
import { metroCircle } from './metro-circle';
import { places } from './places';
import { ports } from './ports';
import { prefectures } from './prefectures';
import { provinces } from './provinces';
import { railways } from './railways';
import { relief } from './relief';
import { rivers } from './rivers';
import { seats } from './seats';
import { stations } from './stations';
import { ALL_STATUSES } from './style-helpers';
import type { LayerGroup, LayerModule } from './types';
import { waterways } from './waterways';
import { zones } from './zones';

/** Draw order, bottom to top. Panels list layers by group in the reverse (top first) order. */
export const LAYER_REGISTRY: readonly LayerModule[] = [
  provinces,
  relief,
  zones,
  ecology,
  metroCircle,
  lakes,
  rivers,
  counties,
  prefectures,
  axes,
  places,
  waterways,
  expressways,
  railways,
  stations,
  ports,
  airports,
  seats,
];

export type LayerId = string;
export const LAYER_IDS: readonly LayerId[] = LAYER_REGISTRY.map((layer) => layer.id);

export const GROUP_ORDER: readonly LayerGroup[] = ['transport', 'planning', 'ecology', 'admin', 'base'];

export const GROUP_TITLES: Record<LayerGroup, { zh: string; en: string }> = {
  transport: { zh: '交通走廊', en: 'Transport corridors' },
  planning: { zh: '区域格局', en: 'Regional structure' },
  ecology: { zh: '生态保护', en: 'Ecological protection' },
  admin: { zh: '行政区划', en: 'Administrative divisions' },
  base: { zh: '底图', en: 'Basemap' },
};

export function layerById(id: string): LayerModule | undefined {
  return LAYER_REGISTRY.find((layer) => layer.id === id);
}

export const DEFAULT_VISIBLE_LAYERS: readonly LayerId[] = LAYER_REGISTRY.filter(
  (layer) => layer.defaultVisible,
).map((layer) => layer.id);

/** Layers the info panel can select from (their style layers answer clicks). */
export const INTERACTIVE_LAYER_IDS: readonly string[] = LAYER_REGISTRY.flatMap(
  (layer) => layer.interactiveLayerIds,
);

export const BACKGROUND_LAYER: LayerSpecification = {
  id: 'background',
  type: 'background',
  paint: { 'background-color': '#dfe7ec' },
};

/**
 * The complete offline style: no tile server, no glyph server (labels are drawn locally from the shipped font),
 * sources empty until the adapter fetches each layer's data.
 */
export function buildStyle(options: { fontUrl: string; language: Language }): StyleSpecification {
  const sources: StyleSpecification['sources'] = {};
  for (const layer of LAYER_REGISTRY) {
    if (layer.data.kind === 'geojson') {
      sources[layer.id] = {
        type: 'geojson',
        data: { type: 'FeatureCollection', features: [] },
        promoteId: 'id',
      };
    }
  }
  return {
    version: 8,
    name: 'Sichuan Planning Atlas (offline)',
    state: {
      lang: { default: options.language },
      statuses: { default: ALL_STATUSES },
    },
    'font-faces': { 'Atlas SC': [{ url: options.fontUrl }] },
    sources,
    // Image sources (relief) are added once their corner coordinates are loaded, so their layers come later too.
    layers: [
      BACKGROUND_LAYER,
      ...LAYER_REGISTRY.filter((layer) => layer.data.kind === 'geojson').flatMap(
        (layer) => layer.styleLayers,
      ),
    ],
  };
}
