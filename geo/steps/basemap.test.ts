import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildLakes, buildSeats, parseLakeNames, selectProvinces } from './basemap';

const ring = (x: number, y: number, d: number) => [
  [
    [x, y],
    [x + d, y],
    [x + d, y + d],
    [x, y + d],
    [x, y],
  ],
];

describe('basemap steps', () => {
  it('keeps lakes ≥ 1 km² in the box and names them from the table', () => {
    const water: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {},
          geometry: { type: 'MultiPolygon', coordinates: [ring(102.3, 27.8, 0.05), ring(103, 28, 0.001)] },
        },
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: ring(10, 10, 1) } },
      ],
    };
    const names = parseLakeNames(
      '[\n{"id":"qionghai","name_zh":"邛海","name_en":"Qionghai Lake","point":[102.32,27.82]}\n]',
      'l.json',
    );
    const lakes = buildLakes(water, [95.5, 24.5, 110.5, 35.5], 1, names, 'l.json');
    expect(lakes.features.map((f) => f.properties?.id)).toEqual(['lake-qionghai']);
    const missing = parseLakeNames('[\n{"id":"x","name_zh":"x","name_en":"x","point":[105,30]}\n]', 'l.json');
    expect(() => buildLakes(water, [95.5, 24.5, 110.5, 35.5], 1, missing, 'l.json')).toThrow(/l\.json:2/);
  });
  it('selects provinces in the box and flags Sichuan', () => {
    const raw: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { gb: '156510000', name: '四川', full_name: '四川省' },
          geometry: { type: 'Polygon', coordinates: ring(103, 30, 1) },
        },
        {
          type: 'Feature',
          properties: { gb: '156110000', name: '北京', full_name: '北京市' },
          geometry: { type: 'Polygon', coordinates: ring(116, 40, 1) },
        },
      ],
    };
    const names = new Map([['510000', { adcode: '510000', name_zh: '四川省', name_en: 'Sichuan' }]]);
    const out = selectProvinces(raw, names, [95.5, 24.5, 110.5, 35.5]);
    expect(out.features.map((f) => f.properties)).toEqual([
      {
        id: 'province-510000',
        adcode: '510000',
        name_zh: '四川省',
        short_zh: '四川',
        name_en: 'Sichuan',
        is_sichuan: true,
      },
    ]);
  });
  it('places seats from GeoNames inside their prefecture', () => {
    const prefectures: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { adcode: '510100', name_zh: '成都市', name_en: 'Chengdu' },
          geometry: { type: 'Polygon', coordinates: ring(103.5, 30.3, 1) },
        },
      ],
    };
    const city = {
      name: 'Chengdu',
      lat: '30.66667',
      lng: '104.06667',
      country: 'CN',
      admin1: '32',
      admin2: '5101',
    };
    const seats = buildSeats(
      [{ adcode: '510100', seat_zh: '成都', name_en: 'Chengdu', geonames: 'Chengdu' }],
      [city],
      prefectures,
    );
    expect(seats.features[0]?.geometry.coordinates).toEqual([104.06667, 30.66667]);
    expect(() =>
      buildSeats(
        [{ adcode: '510100', seat_zh: '成都', name_en: 'Chengdu', geonames: 'Chengdu' }],
        [{ ...city, lng: '110' }],
        prefectures,
      ),
    ).toThrow(/no GeoNames place/);
  });
});
