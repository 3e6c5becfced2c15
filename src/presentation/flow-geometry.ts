/**
 * Geometry for animated flows: a line feature's paths measured once, then the positions of evenly spaced dots at
 * any moment. Pure (no deck.gl), so the animation's maths is tested without WebGL.
 */
import type { Geometry } from 'geojson';

export type LonLat = [number, number];

export interface MeasuredPath {
  points: LonLat[];
  /** Cumulative length at each point, in kilometres (equirectangular, fine at provincial scale). */
  cumulative: number[];
  length: number;
}

const KM_PER_DEGREE = 111.32;

/** The paths of a LineString or MultiLineString (other geometries have none). */
export function pathsOf(geometry: Geometry | null | undefined): LonLat[][] {
  if (!geometry) return [];
  if (geometry.type === 'LineString') return [geometry.coordinates as LonLat[]];
  if (geometry.type === 'MultiLineString') return geometry.coordinates as LonLat[][];
  return [];
}

export function measure(points: readonly LonLat[]): MeasuredPath {
  const cumulative = [0];
  for (let i = 1; i < points.length; i += 1) {
    const [x0, y0] = points[i - 1] as LonLat;
    const [x1, y1] = points[i] as LonLat;
    const dx = (x1 - x0) * Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
    const dy = y1 - y0;
    cumulative.push((cumulative[i - 1] as number) + Math.hypot(dx, dy) * KM_PER_DEGREE);
  }
  return { points: [...points], cumulative, length: cumulative[cumulative.length - 1] ?? 0 };
}

/** The point at `distance` km along a measured path (clamped to its ends). */
export function pointAt(path: MeasuredPath, distance: number): LonLat {
  const { points, cumulative } = path;
  if (points.length === 0) return [0, 0];
  if (distance <= 0 || points.length === 1) return points[0] as LonLat;
  if (distance >= path.length) return points[points.length - 1] as LonLat;
  let low = 0;
  let high = cumulative.length - 1;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if ((cumulative[middle] as number) <= distance) low = middle;
    else high = middle;
  }
  const start = cumulative[low] as number;
  const span = (cumulative[high] as number) - start || 1;
  const f = (distance - start) / span;
  const [x0, y0] = points[low] as LonLat;
  const [x1, y1] = points[high] as LonLat;
  return [x0 + (x1 - x0) * f, y0 + (y1 - y0) * f];
}

/**
 * Dots every `spacingKm` along each path, shifted by `speedKmPerSecond × seconds` and wrapped, so they appear to
 * travel the line. With `seconds` fixed (reduced motion) the dots stand still.
 */
export function dotsAt(
  paths: readonly MeasuredPath[],
  seconds: number,
  spacingKm = 25,
  speedKmPerSecond = 40,
): LonLat[] {
  const dots: LonLat[] = [];
  const shift = (((seconds * speedKmPerSecond) % spacingKm) + spacingKm) % spacingKm;
  for (const path of paths) {
    if (path.length <= 0) continue;
    for (let distance = shift; distance <= path.length; distance += spacingKm)
      dots.push(pointAt(path, distance));
  }
  return dots;
}
