import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { featuresInArea, polygonFromVertices } from './area';

const square = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ],
});

const zone = square(0, 0, 10, 10);

describe('featuresInArea', () => {
  const candidates = [
    { id: 'point-in', geometry: { type: 'Point' as const, coordinates: [5, 5] } },
    { id: 'point-out', geometry: { type: 'Point' as const, coordinates: [15, 5] } },
    {
      id: 'line-through',
      geometry: {
        type: 'LineString' as const,
        coordinates: [
          [-5, 5],
          [15, 5],
        ],
      },
    },
    {
      id: 'line-out',
      geometry: {
        type: 'LineString' as const,
        coordinates: [
          [12, 0],
          [12, 10],
        ],
      },
    },
    { id: 'area-inside', geometry: square(2, 2, 4, 4) },
    { id: 'area-mostly-in', geometry: square(5, 5, 12, 9) },
    { id: 'neighbour-sharing-border', geometry: square(10, 0, 20, 10) },
    { id: 'area-mostly-out', geometry: square(8, 0, 20, 10) },
    { id: 'far', geometry: square(50, 50, 60, 60) },
  ];

  it('keeps points inside, lines crossing and areas mostly inside', () => {
    expect(featuresInArea(zone, candidates)).toEqual([
      'point-in',
      'line-through',
      'area-inside',
      'area-mostly-in',
    ]);
  });

  it('counts the area itself as inside', () => {
    expect(featuresInArea(zone, [{ id: 'self', geometry: zone }])).toEqual(['self']);
  });
});

describe('polygonFromVertices', () => {
  it('closes the ring and needs three vertices', () => {
    expect(
      polygonFromVertices([
        [0, 0],
        [1, 0],
      ]),
    ).toBeNull();
    const polygon = polygonFromVertices([
      [0, 0],
      [1, 0],
      [1, 1],
    ]);
    expect(polygon?.coordinates[0]).toHaveLength(4);
    expect(polygon?.coordinates[0]?.[3]).toEqual([0, 0]);
  });

  it('finds a point inside a drawn triangle', () => {
    const triangle = polygonFromVertices([
      [0, 0],
      [10, 0],
      [0, 10],
    ]);
    if (!triangle) throw new Error('no polygon');
    const ids = featuresInArea(triangle, [
      { id: 'in', geometry: { type: 'Point', coordinates: [2, 2] } },
      { id: 'out', geometry: { type: 'Point', coordinates: [8, 8] } },
    ]);
    expect(ids).toEqual(['in']);
  });
});
