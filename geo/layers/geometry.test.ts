import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { areaCircle, hullBuffer, selfCrossings } from './geometry';

describe('selfCrossings', () => {
  it('finds a figure-of-eight', () => {
    expect(
      selfCrossings([
        [0, 0],
        [1, 1],
        [1, 0],
        [0, 1],
      ]),
    ).toEqual([[0, 2]]);
  });
  it('accepts a simple polyline and a closed ring', () => {
    expect(
      selfCrossings([
        [0, 0],
        [1, 0],
        [2, 1],
      ]),
    ).toEqual([]);
    expect(
      selfCrossings([
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ]),
    ).toEqual([]);
  });
  it('finds a line that doubles back over itself', () => {
    expect(
      selfCrossings([
        [0, 0],
        [2, 0],
        [3, 1],
        [1, 0],
      ]).length,
    ).toBeGreaterThan(0);
  });
});

describe('areaCircle', () => {
  it('has the stated area within 2 %', () => {
    const area = turf.area(turf.feature(areaCircle([104, 30], 1000))) / 1e6;
    expect(Math.abs(area - 1000) / 1000).toBeLessThan(0.02);
  });
});

describe('hullBuffer', () => {
  it('works for two points by buffering the segment', () => {
    const shape = hullBuffer(
      [
        [104, 30],
        [105, 30],
      ],
      10,
    );
    expect(turf.area(turf.feature(shape))).toBeGreaterThan(1e9);
  });
});
