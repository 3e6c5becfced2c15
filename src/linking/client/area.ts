/**
 * Which features lie in an area (a zone, a prefecture or a drawn polygon), with turf. Points must fall inside;
 * lines must cross it; areas must have most of themselves inside (neighbouring prefectures share a border with
 * a zone, and touching is not "about this area").
 */
import {
  booleanIntersects,
  booleanPointInPolygon,
  featureCollection,
  intersect,
  area as turfArea,
  bbox as turfBbox,
  feature as turfFeature,
} from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

export interface AreaCandidate {
  id: string;
  geometry: Geometry;
}

/** Share of a polygon feature that must lie inside the area for it to count. */
export const AREA_SHARE = 0.5;

type BBox = [number, number, number, number];

const boxesOverlap = (a: BBox, b: BBox) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** A closed ring from clicked vertices (at least three), as a turf polygon. */
export function polygonFromVertices(vertices: readonly Position[]): Polygon | null {
  if (vertices.length < 3) return null;
  const ring = vertices.map((v) => [v[0] as number, v[1] as number]);
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1]) ring.push([first[0] as number, first[1] as number]);
  return { type: 'Polygon', coordinates: [ring] };
}

function isArea(geometry: Geometry): geometry is Polygon | MultiPolygon {
  return geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
}

function insideShare(
  candidate: Feature<Polygon | MultiPolygon>,
  zone: Feature<Polygon | MultiPolygon>,
): number {
  const whole = turfArea(candidate);
  if (whole <= 0) return 0;
  try {
    const common = intersect(featureCollection([candidate, zone]));
    return common ? turfArea(common) / whole : 0;
  } catch {
    // Clipping can fail on degenerate rings; fall back to "does it intersect at all".
    return booleanIntersects(candidate, zone) ? 1 : 0;
  }
}

/** Ids of the candidates in the area, in candidate order. */
export function featuresInArea(
  zone: Polygon | MultiPolygon,
  candidates: readonly AreaCandidate[],
  share = AREA_SHARE,
): string[] {
  const zoneFeature = turfFeature(zone);
  const zoneBox = turfBbox(zoneFeature) as BBox;
  const inside: string[] = [];
  for (const candidate of candidates) {
    const feature = turfFeature(candidate.geometry);
    if (!boxesOverlap(zoneBox, turfBbox(feature) as BBox)) continue;
    const geometry = candidate.geometry;
    let hit = false;
    if (geometry.type === 'Point') hit = booleanPointInPolygon(geometry.coordinates, zoneFeature);
    else if (geometry.type === 'MultiPoint')
      hit = geometry.coordinates.some((p) => booleanPointInPolygon(p, zoneFeature));
    else if (isArea(geometry))
      hit = insideShare(feature as Feature<Polygon | MultiPolygon>, zoneFeature) >= share;
    else hit = booleanIntersects(feature, zoneFeature);
    if (hit) inside.push(candidate.id);
  }
  return inside;
}
