import { area, featureCollection, union } from '@turf/turf';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { runMapshaper } from './mapshaper';

// Two polygons sharing a wiggly border: simplified together, the border must stay identical (no gap, no overlap).
const border = Array.from({ length: 40 }, (_, i) => [104 + 0.1 * Math.sin(i) * 0.1, 30 + i * 0.01]);
const left: Feature<Polygon> = {
  type: 'Feature',
  properties: { k: 'a' },
  geometry: { type: 'Polygon', coordinates: [[[103.5, 30], ...border, [103.5, 30.39], [103.5, 30]]] },
};
const right: Feature<Polygon> = {
  type: 'Feature',
  properties: { k: 'b' },
  geometry: {
    type: 'Polygon',
    coordinates: [[...border, [104.5, 30.39], [104.5, 30], border[0] as number[]]],
  },
};

describe('mapshaper wrapper', () => {
  it('simplifies adjacent polygons without opening gaps', async () => {
    const input: FeatureCollection = { type: 'FeatureCollection', features: [left, right] };
    const out = (await runMapshaper('-i in.json -simplify 20% -o out.json', { 'in.json': input }))[
      'out.json'
    ] as FeatureCollection<Polygon>;
    const [a, b] = out.features as [Feature<Polygon>, Feature<Polygon>];
    expect(a.geometry.coordinates[0]?.length).toBeLessThan(left.geometry.coordinates[0]?.length ?? 0);
    const merged = union(featureCollection([a, b]));
    expect(merged?.geometry.type).toBe('Polygon');
    expect(area(merged as Feature)).toBeCloseTo(area(a) + area(b), -3);
  });
});
