import { describe, expect, it } from 'vitest';
import {
  backgroundRivers,
  buildRiverGraph,
  parseRiverWaypoints,
  routeNamedRivers,
  shortestPath,
  snap,
} from './rivers';

// A main stem in two bin-cut pieces with a 0.5 km gap, and a tributary joining it.
const lines = [
  {
    level: 1,
    coordinates: [
      [104, 30],
      [104.05, 30.001],
      [104.1, 30],
    ],
  },
  {
    level: 1,
    coordinates: [
      [104.104, 30],
      [104.15, 30.002],
      [104.2, 30],
    ],
  },
  {
    level: 3,
    coordinates: [
      [104.15, 30.1],
      [104.15, 30.05],
      [104.15, 30.002],
    ],
  },
];

describe('rivers', () => {
  it('bridges small gaps so a river can be routed across bin cuts', () => {
    const graph = buildRiverGraph(lines, 1.5);
    const a = snap(graph, [104, 30], 1, 5);
    const b = snap(graph, [104.2, 30], 1, 5);
    expect(shortestPath(graph, a, b)?.length).toBe(6);
    expect(shortestPath(buildRiverGraph(lines, 0.1), a, b)).toBeNull();
  });
  it('snaps only to nodes at or below the requested level', () => {
    const graph = buildRiverGraph(lines, 1.5);
    expect(snap(graph, [104.15, 30.1], 1, 5)).toBe(-1);
    expect(snap(graph, [104.15, 30.1], 3, 5)).toBeGreaterThanOrEqual(0);
  });
  it('routes named rivers from waypoints and reports bad ones by file and line', () => {
    const text =
      '[\n{"id":"test","name_zh":"测试江","name_en":"Test River","waypoints":[[104,30],[104.2,30]]}\n]';
    const rivers = parseRiverWaypoints(text, 'w.json');
    const graph = buildRiverGraph(lines, 1.5);
    const out = routeNamedRivers(graph, rivers, { snapKm: 5, snapMaxLevel: 4, tolerance: 0, file: 'w.json' });
    expect(out.features[0]?.properties).toMatchObject({
      id: 'river-test',
      named: true,
      level: 1,
      length_km: 19,
    });
    const far = '[\n{"id":"far","name_zh":"x","name_en":"x","waypoints":[[104,30],[106,31]]}\n]';
    expect(() =>
      routeNamedRivers(graph, parseRiverWaypoints(far, 'w.json'), {
        snapKm: 5,
        snapMaxLevel: 4,
        tolerance: 0,
        file: 'w.json',
      }),
    ).toThrow(/w\.json:2: far waypoint 1/);
    expect(() =>
      parseRiverWaypoints(
        '[\n{"id":"x","name_zh":"x","name_en":"x","waypoints":[[10,30],[104,30]]}\n]',
        'w.json',
      ),
    ).toThrow(/w\.json:2/);
  });
  it('groups the background network by level', () => {
    const out = backgroundRivers(lines, 2, 0.01);
    expect(out.features.map((f) => f.properties?.id)).toEqual(['river-network-1']);
    expect(out.features[0]?.geometry.coordinates).toHaveLength(2);
  });
});
