import type { LayerSpecification, RasterSourceSpecification } from 'maplibre-gl';
import type { OnlineBasemap } from '../state/url';

/**
 * The optional online basemap: OpenStreetMap raster tiles, or a raster tile template the user supplies
 * (e.g. https://…/{z}/{x}/{y}.png). Off by default: the atlas never contacts a tile server unless asked.
 */
export function onlineBasemapSpec(
  kind: OnlineBasemap,
  customUrl: string | null,
): { source: RasterSourceSpecification; layer: LayerSpecification } | null {
  if (kind === 'none') return null;
  const tiles =
    customUrl && isTileTemplate(customUrl) ? [customUrl] : ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'];
  return {
    source: {
      type: 'raster',
      tiles,
      tileSize: 256,
      maxzoom: 19,
      attribution: customUrl
        ? ''
        : '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
    },
    layer: {
      id: 'online-basemap',
      type: 'raster',
      source: 'online-basemap',
      paint: { 'raster-opacity': 0.85 },
    },
  };
}

/** Only https tile templates with {z}/{x}/{y}: anything else is refused rather than half-working. */
export function isTileTemplate(url: string): boolean {
  try {
    const parsed = new URL(url.replace(/\{[xyz]\}/g, '0'));
    return parsed.protocol === 'https:' && ['{z}', '{x}', '{y}'].every((token) => url.includes(token));
  } catch {
    return false;
  }
}
