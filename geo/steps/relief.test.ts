import { describe, expect, it } from 'vitest';
import {
  type ElevationGrid,
  hillshade,
  imageCorners,
  parseEtopoJson,
  smooth,
  upsampleBicubic,
} from './relief';

const grid = (values: number[], width: number): ElevationGrid => ({
  west: 100,
  north: 30,
  step: 1 / 12,
  width,
  height: values.length / width,
  values: Float64Array.from(values),
});
const options = { azimuthDeg: 315, altitudeDeg: 45, zFactor: 1, maxAlpha: 200, levels: 8 };

describe('relief', () => {
  it('parses the crop and rejects ragged rows', () => {
    const ok = '{"west":100,"north":30,"step_deg":0.5,"width":2,"height":2,"rows":[[1,2],[3,4]]}';
    expect(parseEtopoJson(ok, 'e.json').values[3]).toBe(4);
    expect(() => parseEtopoJson(ok.replace('[3,4]', '[3]'), 'e.json')).toThrow(/e\.json: row 1/);
  });
  it('upsamples through the original nodes', () => {
    const up = upsampleBicubic(grid([0, 100, 200, 300], 2), 4);
    expect([up.width, up.height]).toEqual([5, 5]);
    expect(up.values[0]).toBe(0);
    expect(up.values[24]).toBe(300);
  });
  it('leaves flat ground transparent and shades slopes', () => {
    expect(hillshade(grid(new Array(9).fill(500), 3), options)[3]).toBe(0);
    // Rising to the east: faces west, away from a north-west sun? It faces west-ish, so it is lit; alpha > 0.
    const slope = hillshade(grid([0, 1000, 2000, 0, 1000, 2000, 0, 1000, 2000], 3), options);
    expect(slope[4 * 4 + 3]).toBeGreaterThan(0);
  });
  it('smooths without changing a constant field', () => {
    expect([...smooth(grid(new Array(9).fill(7), 3), 1).values].every((v) => Math.abs(v - 7) < 1e-9)).toBe(
      true,
    );
  });
  it('pads image corners by half a cell (node registration)', () => {
    const g = { ...grid(new Array(4).fill(0), 2), step: 1 };
    expect(imageCorners(g)).toEqual([
      [99.5, 30.5],
      [101.5, 30.5],
      [101.5, 28.5],
      [99.5, 28.5],
    ]);
  });
});
