import { describe, expect, it } from 'vitest';
import { boundsOf } from './feature-index';
import { assertFeatureCollection, DataError } from './layer-loader';

describe('layer loader', () => {
  it('names the file and the problem for bad data', () => {
    expect(() => assertFeatureCollection('data/x.geojson', { type: 'Feature' })).toThrow(DataError);
    expect(() => assertFeatureCollection('data/x.geojson', { type: 'Feature' })).toThrow(
      /data\/x.geojson: is not a GeoJSON FeatureCollection/,
    );
    expect(() =>
      assertFeatureCollection('data/y.geojson', {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: {}, geometry: null }],
      }),
    ).toThrow(/data\/y.geojson: feature 0 has no string properties.id/);
  });

  it('computes bounds of nested geometry', () => {
    expect(
      boundsOf({
        type: 'MultiLineString',
        coordinates: [
          [
            [1, 2],
            [3, 4],
          ],
          [
            [-1, 5],
            [0, 0],
          ],
        ],
      }),
    ).toEqual([-1, 0, 3, 5]);
  });
});
