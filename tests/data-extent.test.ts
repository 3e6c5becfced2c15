import { readFileSync } from 'node:fs';
import type { FeatureCollection, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { DATA_EXTENT } from '../src/layers';
import { MAX_BOUNDS } from '../src/state/view';

function bboxOf(collection: FeatureCollection): [number, number, number, number] {
  const box: [number, number, number, number] = [180, 90, -180, -90];
  const walk = (value: unknown): void => {
    if (Array.isArray(value) && typeof value[0] === 'number') {
      const [x, y] = value as Position as [number, number];
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    } else if (Array.isArray(value)) for (const item of value) walk(item);
  };
  for (const feature of collection.features)
    walk((feature.geometry as { coordinates?: unknown }).coordinates);
  return box;
}

describe('the neat line at the edge of the basemap data', () => {
  it('is the rectangle the neighbour provinces are clipped to', () => {
    const provinces = JSON.parse(
      readFileSync('public/data/basemap/provinces.geojson', 'utf8'),
    ) as FeatureCollection;
    expect(bboxOf(provinces)).toEqual([...DATA_EXTENT]);
  });

  it('matches the relief image within half a cell, and lies inside the camera bounds', () => {
    const relief = JSON.parse(readFileSync('public/data/basemap/relief.json', 'utf8')) as {
      coordinates: [number, number][];
    };
    const [west, south, east, north] = DATA_EXTENT;
    const [[rw, rn], [re], [, rs]] = relief.coordinates as [
      [number, number],
      [number, number],
      [number, number],
    ];
    for (const [a, b] of [
      [rw, west],
      [re, east],
      [rn, north],
      [rs, south],
    ] as const)
      expect(Math.abs(a - b)).toBeLessThan(0.05);
    expect(west).toBeGreaterThan(MAX_BOUNDS[0][0]);
    expect(north).toBeLessThan(MAX_BOUNDS[1][1]);
  });
});
