/**
 * Geometry helpers for authored layers. Pure: positions in, geometry out.
 */
import * as turf from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';

export const BOX = { west: 95, east: 111, south: 24, north: 36 } as const;

export function insideBox([lon, lat]: Position): boolean {
  return (
    lon !== undefined &&
    lat !== undefined &&
    lon >= BOX.west &&
    lon <= BOX.east &&
    lat >= BOX.south &&
    lat <= BOX.north
  );
}

function orient(a: Position, b: Position, c: Position): number {
  const value =
    ((b[0] ?? 0) - (a[0] ?? 0)) * ((c[1] ?? 0) - (a[1] ?? 0)) -
    ((b[1] ?? 0) - (a[1] ?? 0)) * ((c[0] ?? 0) - (a[0] ?? 0));
  return Math.sign(value);
}

function onSegment(a: Position, b: Position, p: Position): boolean {
  return (
    Math.min(a[0] ?? 0, b[0] ?? 0) <= (p[0] ?? 0) &&
    (p[0] ?? 0) <= Math.max(a[0] ?? 0, b[0] ?? 0) &&
    Math.min(a[1] ?? 0, b[1] ?? 0) <= (p[1] ?? 0) &&
    (p[1] ?? 0) <= Math.max(a[1] ?? 0, b[1] ?? 0)
  );
}

function segmentsIntersect(a: Position, b: Position, c: Position, d: Position): boolean {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  if (o1 === 0 && onSegment(a, b, c)) return true;
  if (o2 === 0 && onSegment(a, b, d)) return true;
  if (o3 === 0 && onSegment(c, d, a)) return true;
  if (o4 === 0 && onSegment(c, d, b)) return true;
  return false;
}

/**
 * Index pairs of non-adjacent segments that touch or cross. A closed ring (first == last) is allowed to meet itself
 * at the closing vertex only. Written by hand because turf.kinks reports the closing vertex of rings as a kink.
 */
export function selfCrossings(coords: Position[]): Array<[number, number]> {
  const closed =
    coords.length > 3 && coords[0]?.[0] === coords.at(-1)?.[0] && coords[0]?.[1] === coords.at(-1)?.[1];
  const segments = coords.length - 1;
  const hits: Array<[number, number]> = [];
  for (let i = 0; i < segments; i += 1) {
    for (let j = i + 2; j < segments; j += 1) {
      if (closed && i === 0 && j === segments - 1) continue;
      const a = coords[i] as Position;
      const b = coords[i + 1] as Position;
      const c = coords[j] as Position;
      const d = coords[j + 1] as Position;
      if (segmentsIntersect(a, b, c, d)) hits.push([i, j]);
    }
  }
  return hits;
}

/** Distance in km from a point to a line (great-circle approximation by turf). */
export function distanceToLineKm(point: Position, line: Position[]): number {
  return turf.pointToLineDistance(turf.point(point), turf.lineString(line), { units: 'kilometers' });
}

/** Polygon or multipolygon of a corridor: a buffer along a polyline, simplified so outputs stay small. */
export function corridor(line: Position[], widthKm: number): Polygon | MultiPolygon {
  const buffered = turf.buffer(turf.lineString(line), widthKm, { units: 'kilometers', steps: 6 });
  if (!buffered) throw new Error('buffer failed');
  return turf.simplify(buffered, { tolerance: 0.005, highQuality: true }).geometry;
}

/** A circle with the given area (km²) around a point: the honest way to show "this big, about here". */
export function areaCircle(center: Position, areaKm2: number): Polygon {
  const radius = Math.sqrt(areaKm2 / Math.PI);
  return turf.circle(center, radius, { units: 'kilometers', steps: 48 }).geometry;
}

/** Simplify an area to ~500 m so outputs built from raw (unsimplified) boundaries stay within budget. */
export function simplifyArea(geometry: Polygon | MultiPolygon, toleranceDeg = 0.005): Polygon | MultiPolygon {
  return turf.simplify(turf.feature(geometry), { tolerance: toleranceDeg, highQuality: true }).geometry;
}

/** Convex hull of points, buffered: used only for schematic "circle" areas the plans describe by their nodes. */
export function hullBuffer(points: Position[], widthKm: number): Polygon | MultiPolygon {
  // Two points (or collinear ones) have no hull: buffer the segment between them instead.
  const hull =
    points.length >= 3 ? turf.convex(turf.featureCollection(points.map((p) => turf.point(p)))) : null;
  const base = hull ?? turf.lineString(points);
  const buffered = turf.buffer(base, widthKm, { units: 'kilometers', steps: 8 });
  if (!buffered) throw new Error('buffer failed');
  return turf.simplify(buffered, { tolerance: 0.005, highQuality: true }).geometry;
}

/** Cut a named river between two points (each snapped to the river). */
export function sliceRiver(river: Position[], from: Position, to: Position): Position[] {
  const sliced = turf.lineSlice(
    turf.point(from),
    turf.point(to),
    turf.lineString(river) as Feature<LineString>,
  );
  return sliced.geometry.coordinates;
}

/** Nearest point on a line and how far it is (km): used to put ports on their river. */
export function snapToLine(point: Position, line: Position[]): { point: Position; km: number } {
  const nearest = turf.nearestPointOnLine(turf.lineString(line), turf.point(point), { units: 'kilometers' });
  return { point: nearest.geometry.coordinates, km: nearest.properties.dist ?? 0 };
}
