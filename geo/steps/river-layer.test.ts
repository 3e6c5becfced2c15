import type { FeatureCollection, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { removeLoops, riverLayer } from './river-layer';
import { parseRiverWaypoints } from './rivers';

const waypoints = parseRiverWaypoints(
  '[\n{"id":"yangtze","name_zh":"长江","name_en":"Yangtze River","aliases":["长江干流"],' +
    '"waypoints":[[104.6,28.7],[105.8,28.8]],"source":"宜宾, 泸州, 合江"}\n]',
  'w.json',
);

const routed: FeatureCollection<LineString> = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {
        id: 'river-yangtze',
        name_zh: '长江',
        name_en: 'Yangtze River',
        level: 1,
        named: true,
        length_km: 190,
      },
      geometry: {
        type: 'LineString',
        coordinates: [
          [104.6, 28.7],
          [105.8, 28.8],
        ],
      },
    },
  ],
};

describe('river layer', () => {
  it('gives each routed river the mission-feature contract, aliases and provenance', () => {
    const [feature] = riverLayer(routed, waypoints).features;
    expect(feature?.id).toBe('river-yangtze');
    expect(feature?.properties).toMatchObject({
      id: 'river-yangtze',
      layer: 'rivers',
      name_zh: '长江',
      name_en: 'Yangtze River',
      aliases: ['长江干流'],
      kind: 'river',
      status: 'open',
      status_source: { ref: 'public fact: natural watercourse', date: '' },
      provenance: { method: 'derived', accuracy_m: 1000 },
      level: 1,
      length_km: 190,
    });
    expect(String(feature?.properties?.provenance.source)).toMatch(/WDBII.*rivers-waypoints\.json/);
    expect(String(feature?.properties?.provenance.notes)).toContain('宜宾, 泸州, 合江');
    expect(feature?.geometry).toEqual(routed.features[0]?.geometry);
  });

  it('stops on a routed river without its waypoint record', () => {
    expect(() => riverLayer(routed, [])).toThrow(/river-yangtze has no waypoint record/);
  });

  it('cuts the loop a route makes down one braided channel and back up another', () => {
    // 岷江 at 都江堰 after simplification: east, south-east, back north-west across the first leg, then south.
    const looped = [
      [0, 0],
      [2, 0],
      [3, -1],
      [1, 1],
      [1, -3],
    ];
    expect(removeLoops(looped)).toEqual([
      [0, 0],
      [1, 0],
      [1, -3],
    ]);
    const straight = [
      [0, 0],
      [1, 0],
      [2, 1],
    ];
    expect(removeLoops(straight)).toEqual(straight);
  });
});
