/**
 * Rivers from WDBII (no names): a simplified background network, and named rivers rebuilt by routing hand-authored
 * waypoints through the full-resolution network (Dijkstra over a vertex graph with short gap edges, because WDBII
 * lines are cut at GSHHG bin edges and some confluences miss by a few hundred metres).
 */
import { distance, simplify } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, Position } from 'geojson';
import {
  AuthoredError,
  optionalString,
  parseRecordLines,
  requireLonLat,
  requireString,
  requireStringArray,
  requireUnique,
} from './authored';

export interface RiverLine {
  level: number;
  coordinates: Position[];
}

export function parseRiverLines(collection: FeatureCollection, file: string): RiverLine[] {
  return collection.features.map((feature, index) => {
    const level = feature.properties?.level;
    if (feature.geometry?.type !== 'LineString' || typeof level !== 'number') {
      throw new Error(`${file}: feature ${index} must be a LineString with a numeric level`);
    }
    return { level, coordinates: feature.geometry.coordinates };
  });
}

const km = (a: Position, b: Position) => distance(a, b, { units: 'kilometers' });

/** Background network: one MultiLineString per level (≤ maxLevel), each part simplified (tolerance in degrees). */
export function backgroundRivers(
  lines: RiverLine[],
  maxLevel: number,
  tolerance: number,
): FeatureCollection<MultiLineString> {
  const byLevel = new Map<number, Position[][]>();
  for (const line of lines) {
    if (line.level > maxLevel) continue;
    const simplified = simplify(
      { type: 'LineString', coordinates: line.coordinates },
      { tolerance, highQuality: true },
    );
    const parts = byLevel.get(line.level) ?? [];
    parts.push(simplified.coordinates);
    byLevel.set(line.level, parts);
  }
  const features = [...byLevel.entries()]
    .sort(([a], [b]) => a - b)
    .map(
      ([level, parts]): Feature<MultiLineString> => ({
        type: 'Feature',
        properties: { id: `river-network-${level}`, name_zh: '', name_en: '', level, named: false },
        geometry: { type: 'MultiLineString', coordinates: parts },
      }),
    );
  return { type: 'FeatureCollection', features };
}

interface Graph {
  coords: Position[];
  level: number[];
  edges: Map<number, number>[];
}

const GRID = 1000; // 0.001° keys: merges the duplicated vertices where WDBII bins meet

/** Vertex graph of the network; ends within gapKm of another line's vertex get a gap edge. */
export function buildRiverGraph(lines: RiverLine[], gapKm: number): Graph {
  const index = new Map<string, number>();
  const graph: Graph = { coords: [], level: [], edges: [] };
  const node = (p: Position, level: number) => {
    const key = `${Math.round((p[0] ?? 0) * GRID)},${Math.round((p[1] ?? 0) * GRID)}`;
    let id = index.get(key);
    if (id === undefined) {
      id = graph.coords.length;
      index.set(key, id);
      graph.coords.push([p[0] ?? 0, p[1] ?? 0]);
      graph.level.push(level);
      graph.edges.push(new Map());
    } else {
      graph.level[id] = Math.min(graph.level[id] ?? level, level);
    }
    return id;
  };
  const link = (a: number, b: number, w: number) => {
    if (a === b) return;
    const ea = graph.edges[a] as Map<number, number>;
    const eb = graph.edges[b] as Map<number, number>;
    if (w < (ea.get(b) ?? Number.POSITIVE_INFINITY)) {
      ea.set(b, w);
      eb.set(a, w);
    }
  };
  const ends: number[] = [];
  for (const line of lines) {
    let previous = -1;
    for (const p of line.coordinates) {
      const id = node(p, line.level);
      if (previous >= 0) link(previous, id, km(graph.coords[previous] as Position, p));
      previous = id;
    }
    ends.push(node(line.coordinates[0] as Position, line.level), previous);
  }
  // Spatial buckets of 0.02° for the gap search.
  const bucket = new Map<string, number[]>();
  const cell = (p: Position) => [Math.floor((p[0] ?? 0) / 0.02), Math.floor((p[1] ?? 0) / 0.02)];
  graph.coords.forEach((p, id) => {
    const [cx, cy] = cell(p);
    const key = `${cx},${cy}`;
    bucket.set(key, [...(bucket.get(key) ?? []), id]);
  });
  for (const end of ends) {
    if ((graph.edges[end]?.size ?? 0) > 1) continue; // not a dangling end
    const p = graph.coords[end] as Position;
    const [cx = 0, cy = 0] = cell(p);
    let best = -1;
    let bestKm = gapKm;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const other of bucket.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (other === end || graph.edges[end]?.has(other)) continue;
          const d = km(p, graph.coords[other] as Position);
          if (d < bestKm && d > 0) {
            bestKm = d;
            best = other;
          }
        }
      }
    }
    if (best >= 0) link(end, best, bestKm);
  }
  return graph;
}

/** Nearest node at level ≤ maxLevel within maxKm. */
export function snap(graph: Graph, p: Position, maxLevel: number, maxKm: number): number {
  let best = -1;
  let bestKm = maxKm;
  graph.coords.forEach((q, id) => {
    if ((graph.level[id] ?? 9) > maxLevel) return;
    if (Math.abs((q[0] ?? 0) - (p[0] ?? 0)) > 0.3 || Math.abs((q[1] ?? 0) - (p[1] ?? 0)) > 0.3) return;
    const d = km(p, q);
    if (d < bestKm) {
      bestKm = d;
      best = id;
    }
  });
  return best;
}

/** Dijkstra shortest path; returns node ids or null when unreachable. */
export function shortestPath(graph: Graph, from: number, to: number): number[] | null {
  const dist = new Map<number, number>([[from, 0]]);
  const prev = new Map<number, number>();
  const heap: [number, number][] = [[0, from]];
  const push = (item: [number, number]) => {
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((heap[parent] as [number, number])[0] <= item[0]) break;
      heap[i] = heap[parent] as [number, number];
      i = parent;
    }
    heap[i] = item;
  };
  const pop = (): [number, number] | undefined => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (
          l < heap.length &&
          (heap[l] as [number, number])[0] < (m === i ? last[0] : (heap[m] as [number, number])[0])
        )
          m = l;
        if (
          r < heap.length &&
          (heap[r] as [number, number])[0] < (m === i ? last[0] : (heap[m] as [number, number])[0])
        )
          m = r;
        if (m === i) break;
        heap[i] = heap[m] as [number, number];
        i = m;
      }
      heap[i] = last;
    }
    return top;
  };
  for (let item = pop(); item; item = pop()) {
    const [d, u] = item;
    if (u === to) break;
    if (d > (dist.get(u) ?? Number.POSITIVE_INFINITY)) continue;
    for (const [v, w] of graph.edges[u] ?? []) {
      const nd = d + w;
      if (nd < (dist.get(v) ?? Number.POSITIVE_INFINITY)) {
        dist.set(v, nd);
        prev.set(v, u);
        push([nd, v]);
      }
    }
  }
  if (!dist.has(to)) return null;
  const path = [to];
  while (path[path.length - 1] !== from) path.push(prev.get(path[path.length - 1] as number) as number);
  return path.reverse();
}

export interface RiverWaypoints {
  id: string;
  name_zh: string;
  name_en: string;
  /** Other forms the plans use for the river (长江干流); the name itself is always a form. */
  aliases: string[];
  waypoints: [number, number][];
  /** Where the waypoints come from (towns on the river), quoted in the river feature's provenance. */
  source: string;
  line: number;
}

export function parseRiverWaypoints(text: string, file: string): RiverWaypoints[] {
  const records = parseRecordLines(text, file);
  requireUnique(records, (r) => r.value.id, file, 'id');
  return records.map((r) => {
    const raw = r.value.waypoints;
    if (!Array.isArray(raw) || raw.length < 2)
      throw new AuthoredError(file, r.line, '"waypoints" needs ≥ 2 [lon, lat]');
    const waypoints = raw.map((_, i) =>
      requireLonLat({ line: r.line, value: { [`waypoints[${i}]`]: raw[i] } }, `waypoints[${i}]`, file),
    );
    return {
      id: requireString(r, 'id', file, /^[a-z0-9-]+$/),
      name_zh: requireString(r, 'name_zh', file),
      name_en: requireString(r, 'name_en', file),
      aliases: r.value.aliases === undefined ? [] : requireStringArray(r, 'aliases', file, /^\S+$/),
      waypoints,
      source: optionalString(r, 'source', file) ?? '',
      line: r.line,
    };
  });
}

export interface NamedRiverOptions {
  snapKm: number;
  snapMaxLevel: number;
  tolerance: number;
  file: string;
}

/** Route each named river leg by leg through the graph; a leg that cannot be routed stops the build. */
export function routeNamedRivers(
  graph: Graph,
  rivers: RiverWaypoints[],
  options: NamedRiverOptions,
): FeatureCollection<LineString> {
  const features = rivers.map((river): Feature<LineString> => {
    const nodes = river.waypoints.map((p, i) => {
      const id = snap(graph, p, options.snapMaxLevel, options.snapKm);
      if (id < 0)
        throw new AuthoredError(
          options.file,
          river.line,
          `${river.id} waypoint ${i} is > ${options.snapKm} km from the network`,
        );
      return id;
    });
    const path: number[] = [];
    for (let i = 1; i < nodes.length; i++) {
      const leg = shortestPath(graph, nodes[i - 1] as number, nodes[i] as number);
      if (!leg)
        throw new AuthoredError(
          options.file,
          river.line,
          `${river.id}: no route from waypoint ${i - 1} to ${i}`,
        );
      path.push(...(path.length ? leg.slice(1) : leg));
    }
    const coordinates = path.map((id) => graph.coords[id] as Position);
    let lengthKm = 0;
    for (let i = 1; i < coordinates.length; i++)
      lengthKm += km(coordinates[i - 1] as Position, coordinates[i] as Position);
    const line = simplify(
      { type: 'LineString' as const, coordinates },
      { tolerance: options.tolerance, highQuality: true },
    );
    const level = Math.min(...path.map((id) => graph.level[id] ?? 9));
    return {
      type: 'Feature',
      properties: {
        id: `river-${river.id}`,
        name_zh: river.name_zh,
        name_en: river.name_en,
        level,
        named: true,
        length_km: Math.round(lengthKm),
      },
      geometry: line,
    };
  });
  return { type: 'FeatureCollection', features };
}
