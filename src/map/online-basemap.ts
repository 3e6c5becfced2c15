import type {
  LayerSpecification,
  Map as MaplibreMap,
  RasterSourceSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { OnlineBasemap } from '../state/url';

/**
 * The optional online basemap: OpenStreetMap raster tiles, a raster tile template (https://…/{z}/{x}/{y}.png) or a
 * MapLibre style URL (https://…/style.json) the user supplies. Off by default: the atlas contacts no server unless
 * asked. It is drawn above the offline land and relief and below every thematic layer.
 */

const PREFIX = 'online-';
const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** https only, and either a {z}/{x}/{y} tile template or a style document: anything else is refused. */
export function isTileTemplate(url: string): boolean {
  try {
    const parsed = new URL(url.replace(/\{[xyz]\}/g, '0'));
    return parsed.protocol === 'https:' && ['{z}', '{x}', '{y}'].every((token) => url.includes(token));
  } catch {
    return false;
  }
}

export function isStyleUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:' && !url.includes('{z}');
  } catch {
    return false;
  }
}

export function isOnlineBasemapUrl(url: string): boolean {
  return isTileTemplate(url) || isStyleUrl(url);
}

/** Raster tiles: OSM, or the user's template. */
export function onlineBasemapSpec(
  kind: OnlineBasemap,
  customUrl: string | null,
): { source: RasterSourceSpecification; layer: LayerSpecification } | null {
  if (kind === 'none') return null;
  const custom = customUrl && isTileTemplate(customUrl) ? customUrl : null;
  return {
    source: {
      type: 'raster',
      tiles: [custom ?? OSM_TILES],
      tileSize: 256,
      maxzoom: 19,
      attribution: custom
        ? ''
        : '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
    },
    layer: {
      id: `${PREFIX}basemap`,
      type: 'raster',
      source: `${PREFIX}basemap`,
      paint: { 'raster-opacity': 0.85 },
    },
  };
}

/**
 * The drawable part of someone else's style, renamed so it cannot collide with ours. Symbol layers that need the
 * style's sprite are dropped (the atlas loads no sprite); text is drawn locally like our own labels.
 */
export function styleOverlay(style: StyleSpecification): {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
} {
  const sources = Object.fromEntries(
    Object.entries(style.sources ?? {}).map(([id, source]) => [`${PREFIX}${id}`, source]),
  );
  const layers = (style.layers ?? [])
    .filter(
      (layer) =>
        !(
          layer.type === 'symbol' &&
          layer.layout?.['icon-image'] !== undefined &&
          !layer.layout?.['text-field']
        ),
    )
    .map((layer) => {
      const renamed = { ...layer, id: `${PREFIX}${layer.id}` } as LayerSpecification & { source?: unknown };
      if (typeof renamed.source === 'string') renamed.source = `${PREFIX}${renamed.source}`;
      return renamed as LayerSpecification;
    });
  return { sources, layers };
}

/** Adds and removes the online basemap on a map; every call replaces what the previous one added. */
export class OnlineBasemapController {
  private readonly added = { sources: [] as string[], layers: [] as string[] };
  private request = 0;

  constructor(
    private readonly map: MaplibreMap,
    private readonly beforeId: () => string | undefined,
    private readonly onError: (error: Error) => void,
  ) {}

  apply(kind: OnlineBasemap, url: string | null): void {
    this.clear();
    const request = ++this.request;
    if (kind === 'none') return;
    if (url && isStyleUrl(url)) {
      fetch(url)
        .then((response) => {
          if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
          return response.json() as Promise<StyleSpecification>;
        })
        .then((style) => {
          if (request === this.request) this.add(styleOverlay(style));
        })
        .catch((error: Error) => this.onError(new Error(`online basemap style ${url}: ${error.message}`)));
      return;
    }
    const spec = onlineBasemapSpec(kind, url);
    if (spec) this.add({ sources: { [spec.layer.id]: spec.source }, layers: [spec.layer] });
  }

  private add(overlay: { sources: Record<string, SourceSpecification>; layers: LayerSpecification[] }): void {
    for (const [id, source] of Object.entries(overlay.sources)) {
      this.map.addSource(id, source);
      this.added.sources.push(id);
    }
    const before = this.beforeId();
    for (const layer of overlay.layers) {
      this.map.addLayer(layer, before);
      this.added.layers.push(layer.id);
    }
  }

  private clear(): void {
    for (const id of this.added.layers.splice(0)) if (this.map.getLayer(id)) this.map.removeLayer(id);
    for (const id of this.added.sources.splice(0)) if (this.map.getSource(id)) this.map.removeSource(id);
  }
}
