/**
 * mapshaper's simplification drops polygon parts that collapse below its threshold, even with keep-shapes (which only
 * protects whole features). Sichuan has real enclaves of 0.2–5.5 km² (遂宁 pieces inside 南充/广安, a 乐山 piece inside
 * 眉山, …); this step puts lost parts back at full detail and cuts them out of whichever neighbour absorbed them, so
 * the layer still tiles the province without overlaps.
 */
import {
  area,
  booleanPointInPolygon,
  difference,
  featureCollection,
  pointOnFeature,
  union,
} from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

type Area = Polygon | MultiPolygon;

/** Pieces below this left over from a cut are slivers, not territory (the smallest real enclave is 0.2 km²). */
const SLIVER_KM2 = 0.15;

function partsOf(geometry: Area): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function fromParts(parts: Position[][][]): Area {
  return parts.length === 1
    ? { type: 'Polygon', coordinates: parts[0] as Position[][] }
    : { type: 'MultiPolygon', coordinates: parts };
}

const round = (ring: Position[], scale: number) =>
  ring.map((p) => p.map((v) => Math.round(v * scale) / scale));

/**
 * For every part of `raw` (matched to `simplified` by `key`) smaller than maxKm2 whose interior is no longer covered by
 * its own feature: add the part (outer ring, rounded to 1/scale degrees) back to its feature and subtract it from every
 * other feature that now covers it.
 */
export function restoreLostParts(
  raw: FeatureCollection,
  simplified: FeatureCollection,
  key: string,
  maxKm2: number,
  scale: number,
): { collection: FeatureCollection; restored: string[] } {
  const features = simplified.features.map((f) => ({ ...f })) as Feature<Area>[];
  const byKey = new Map(features.map((f) => [String(f.properties?.[key]), f]));
  const restored: string[] = [];
  for (const source of raw.features) {
    const geometry = source.geometry;
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') continue;
    const id = String(source.properties?.[key]);
    const own = byKey.get(id);
    if (!own) throw new Error(`restoreLostParts: ${key}=${id} missing from the simplified layer`);
    for (const part of partsOf(geometry)) {
      const outer = part[0];
      if (!outer) continue;
      const polygon: Feature<Polygon> = {
        type: 'Feature',
        properties: {},
        geometry: { type: 'Polygon', coordinates: [round(outer, scale)] },
      };
      if (area(polygon) / 1e6 > maxKm2) continue;
      const inside = pointOnFeature(polygon);
      if (booleanPointInPolygon(inside, own)) continue;
      let restoredPart: Feature<Area> = polygon;
      for (const other of features) {
        if (other === own || !booleanPointInPolygon(inside, other)) continue;
        const cut = difference(featureCollection([other, polygon]));
        if (!cut)
          throw new Error(
            `restoreLostParts: cutting ${id} out of ${String(other.properties?.[key])} left nothing`,
          );
        // Cutting full-detail rings out of simplified neighbours leaves slivers; they go to the restored part instead.
        const keep: Position[][][] = [];
        for (const piece of partsOf(cut.geometry)) {
          const pieceFeature: Feature<Polygon> = {
            type: 'Feature',
            properties: {},
            geometry: { type: 'Polygon', coordinates: piece },
          };
          if (area(pieceFeature) / 1e6 >= SLIVER_KM2) keep.push(piece);
          else restoredPart = union(featureCollection([restoredPart, pieceFeature])) ?? restoredPart;
        }
        other.geometry = fromParts(keep);
      }
      own.geometry = fromParts([...partsOf(own.geometry), ...partsOf(restoredPart.geometry)]);
      restored.push(`${id}:${(area(polygon) / 1e6).toFixed(1)}km²`);
    }
  }
  return { collection: { ...simplified, features }, restored };
}
