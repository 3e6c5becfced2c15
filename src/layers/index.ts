import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
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
import { riverNetwork } from './river-network';
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
  riverNetwork,
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
 * The rectangle the basemap data covers (neighbour provinces and relief are clipped to it; see data/README.md). The
 * camera may roam further (MAX_BOUNDS), and on a wide screen or a projector the clip edge would show as a ragged
 * change of colour: a thin neat line makes it read as the edge of the map sheet. tests/data-extent.test.ts ties it to
 * the data.
 */
export const DATA_EXTENT: readonly [number, number, number, number] = [95.5, 24.5, 110.5, 35.5];

const EXTENT_SOURCE = 'data-extent';

export const EXTENT_FRAME_LAYER: LayerSpecification = {
  id: 'data-extent-frame',
  type: 'line',
  source: EXTENT_SOURCE,
  // Under every data layer: the fills cover its inner half, the outer half is the visible edge.
  paint: { 'line-color': '#9a958b', 'line-width': 2 },
};

function extentSource(): SourceSpecification {
  const [west, south, east, north] = DATA_EXTENT;
  return {
    type: 'geojson',
    data: {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'LineString',
        coordinates: [
          [west, south],
          [east, south],
          [east, north],
          [west, north],
          [west, south],
        ],
      },
    },
  };
}

export interface StyleOptions {
  /** Absolute URLs: MapLibre fetches GeoJSON in its worker, which resolves relative URLs against its own script. */
  dataBaseUrl: string;
  language: Language;
}

export function sourceFor(layer: LayerModule, dataBaseUrl: string): SourceSpecification | null {
  if (layer.data.kind !== 'geojson') return null;
  return { type: 'geojson', data: `${dataBaseUrl}${layer.data.url}`, promoteId: 'id' };
}

/**
 * The start of every style: no tile server and no glyph server. Labels are drawn in the browser from the shipped
 * Noto Sans SC subset (CSS @font-face "Atlas SC", loaded before the map starts); layers are added when first needed.
 */
export function baseStyle(options: StyleOptions): StyleSpecification {
  return {
    version: 8,
    name: 'Sichuan Planning Atlas (offline)',
    state: {
      lang: { default: options.language },
      statuses: { default: ALL_STATUSES },
    },
    sources: { [EXTENT_SOURCE]: extentSource() },
    layers: [BACKGROUND_LAYER, EXTENT_FRAME_LAYER],
  };
}

/** The complete style with every GeoJSON layer (for validation and export). */
export function buildStyle(options: StyleOptions): StyleSpecification {
  const style = baseStyle(options);
  for (const layer of LAYER_REGISTRY) {
    const source = sourceFor(layer, options.dataBaseUrl);
    if (!source) continue;
    style.sources[layer.id] = source;
    style.layers.push(...layer.styleLayers);
  }
  return style;
}
