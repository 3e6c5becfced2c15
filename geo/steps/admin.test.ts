import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildCounties, buildPrefectures, checkAgainstOfficial, prefectureOf, selectByAdcode } from './admin';
import type { NameRecord } from './authored';

const poly = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [104, 30],
      [104.1, 30],
      [104.1, 30.1],
      [104, 30],
    ],
  ],
};
const rawL3: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { full_name: '锦江区', city: ' 成都市', gb: '156510104' },
      geometry: poly,
    },
    { type: 'Feature', properties: { full_name: '渝中区', gb: '156500103' }, geometry: poly },
    {
      type: 'Feature',
      properties: { name: '境界线' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
    },
  ],
};
const names = new Map<string, NameRecord>([
  ['510104', { adcode: '510104', name_zh: '锦江区', name_en: 'Jinjiang District', aliases: [] }],
  ['510100', { adcode: '510100', name_zh: '成都市', name_en: 'Chengdu', aliases: [] }],
]);

describe('admin', () => {
  it('selects Sichuan polygons by adcode prefix', () => {
    expect(selectByAdcode(rawL3, '51')).toHaveLength(1);
    expect(prefectureOf('510104')).toBe('510100');
  });
  it('builds county features with mission properties', () => {
    const counties = buildCounties(rawL3, names);
    const p = counties.features[0]?.properties;
    expect(p).toMatchObject({
      id: 'county-510104',
      kind: 'county',
      prefecture: '510100',
      name_en: 'Jinjiang District',
    });
    expect(p?.status_source).toEqual({ ref: '中华人民共和国行政区划代码 2023', date: '2023' });
  });
  it('stops on a name that disagrees with the source', () => {
    const wrong = new Map(names);
    wrong.set('510104', { adcode: '510104', name_zh: '青羊区', name_en: 'Qingyang District', aliases: [] });
    expect(() => buildCounties(rawL3, wrong)).toThrow(/510104.*differs/);
  });
  it('builds prefectures with zone and metro flags', () => {
    const dissolved: FeatureCollection = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { prefecture: '510100' }, geometry: poly }],
    };
    const rawL2: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: '成都', full_name: '成都市', gb: '156510100' },
          geometry: poly,
        },
      ],
    };
    const zones = [
      { id: 'chengdu-plain' as const, name_zh: 'x', name_en: 'x', short_zh: 'x', members: ['510100'] },
    ];
    const p = buildPrefectures(dissolved, rawL2, names, zones).features[0]?.properties;
    expect(p).toMatchObject({
      id: 'prefecture-510100',
      short_zh: '成都',
      zone: 'chengdu-plain',
      metro: true,
      kind: 'prefecture',
    });
    expect(() => buildPrefectures(dissolved, rawL2, names, [])).toThrow(/no zone/);
  });
  it('checks dissolved prefectures against the official prefecture areas', () => {
    const official: FeatureCollection = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { gb: '156510100' }, geometry: poly }],
    };
    const same: FeatureCollection = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { adcode: '510100' }, geometry: poly }],
    };
    expect(checkAgainstOfficial(same, official, 0.01)).toBe(0);
    const bigger = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [104, 30],
          [104.2, 30],
          [104.2, 30.1],
          [104, 30],
        ],
      ],
    };
    const grown: FeatureCollection = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { adcode: '510100' }, geometry: bigger }],
    };
    expect(() => checkAgainstOfficial(grown, official, 0.01)).toThrow(/510100: area .* differs/);
  });
});
