import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/**
 * Deterministic GeoJSON output: coordinates rounded to 6 decimals (~0.1 m), features sorted by their string id,
 * property keys in a stable order. Committed outputs must be byte-identical across rebuilds.
 */

export function roundPosition(position: Position): Position {
  return position.map((value) => Math.round(value * 1e6) / 1e6);
}

type Nested = Position | Nested[];

function roundNested(value: Nested): Nested {
  if (typeof value[0] === 'number') return roundPosition(value as Position);
  return (value as Nested[]).map(roundNested);
}

export function roundGeometry<G extends Geometry>(geometry: G): G {
  if (geometry.type === 'GeometryCollection') {
    return { ...geometry, geometries: geometry.geometries.map(roundGeometry) };
  }
  return { ...geometry, coordinates: roundNested(geometry.coordinates as Nested) } as G;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return Object.fromEntries(entries.map(([key, inner]) => [key, sortKeys(inner)]));
  }
  return value;
}

function featureId(feature: Feature): string {
  const id = feature.properties?.id ?? feature.id;
  if (typeof id !== 'string' || id === '')
    throw new Error('every output feature needs a string properties.id');
  return id;
}

/** Round, sort by id, and put `id` at the top level too so promoteId and plain GeoJSON readers agree. */
export function normalizeCollection(collection: FeatureCollection): FeatureCollection {
  const features = collection.features
    .map((feature) => {
      const id = featureId(feature);
      return {
        type: 'Feature' as const,
        id,
        properties: sortKeys(feature.properties ?? {}) as Record<string, unknown>,
        geometry: roundGeometry(feature.geometry),
      };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const seen = new Set<string>();
  for (const feature of features) {
    if (seen.has(feature.id)) throw new Error(`duplicate feature id "${feature.id}"`);
    seen.add(feature.id);
  }
  return { type: 'FeatureCollection', features };
}

/** Compact, one feature per line: small diffs in review, still valid JSON. */
export function stringifyCollection(collection: FeatureCollection): string {
  const normalized = normalizeCollection(collection);
  const lines = normalized.features.map((feature) => JSON.stringify(feature));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
