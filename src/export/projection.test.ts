import { describe, expect, it } from 'vitest';
import { mercatorProjector } from './projection';
import { metresPerCssPixel } from './scale-bar';

describe('export projection', () => {
  const camera = { center: [104, 30.6] as [number, number], zoom: 7, bearing: 0, width: 800, height: 600 };

  it('puts the centre in the middle and east to the right, north up', () => {
    const project = mercatorProjector(camera);
    expect(project([104, 30.6])).toEqual([400, 300]);
    const [east] = project([105, 30.6]);
    const [, north] = project([104, 31.6]);
    expect(east).toBeGreaterThan(400);
    expect(north).toBeLessThan(300);
  });

  it('agrees with the scale-bar metres per pixel', () => {
    const project = mercatorProjector(camera);
    // 0.01° of longitude at 30.6°N is 111.32 km · cos(30.6°) / 100.
    const [x] = project([104.01, 30.6]);
    const metres = 1113.2 * Math.cos((30.6 * Math.PI) / 180);
    expect(((x - 400) * metresPerCssPixel(30.6, 7)) / metres).toBeCloseTo(1, 2);
  });

  it('turns the map with the bearing (bearing 90: east is up, north on the left)', () => {
    const project = mercatorProjector({ ...camera, bearing: 90 });
    const [x, y] = project([104, 31.6]);
    expect(x).toBeLessThan(400);
    expect(Math.abs(y - 300)).toBeLessThan(1e-6);
    const [, eastY] = project([105, 30.6]);
    expect(eastY).toBeLessThan(300);
  });
});
