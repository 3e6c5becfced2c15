import type { Feature, FeatureCollection, Geometry } from 'geojson';

/**
 * Loaded features by their stable string id. Module-level, outside the store: it holds data, not UI state,
 * and panels re-read it when the store's load states change.
 */
export interface IndexedFeature {
  id: string;
  layer: string;
  properties: Record<string, unknown>;
  geometry: Geometry;
}

const byId = new Map<string, IndexedFeature>();
const byLayer = new Map<string, IndexedFeature[]>();

export function indexLayer(layer: string, collection: FeatureCollection): void {
  const features: IndexedFeature[] = [];
  for (const feature of collection.features as Feature[]) {
    const id = feature.properties?.id ?? feature.id;
    if (typeof id !== 'string') continue;
    const entry = { id, layer, properties: feature.properties ?? {}, geometry: feature.geometry };
    byId.set(id, entry);
    features.push(entry);
  }
  byLayer.set(layer, features);
}

export function getFeature(id: string): IndexedFeature | undefined {
  return byId.get(id);
}

export function featuresOf(layer: string): readonly IndexedFeature[] {
  return byLayer.get(layer) ?? [];
}

export function isLayerIndexed(layer: string): boolean {
  return byLayer.has(layer);
}

/** Bounding box [west, south, east, north] of any geometry, for fly-to. */
export function boundsOf(geometry: Geometry): [number, number, number, number] {
  let west = Number.POSITIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  const visit = (value: unknown): void => {
    if (Array.isArray(value) && typeof value[0] === 'number') {
      const [x, y] = value as [number, number];
      west = Math.min(west, x);
      east = Math.max(east, x);
      south = Math.min(south, y);
      north = Math.max(north, y);
    } else if (Array.isArray(value)) {
      for (const inner of value) visit(inner);
    }
  };
  if (geometry.type === 'GeometryCollection') for (const inner of geometry.geometries) visit(boundsOf(inner));
  else visit(geometry.coordinates);
  return [west, south, east, north];
}

/** A feature's name in the interface language (Chinese when there is no English), or null if unknown or unnamed. */
export function featureName(id: string | null, language: 'zh' | 'en'): string | null {
  if (!id) return null;
  const properties = getFeature(id)?.properties;
  const name = properties?.[language === 'en' ? 'name_en' : 'name_zh'] || properties?.name_zh;
  return typeof name === 'string' && name !== '' ? name : null;
}
