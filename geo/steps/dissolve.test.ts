import { area } from '@turf/turf';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { dissolveGeometries, dissolveMetroCircle, dissolveZones } from './dissolve';

const square = (
  adcode: string,
  x: number,
  y: number,
  e = Math.round((x + 0.1) * 10) / 10,
): Feature<Polygon> => ({
  type: 'Feature',
  properties: { adcode },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [e, y],
        [e, y + 0.05], // shared-border vertex, as in a real topology
        [e, y + 0.1],
        [x, y + 0.1],
        [x, y + 0.05],
        [x, y],
      ],
    ],
  },
});

const prefectures: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    square('510100', 104, 30),
    square('510600', 104.1, 30),
    square('511400', 104.2, 30),
    square('512000', 104.3, 30),
  ],
};

describe('dissolve', () => {
  it('merges adjacent polygons into one ring with the summed area', () => {
    const merged = dissolveGeometries(prefectures.features.slice(0, 2).map((f) => f.geometry as Polygon));
    expect(merged.type).toBe('Polygon');
    const sum = area(prefectures.features[0] as Feature) + area(prefectures.features[1] as Feature);
    expect(area({ type: 'Feature', properties: {}, geometry: merged })).toBeCloseTo(sum, -2);
  });
  it('keeps disjoint parts as a MultiPolygon', () => {
    const merged = dissolveGeometries([square('a', 104, 30).geometry, square('b', 105, 30).geometry]);
    expect(merged.type).toBe('MultiPolygon');
  });
  it('builds zones with members and mission properties', () => {
    const zones = dissolveZones(prefectures, [
      {
        id: 'south',
        name_zh: '川南经济区',
        name_en: 'South',
        short_zh: '川南',
        members: ['510600', '510100'],
      },
    ]);
    const zone = zones.features[0];
    expect(zone?.properties?.id).toBe('zone-south');
    expect(zone?.properties?.members).toEqual(['510100', '510600']);
    expect(zone?.properties?.provenance.method).toBe('derived');
    expect(() =>
      dissolveZones(prefectures, [
        { id: 'panxi', name_zh: 'x', name_en: 'x', short_zh: 'x', members: ['519900'] },
      ]),
    ).toThrow(/519900 not found/);
  });
  it('dissolves the metro circle from its four prefectures', () => {
    const metro = dissolveMetroCircle(prefectures);
    expect(metro.properties.members).toEqual(['510100', '510600', '511400', '512000']);
    expect(metro.geometry.type).toBe('Polygon');
  });
});
