import type { LineString, MultiPolygon, Polygon } from 'geojson';
import { boundsOf, getFeature } from '../data/feature-index';
import type { View } from '../state/view';
import type { PresentationOverlay } from './deck-overlay';
import type { DrawHandler, FeatureTints, MapAdapter } from './map-adapter';

/**
 * Imperative commands panels may issue to the map (fly to a feature, zoom). The adapter registers itself here
 * so React state never holds the map.
 */
let active: MapAdapter | null = null;

const prefersReducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

export function setActiveMap(adapter: MapAdapter | null): void {
  active = adapter;
}

/**
 * The live adapter, for the lazily loaded briefing modules (export reads the map's style and camera; presentation
 * drives the deck.gl overlay). Null before the map exists. Never store it in React state or the store.
 */
export function activeAdapter(): MapAdapter | null {
  return active;
}

export function flyToFeature(featureId: string): boolean {
  return active?.flyToFeature(featureId) ?? false;
}

/**
 * Fits the map to every loaded feature of `ids` (the union of their bounds). False when there is no map or none
 * of the features is loaded yet, so the caller can try again once their layers arrive.
 */
export function fitToFeatures(ids: readonly string[]): boolean {
  if (!active) return false;
  let bounds: [number, number, number, number] | null = null;
  for (const id of ids) {
    const feature = getFeature(id);
    if (!feature) continue;
    const [west, south, east, north] = boundsOf(feature.geometry);
    bounds = bounds
      ? [
          Math.min(bounds[0], west),
          Math.min(bounds[1], south),
          Math.max(bounds[2], east),
          Math.max(bounds[3], north),
        ]
      : [west, south, east, north];
  }
  if (!bounds?.every(Number.isFinite)) return false;
  const padding = Math.min(60, active.map.getContainer().clientWidth / 8);
  active.map.fitBounds(
    [
      [bounds[0], bounds[1]],
      [bounds[2], bounds[3]],
    ],
    { padding, maxZoom: 9.5, duration: prefersReducedMotion() ? 0 : 900 },
  );
  return true;
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

/**
 * Presentation mode (src/presentation): the slide's highlights and flows on the deck.gl overlay, or null to take
 * it off. Resolves when drawn (or at once without a map); rejects when deck.gl fails to load.
 */
export function setPresentationOverlay(overlay: PresentationOverlay | null): Promise<void> {
  return active?.setPresentationOverlay(overlay) ?? Promise.resolve();
}

/** The camera that frames the loaded features among `ids` (a briefing slide's view), or null without them. */
export function viewForFeatures(ids: readonly string[]): View | null {
  if (!active) return null;
  const boxes = ids.flatMap((id) => {
    const feature = getFeature(id);
    return feature ? [boundsOf(feature.geometry)] : [];
  });
  if (boxes.length === 0) return null;
  const padding = Math.min(80, active.map.getContainer().clientWidth / 8);
  const camera = active.map.cameraForBounds(
    [
      [Math.min(...boxes.map((box) => box[0])), Math.min(...boxes.map((box) => box[1]))],
      [Math.max(...boxes.map((box) => box[2])), Math.max(...boxes.map((box) => box[3]))],
    ],
    { padding, maxZoom: 9.5 },
  );
  if (!camera?.center) return null;
  const center = camera.center as { lng: number; lat: number };
  return { center: [center.lng, center.lat], zoom: camera.zoom ?? active.map.getZoom(), bearing: 0 };
}
