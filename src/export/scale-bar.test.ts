import { describe, expect, it } from 'vitest';
import {
  formatDenominator,
  groundMetresPerPaperMm,
  haversineMetres,
  metresPerCssPixel,
  niceLength,
  scaleBarFor,
  TILE_SIZE,
} from './scale-bar';

describe('metres per pixel', () => {
  it('agrees with a haversine measurement of one pixel east at the map centre latitude', () => {
    const latitude = 30.66;
    const zoom = 7.3;
    // One CSS pixel east in Web Mercator is 360 / (512 · 2^z) degrees of longitude.
    const degrees = 360 / (TILE_SIZE * 2 ** zoom);
    const measured = haversineMetres([104, latitude], [104 + degrees, latitude]);
    expect(metresPerCssPixel(latitude, zoom) / measured).toBeCloseTo(1, 2);
  });

  it('is smaller away from the equator (Mercator stretch)', () => {
    expect(metresPerCssPixel(30, 6)).toBeLessThan(metresPerCssPixel(0, 6));
    expect(metresPerCssPixel(60, 6) / metresPerCssPixel(0, 6)).toBeCloseTo(0.5, 6);
  });
});

describe('scale bar', () => {
  it('picks a 1-2-5 length that fits', () => {
    expect(niceLength(37)).toBe(20);
    expect(niceLength(99)).toBe(50);
    expect(niceLength(100)).toBe(100);
    expect(niceLength(0.3)).toBe(0.2);
    expect(() => niceLength(0)).toThrow();
  });

  it('prints the ground length at the export scale', () => {
    // Zoom 6.5 at 30.6°N, printed at 300 dpi with 300/96 device pixels per CSS pixel.
    const perMm = groundMetresPerPaperMm(30.6, 6.5, 300 / 96, 300);
    const bar = scaleBarFor(perMm, 40);
    expect(bar.paperMm).toBeLessThanOrEqual(40);
    expect(bar.paperMm).toBeGreaterThanOrEqual(40 / 2.5);
    // The printed bar measured back on the ground is the labelled length.
    expect((bar.paperMm * perMm) / bar.metres).toBeCloseTo(1, 9);
    expect(bar.label).toBe(`${bar.metres / 1000} km`);
    // Representative fraction: ground mm per paper mm.
    expect(bar.denominator / (perMm * 1000)).toBeCloseTo(1, 2);
  });

  it('labels short bars in metres', () => {
    expect(scaleBarFor(10, 40).label).toBe('200 m');
  });

  it('formats the representative fraction with spaces', () => {
    expect(formatDenominator(3450000)).toBe('1 : 3 450 000');
  });
});
