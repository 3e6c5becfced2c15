/**
 * links:build — links every clean plan block to the mission-layer features.
 * Reads public/data/layers/*.geojson, public/data/plans/*.json, seeds/ and data/gazetteer/*.json;
 * writes public/data/links.json (Link[]) and public/data/links-unlinked.json (coverage report).
 * All logic lives in src/linking (pure); this file only does I/O and prints a summary.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { PlanBlock } from '../src/data/schema.ts';
import type { Gazetteer } from '../src/linking/gazetteer.ts';
import { createLineLocator, rawStream } from '../src/linking/line-map.ts';
import { type LinkerContext, linkCorpus, type PlanInput } from '../src/linking/linker.ts';
import {
  type GazetteerFiles,
  type LayerFeatureProperties,
  prepareLinker,
  toGazetteerFeature,
} from '../src/linking/prepare.ts';
import type { GazetteerFeature, Link } from '../src/linking/types.ts';
import { type BlockText, buildCoverage, type UnlinkedRules } from '../src/linking/unlinked.ts';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DATA = join(ROOT, 'public', 'data');

export interface PlanFile extends PlanInput {
  source_lines: [number, number];
  date: { iso: string } | null;
  title_zh: string;
  blocks: PlanBlock[];
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

export function loadFeatures(): GazetteerFeature[] {
  const dir = join(DATA, 'layers');
  const features: GazetteerFeature[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.geojson'))
    .sort()) {
    const collection = readJson<{ features: { properties: LayerFeatureProperties }[] }>(join(dir, file));
    for (const feature of collection.features) features.push(toGazetteerFeature(feature.properties));
  }
  return features;
}

export function loadPlans(): PlanFile[] {
  const dir = join(DATA, 'plans');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'index.json' && !f.startsWith('search'))
    .sort()
    .map((f) => readJson<PlanFile>(join(dir, f)))
    .filter((plan) => Array.isArray(plan.blocks));
}

export function loadSourceLines(plans: PlanFile[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const plan of plans) {
    if (!out.has(plan.source))
      out.set(plan.source, readFileSync(join(ROOT, plan.source), 'utf8').split('\n'));
  }
  return out;
}

export function loadGazetteerFiles(): GazetteerFiles {
  const dir = join(ROOT, 'data', 'gazetteer');
  return {
    aliases: readJson(join(dir, 'aliases.json')),
    groups: readJson(join(dir, 'groups.json')),
    config: readJson(join(dir, 'config.json')),
    falseFriends: readJson(join(dir, 'false-friends.json')),
    distributive: readJson(join(dir, 'distributive.json')),
    statusVerbs: readJson(join(dir, 'status-verbs.json')),
  };
}

export function loadUnlinkedRules(): UnlinkedRules {
  return readJson(join(ROOT, 'data', 'gazetteer', 'unlinked.json'));
}

export interface BuildResult {
  links: Link[];
  context: LinkerContext;
  gazetteer: Gazetteer;
  plans: PlanFile[];
  features: GazetteerFeature[];
}

/** Loads everything and links; used by this script, eval-links and the data tests. */
export function buildLinks(): BuildResult {
  const features = loadFeatures();
  const plans = loadPlans();
  const { context, gazetteer } = prepareLinker(features, loadGazetteerFiles(), loadSourceLines(plans));
  return { links: linkCorpus(context, plans), context, gazetteer, plans, features };
}

function main(): void {
  const started = performance.now();
  const { links, gazetteer, plans } = buildLinks();
  const linkedAt = performance.now();
  const blocks: BlockText[] = plans.flatMap((plan) =>
    plan.blocks.map((block) => ({
      doc: plan.id,
      block: block.id,
      kind: block.kind,
      text: block.text,
      line: block.lines[0],
    })),
  );
  // Example lines for the coverage page: the same raw-line search the links use.
  const sourceLines = loadSourceLines(plans);
  const planById = new Map(plans.map((plan) => [plan.id, plan]));
  const lineOf = (block: BlockText, start: number, surface: string) => {
    const plan = planById.get(block.doc);
    const planBlock = plan?.blocks.find((b) => b.id === block.block);
    if (!plan || !planBlock) return block.line;
    const raw = rawStream(sourceLines.get(plan.source) ?? [], planBlock.lines[0], planBlock.lines[1]);
    return createLineLocator(planBlock.text, raw, planBlock.lines)(start, surface);
  };
  const coverage = buildCoverage(blocks, links, loadUnlinkedRules(), lineOf);
  const finished = performance.now();

  // One link per line keeps diffs readable and the file deterministic.
  const json = `[\n${links.map((link) => JSON.stringify(link)).join(',\n')}\n]\n`;
  writeFileSync(join(DATA, 'links.json'), json);
  writeFileSync(join(DATA, 'links-unlinked.json'), `${JSON.stringify(coverage, null, 1)}\n`);

  const gz = gzipSync(json).length;
  console.log(
    `links: ${links.length} links, ${coverage.features_linked} features linked, ${plans.length} documents`,
  );
  console.log(`coverage: ${coverage.names_total} names, ${coverage.unlinked_names} unlinked names`);
  console.log(`by layer: ${JSON.stringify(coverage.by_layer)}`);
  console.log(`links.json ${(json.length / 1024).toFixed(0)} KiB, gzipped ${(gz / 1024).toFixed(1)} KiB`);
  console.log(
    `time: link ${((linkedAt - started) / 1000).toFixed(2)} s (incl. loading), coverage ${((finished - linkedAt) / 1000).toFixed(2)} s`,
  );
  if (gazetteer.unresolved.length)
    console.log(`unresolved gazetteer keys: ${gazetteer.unresolved.join('、')}`);
  if (gazetteer.ambiguousKeys.length)
    console.log(`ambiguous gazetteer keys: ${gazetteer.ambiguousKeys.join('、')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
