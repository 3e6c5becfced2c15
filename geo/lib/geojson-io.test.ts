import { describe, expect, it } from 'vitest';
import { normalizeCollection, stringifyCollection } from './geojson-io';

const point = (id: string, x: number, y: number) => ({
  type: 'Feature' as const,
  properties: { name_zh: 'x', id },
  geometry: { type: 'Point' as const, coordinates: [x, y] },
});

describe('geojson-io', () => {
  it('rounds to 6 decimals and sorts by id', () => {
    const out = normalizeCollection({
      type: 'FeatureCollection',
      features: [point('b', 1.23456789, 2), point('a', 3, 4.0000004)],
    });
    expect(out.features.map((f) => f.id)).toEqual(['a', 'b']);
    expect(out.features[1]?.geometry).toEqual({ type: 'Point', coordinates: [1.234568, 2] });
    expect(out.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [3, 4] });
  });
  it('rejects duplicate and missing ids', () => {
    expect(() =>
      normalizeCollection({ type: 'FeatureCollection', features: [point('a', 0, 0), point('a', 1, 1)] }),
    ).toThrow(/duplicate/);
    const bad = {
      type: 'Feature' as const,
      properties: {},
      geometry: { type: 'Point' as const, coordinates: [0, 0] },
    };
    expect(() => normalizeCollection({ type: 'FeatureCollection', features: [bad] })).toThrow(
      /string properties.id/,
    );
  });
  it('is byte-stable and parses back', () => {
    const input = { type: 'FeatureCollection' as const, features: [point('z', 1, 1), point('y', 2, 2)] };
    const text = stringifyCollection(input);
    expect(stringifyCollection(JSON.parse(text))).toBe(text);
  });
});
