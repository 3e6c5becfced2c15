/**
 * Contract checks on the committed administrative and basemap outputs (no geo/ dependencies needed).
 */
import { readFileSync } from 'node:fs';
import { area, booleanPointInPolygon, centerOfMass } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';

const load = (path: string) =>
  JSON.parse(readFileSync(new URL(`../public/data/${path}`, import.meta.url), 'utf8')) as FeatureCollection;
const prefectures = load('layers/prefectures.geojson');
const counties = load('layers/counties.geojson');
const zones = load('layers/zones.geojson');
const provinces = load('basemap/provinces.geojson');

const ZONES: Record<string, string[]> = {
  'zone-chengdu-plain': ['510100', '510600', '510700', '510900', '511100', '511400', '511800', '512000'],
  'zone-south': ['510300', '510500', '511000', '511500'],
  'zone-northeast': ['510800', '511300', '511600', '511700', '511900'],
  'zone-panxi': ['510400', '513400'],
  'zone-northwest': ['513200', '513300'],
};

function positions(collection: FeatureCollection): Position[] {
  const out: Position[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value) && typeof value[0] === 'number') out.push(value as Position);
    else if (Array.isArray(value)) value.forEach(walk);
  };
  for (const f of collection.features) walk((f.geometry as { coordinates: unknown }).coordinates);
  return out;
}

const sumArea = (collection: FeatureCollection) =>
  collection.features.reduce((s, f) => s + area(f as Feature), 0);

describe('administrative layers', () => {
  it('has 21 prefectures with unique adcodes', () => {
    const codes = prefectures.features.map((f) => f.properties?.adcode);
    expect(codes).toHaveLength(21);
    expect(new Set(codes).size).toBe(21);
    for (const code of codes) expect(code).toMatch(/^51\d{2}00$/);
  });
  it('has 183 counties, each in an existing prefecture', () => {
    expect(counties.features).toHaveLength(183);
    const codes = new Set(prefectures.features.map((f) => f.properties?.adcode));
    for (const f of counties.features) expect(codes.has(f.properties?.prefecture)).toBe(true);
  });
  it('zone membership equals the five-zone table', () => {
    const actual = Object.fromEntries(
      zones.features.map((f) => [f.properties?.id, [...(f.properties?.members ?? [])].sort()]),
    );
    expect(actual).toEqual(ZONES);
    for (const f of prefectures.features) {
      expect(ZONES[`zone-${f.properties?.zone}`]).toContain(f.properties?.adcode);
    }
  });
  it('zones, prefectures and counties all add up to the province area (±0.1 %)', () => {
    const sichuan = provinces.features.find((f) => f.properties?.is_sichuan);
    expect(sichuan).toBeDefined();
    const province = area(sichuan as Feature);
    for (const collection of [zones, prefectures, counties]) {
      expect(Math.abs(sumArea(collection) - province) / province).toBeLessThan(0.001);
    }
  });
  it('keeps every coordinate inside 95–111°E, 24–36°N', () => {
    for (const collection of [prefectures, counties, zones, provinces]) {
      for (const [x = 0, y = 0] of positions(collection)) {
        expect(x >= 95 && x <= 111 && y >= 24 && y <= 36).toBe(true);
      }
    }
  });
  it('gives every feature an id, name_en, status and provenance', () => {
    for (const collection of [prefectures, counties, zones]) {
      for (const f of collection.features) {
        const p = f.properties ?? {};
        expect(typeof f.id).toBe('string');
        expect(p.id).toBe(f.id);
        expect(p.name_en).toMatch(/\S/);
        expect(p.name_zh).toMatch(/\S/);
        expect(['open', 'under-construction', 'planned', 'study']).toContain(p.status);
        expect(p.status_source?.ref).toMatch(/\S/);
        expect(p.provenance?.source).toMatch(/\S/);
        expect(['official', 'derived']).toContain(p.provenance?.method);
        expect(p.provenance?.accuracy_m).toBeGreaterThan(0);
      }
    }
  });
  it('places the Chengdu prefecture centroid near (103.93, 30.65)', () => {
    const chengdu = prefectures.features.find((f) => f.properties?.adcode === '510100');
    // Area-weighted centroid (turf's centroid is a plain vertex mean).
    const [x = 0, y = 0] = centerOfMass(chengdu as Feature).geometry.coordinates;
    expect(Math.abs(x - 103.93)).toBeLessThan(0.02);
    expect(Math.abs(y - 30.65)).toBeLessThan(0.02);
  });
  it('marks exactly the four metro-circle prefectures', () => {
    const metro = prefectures.features.filter((f) => f.properties?.metro).map((f) => f.properties?.adcode);
    expect(metro.sort()).toEqual(['510100', '510600', '511400', '512000']);
  });
});

describe('basemap', () => {
  it('has 21 seats, each inside its prefecture', () => {
    const seats = load('basemap/seats.geojson').features;
    expect(seats).toHaveLength(21);
    for (const seat of seats) {
      const prefecture = prefectures.features.find((f) => f.properties?.adcode === seat.properties?.adcode);
      expect(
        booleanPointInPolygon(seat as Feature<Point>, prefecture as Feature<Polygon | MultiPolygon>),
      ).toBe(true);
    }
  });
  it('has the named rivers with plausible routed lengths', () => {
    // Routed lengths inside the atlas box (km); wide bounds catch a route that detours through another valley.
    const expected: Record<string, [number, number]> = {
      金沙江: [1700, 2300],
      长江: [150, 250],
      岷江: [500, 700],
      嘉陵江: [450, 650],
      沱江: [330, 480],
      涪江: [380, 550],
      渠江: [350, 520],
      大渡河: [430, 650],
      雅砻江: [1000, 1400],
      青衣江: [130, 260],
      安宁河: [180, 330],
    };
    // The named rivers are the rivers layer's features; the basemap keeps only the unnamed network.
    expect(load('basemap/rivers.geojson').features.filter((f) => f.properties?.named)).toEqual([]);
    const named = load('layers/rivers.geojson').features;
    expect(named.map((f) => f.properties?.name_zh).sort()).toEqual(Object.keys(expected).sort());
    for (const river of named) {
      const [min, max] = expected[river.properties?.name_zh] ?? [0, 0];
      expect(river.properties?.length_km).toBeGreaterThanOrEqual(min);
      expect(river.properties?.length_km).toBeLessThanOrEqual(max);
    }
  });
});
