import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { type BuildContext, buildFeature, buildLayer, nodeMap } from './features';
import { AuthoredRecordError, type Located, parseJsonl, type RawRecord } from './records';

const nodesText = [
  '{"id":"a","name_zh":"甲","name_en":"A","lon":104,"lat":30,"source":"geonames:A"}',
  '{"id":"b","name_zh":"乙","name_en":"B","lon":105,"lat":30,"source":"geonames:B"}',
  '{"id":"c","name_zh":"丙","name_en":"C","lon":105,"lat":31,"source":"county-label:510101"}',
  '{"id":"d","name_zh":"丁","name_en":"D","lon":104,"lat":31,"source":"station-fact: test"}',
].join('\n');

const ctx = (): BuildContext => ({
  nodes: nodeMap(parseJsonl(nodesText, 'nodes.jsonl')),
  counties: new Map(),
  prefectures: new Map(),
  rivers: new Map(),
});

const base = {
  id: 'railway-test',
  name_zh: '测试线',
  name_en: 'Test line',
  aliases: [],
  kind: 'high-speed',
  status: 'open',
  status_source: { ref: '000:1', date: '2026' },
  design_speed_kmh: null,
};

function rec(extra: Record<string, unknown>, line = 7): Located<RawRecord> {
  return { file: 'geo/authored/railways.jsonl', line, record: { ...base, ...extra } };
}

function errorOf(fn: () => unknown): AuthoredRecordError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AuthoredRecordError) return error;
    throw error;
  }
  throw new Error('expected an AuthoredRecordError');
}

describe('buildFeature', () => {
  it('builds a line through its nodes with provenance and via names', () => {
    const feature = buildFeature(rec({ via: ['a', 'b', 'c'] }), 'railways', ctx());
    expect(feature.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [104, 30],
        [105, 30],
        [105, 31],
      ],
    });
    expect(feature.properties?.via).toEqual(['甲', '乙', '丙']);
    expect(feature.properties?.provenance).toMatchObject({ method: 'authored', accuracy_m: 5000 });
    expect(feature.properties?.layer).toBe('railways');
  });
  it('names file:line and id for an unknown node', () => {
    const error = errorOf(() => buildFeature(rec({ via: ['a', 'zz'] }, 12), 'railways', ctx()));
    expect(error.message).toBe('geo/authored/railways.jsonl:12 [railway-test] unknown node id "zz"');
  });
  it('rejects a self-crossing line', () => {
    const error = errorOf(() => buildFeature(rec({ via: ['a', 'c', 'b', 'd'] }), 'railways', ctx()));
    expect(error.message).toMatch(/railways.jsonl:7 \[railway-test\] line crosses itself/);
  });
  it('accepts a closed ring', () => {
    const feature = buildFeature(rec({ via: ['a', 'b', 'c', 'd', 'a'] }), 'railways', ctx());
    expect(feature.geometry.type).toBe('LineString');
  });
  it('rejects missing fields, unknown kinds and unknown statuses', () => {
    expect(
      errorOf(() => buildFeature(rec({ via: ['a', 'b'], name_en: '' }), 'railways', ctx())).message,
    ).toMatch(/\[railway-test\] missing or empty field "name_en"/);
    expect(
      errorOf(() => buildFeature(rec({ via: ['a', 'b'], kind: 'hsr' }), 'railways', ctx())).message,
    ).toMatch(/kind "hsr"/);
    expect(
      errorOf(() => buildFeature(rec({ via: ['a', 'b'], status: 'done' }), 'railways', ctx())).message,
    ).toMatch(/status "done"/);
    expect(
      errorOf(() =>
        buildFeature(rec({ via: ['a', 'b'], status_source: { ref: '000:1' } }), 'railways', ctx()),
      ).message,
    ).toMatch(/status_source/);
  });
  it('lets only natural kinds (mountain) leave the status date empty', () => {
    const place = (kind: string): Located<RawRecord> => ({
      file: 'geo/authored/places.jsonl',
      line: 2,
      record: {
        ...base,
        id: 'place-x',
        kind,
        at: 'a',
        status_source: { ref: 'public fact: natural landform', date: '' },
      },
    });
    expect(buildFeature(place('mountain'), 'places', ctx()).properties?.kind).toBe('mountain');
    expect(errorOf(() => buildFeature(place('new-area'), 'places', ctx())).message).toMatch(
      /\[place-x\] missing status_source/,
    );
  });
  it('requires the per-layer fields', () => {
    const { design_speed_kmh: _drop, ...withoutSpeed } = base;
    const located: Located<RawRecord> = {
      file: 'railways.jsonl',
      line: 3,
      record: { ...withoutSpeed, via: ['a', 'b'] },
    };
    expect(errorOf(() => buildFeature(located, 'railways', ctx())).message).toMatch(/design_speed_kmh/);
  });
  it('refuses to label hand-authored geometry official', () => {
    const error = errorOf(() =>
      buildFeature(rec({ via: ['a', 'b'], provenance: { method: 'official' } }), 'railways', ctx()),
    );
    expect(error.message).toMatch(/never be "official"/);
  });
  it('rejects coordinates outside the atlas box', () => {
    const error = errorOf(() => buildFeature(rec({ lonlat: [120, 30], kind: 'hub' }), 'airports', ctx()));
    expect(error.message).toMatch(/outside 95–111°E/);
  });
  it('makes a circle of the stated area around a node', () => {
    const feature = buildFeature(
      {
        file: 'ecology.jsonl',
        line: 1,
        record: { ...base, id: 'eco-x', kind: 'nature-reserve', at: 'a', area_km2: 100 },
      },
      'ecology',
      ctx(),
    );
    expect(feature.geometry.type).toBe('Polygon');
    expect(feature.properties?.provenance).toMatchObject({ method: 'schematic' });
    expect(feature.properties?.indicative).toBe(true);
  });
  it('slices a named river between its via nodes when the river exists', () => {
    const c = ctx();
    c.rivers.set('测试江', [
      [103.5, 30],
      [104, 30.01],
      [104.5, 30],
      [105, 30.01],
      [105.5, 30],
    ]);
    const feature = buildFeature(
      {
        file: 'waterways.jsonl',
        line: 2,
        record: { ...base, id: 'ww', kind: 'trunk', river: '测试江', via: ['a', 'b'], grade: 3 },
      },
      'waterways',
      c,
    );
    expect(feature.properties?.provenance).toMatchObject({ method: 'derived' });
    const coords = (feature.geometry as { coordinates: number[][] }).coordinates;
    expect(coords[0]?.[0]).toBeCloseTo(104, 1);
    expect(coords.at(-1)?.[0]).toBeCloseTo(105, 1);
  });
  it('stops when a sliced river passes more than 5 km from a via node', () => {
    const c = ctx();
    // The river runs along 30°N; node c sits at 31°N, ~110 km away.
    c.rivers.set('测试江', [
      [103.5, 30],
      [104.5, 30],
      [105.5, 30],
    ]);
    const located = {
      file: 'waterways.jsonl',
      line: 4,
      record: { ...base, id: 'ww', kind: 'trunk', river: '测试江', via: ['a', 'c'] },
    };
    expect(errorOf(() => buildFeature(located, 'waterways', c)).message).toMatch(
      /waterways.jsonl:4 \[ww\] line passes .* km from via node "c"/,
    );
  });
  it('snaps a port onto its river and fails on an unknown river name', () => {
    const c = ctx();
    c.rivers.set('测试江', [
      [103.5, 30.1],
      [105.5, 30.1],
    ]);
    const port = { ...base, id: 'port-x', kind: 'port', at: 'a', river: '测试江' };
    const feature = buildFeature({ file: 'ports.jsonl', line: 1, record: port }, 'ports', c);
    expect((feature.geometry as { coordinates: number[] }).coordinates[1]).toBeCloseTo(30.1, 1);
    expect(String((feature.properties as { provenance: { source: string } }).provenance.source)).toMatch(
      /snapped 11\.\d km/,
    );
    const bad = { file: 'ports.jsonl', line: 2, record: { ...port, river: '无名江' } };
    expect(errorOf(() => buildFeature(bad, 'ports', c)).message).toMatch(
      /ports.jsonl:2 \[port-x\] no named river "无名江"/,
    );
  });
  it('dissolves listed prefectures and names an unknown adcode', () => {
    const c = ctx();
    const square = (x: number): Polygon => ({
      type: 'Polygon',
      coordinates: [
        [
          [x, 30],
          [x + 1, 30],
          [x + 1, 31],
          [x, 31],
          [x, 30],
        ],
      ],
    });
    c.prefectures.set('510100', square(104));
    c.prefectures.set('510600', square(105));
    c.boundaries = { source: 'test', accuracy_m: 1000, simplify: false };
    const record = { ...base, id: 'metro-x', kind: 'circle', prefectures: ['510100', '510600'] };
    const feature = buildFeature({ file: 'metro-structure.jsonl', line: 2, record }, 'metro-circle', c);
    expect(feature.geometry.type).toBe('Polygon');
    expect(feature.properties?.provenance).toMatchObject({ method: 'derived', accuracy_m: 1000 });
    const bad = { file: 'metro-structure.jsonl', line: 3, record: { ...record, prefectures: ['519999'] } };
    expect(errorOf(() => buildFeature(bad, 'metro-circle', c)).message).toMatch(
      /metro-structure.jsonl:3 \[metro-x\] unknown prefecture adcode "519999"/,
    );
  });
  it('rejects duplicate ids within a layer', () => {
    const records = [rec({ via: ['a', 'b'] }, 1), rec({ via: ['b', 'c'] }, 2)];
    expect(errorOf(() => buildLayer(records, 'railways', ctx())).message).toMatch(
      /:2 \[railway-test\] duplicate id/,
    );
  });
});

describe('nodes', () => {
  it('rejects a node without a WGS84 source tag', () => {
    const text = '{"id":"x","name_zh":"x","name_en":"x","lon":104,"lat":30,"source":"amap"}';
    expect(() => nodeMap(parseJsonl(text, 'nodes.jsonl'))).toThrow(/nodes.jsonl:1 \[x\] source must start/);
  });
  it('rejects duplicate node ids', () => {
    expect(() => nodeMap(parseJsonl(`${nodesText}\n${nodesText.split('\n')[0]}`, 'nodes.jsonl'))).toThrow(
      /nodes.jsonl:5 \[a\] duplicate/,
    );
  });
});
