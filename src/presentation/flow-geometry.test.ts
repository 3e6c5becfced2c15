import { describe, expect, it } from 'vitest';
import { dotsAt, measure, pathsOf, pointAt } from './flow-geometry';

describe('flow geometry', () => {
  const path = measure([
    [104, 30],
    [105, 30],
    [105, 31],
  ]);

  it('measures paths in kilometres', () => {
    // One degree of longitude at 30°N is about 96 km; one of latitude about 111 km.
    expect(path.cumulative[1]).toBeCloseTo(111.32 * Math.cos((30 * Math.PI) / 180), 3);
    expect(path.length).toBeCloseTo((path.cumulative[1] ?? 0) + 111.32, 3);
  });

  it('finds points along the path, clamped to its ends', () => {
    const first = path.cumulative[1] ?? 0;
    expect(pointAt(path, first / 2)).toEqual([104.5, 30]);
    expect(pointAt(path, first + 111.32 / 2)[1]).toBeCloseTo(30.5, 6);
    expect(pointAt(path, -5)).toEqual([104, 30]);
    expect(pointAt(path, 1e6)).toEqual([105, 31]);
  });

  it('moves the dots with time and keeps them still when time stands still', () => {
    const start = dotsAt([path], 0);
    const later = dotsAt([path], 0.25);
    expect(start.length).toBeGreaterThan(5);
    expect(later[0]).not.toEqual(start[0]);
    expect(dotsAt([path], 0)).toEqual(start);
  });

  it('reads lines only', () => {
    expect(pathsOf({ type: 'Point', coordinates: [1, 2] })).toEqual([]);
    expect(
      pathsOf({
        type: 'MultiLineString',
        coordinates: [
          [
            [1, 2],
            [3, 4],
          ],
        ],
      }),
    ).toHaveLength(1);
  });
});
