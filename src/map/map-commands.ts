import type { LineString, MultiPolygon, Polygon } from 'geojson';
import type { DrawHandler, FeatureTints, MapAdapter } from './map-adapter';

/**
 * Imperative commands panels may issue to the map (fly to a feature, zoom). The adapter registers itself here
 * so React state never holds the map.
 */
let active: MapAdapter | null = null;

export function setActiveMap(adapter: MapAdapter | null): void {
  active = adapter;
}

export function flyToFeature(featureId: string): boolean {
  return active?.flyToFeature(featureId) ?? false;
}

export function zoomBy(delta: number): void {
  if (!active) return;
  active.map.easeTo({ zoom: active.map.getZoom() + delta, duration: 250 });
}

export function resetBearing(): void {
  active?.map.easeTo({ bearing: 0, pitch: 0, duration: 300 });
}

/** Plan ↔ map views (src/panels/mentions). Each returns false when no map exists yet; callers re-send later. */
export function setFeatureTints(tints: FeatureTints | null): boolean {
  active?.setFeatureTints(tints);
  return active !== null;
}

export function setAreaOutline(geometry: Polygon | MultiPolygon | LineString | null): boolean {
  active?.setAreaOutline(geometry);
  return active !== null;
}

export function setDrawHandler(handler: DrawHandler | null): boolean {
  active?.setDrawHandler(handler);
  return active !== null;
}
