import { area } from '@turf/turf';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { restoreLostParts } from './enclaves';

const square = (x: number, y: number, d: number) => [
  [
    [x, y],
    [x + d, y],
    [x + d, y + d],
    [x, y + d],
    [x, y],
  ],
];
// County "b" owns a small enclave inside county "a"; the simplified layer lost both the enclave and the hole.
const raw: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { k: 'a' },
      geometry: {
        type: 'Polygon',
        coordinates: [...square(104, 30, 0.2), ...square(104.05, 30.05, 0.01).map((r) => [...r].reverse())],
      },
    },
    {
      type: 'Feature',
      properties: { k: 'b' },
      geometry: { type: 'MultiPolygon', coordinates: [square(104.2, 30, 0.2), square(104.05, 30.05, 0.01)] },
    },
  ],
};
const simplified: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { k: 'a' },
      geometry: { type: 'Polygon', coordinates: square(104, 30, 0.2) },
    },
    {
      type: 'Feature',
      properties: { k: 'b' },
      geometry: { type: 'Polygon', coordinates: square(104.2, 30, 0.2) },
    },
  ],
};

describe('restoreLostParts', () => {
  it('puts a dropped enclave back and cuts it out of its neighbour', () => {
    const { collection, restored } = restoreLostParts(raw, simplified, 'k', 5, 1e5);
    expect(restored).toHaveLength(1);
    const [a, b] = collection.features as [Feature<Polygon>, Feature];
    expect(b.geometry.type).toBe('MultiPolygon');
    expect(a.geometry.coordinates).toHaveLength(2); // now has the hole
    const total = area(a) + area(b);
    expect(total).toBeCloseTo(
      area(simplified.features[0] as Feature) + area(simplified.features[1] as Feature),
      -3,
    );
  });
  it('leaves layers alone when nothing was lost', () => {
    expect(restoreLostParts(simplified, simplified, 'k', 5, 1e5).restored).toEqual([]);
  });
});
