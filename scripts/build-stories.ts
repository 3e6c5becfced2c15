/**
 * stories:build — validates every authored story in data/stories/*.json against the layers, the features in
 * public/data/layers and the passages in public/data/plans, and writes public/data/stories.json (stories sorted by
 * id, deterministic). A bad file stops the build naming the file, the line and the bad reference; nothing is
 * written then. All logic lives in src/presentation/story-schema.ts (pure); this file only does I/O.
 */
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAYER_IDS } from '../src/layers/index.ts';
import {
  parseJsonText,
  type Story,
  storiesFile,
  type ValidationContext,
  validateStory,
} from '../src/presentation/story-schema.ts';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DATA = join(ROOT, 'public', 'data');
const STORIES = join(ROOT, 'data', 'stories');
const OUTPUT = join(DATA, 'stories.json');

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

function loadFeatures(): Map<string, string> {
  const dir = join(DATA, 'layers');
  const features = new Map<string, string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.geojson'))) {
    const collection = readJson<{ features: { properties: { id: string }; geometry: { type: string } }[] }>(
      join(dir, file),
    );
    for (const feature of collection.features) features.set(feature.properties.id, feature.geometry.type);
  }
  return features;
}

function loadPassages(): Set<string> {
  const dir = join(DATA, 'plans');
  const passages = new Set<string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json') && name !== 'index.json')) {
    const plan = readJson<{ blocks?: { id: string }[] }>(join(dir, file));
    for (const block of plan.blocks ?? []) passages.add(block.id);
  }
  return passages;
}

function main(): void {
  const context: ValidationContext = {
    layerIds: LAYER_IDS,
    features: loadFeatures(),
    passages: loadPassages(),
    requireBothLanguages: true,
  };
  const files = readdirSync(STORIES)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const stories: Story[] = [];
  const failures: string[] = [];
  for (const name of files) {
    const path = join(STORIES, name);
    const shown = relative(ROOT, path);
    const source = readFileSync(path, 'utf8');
    const parsed = parseJsonText(source);
    if ('problem' in parsed) {
      failures.push(`${shown}:${parsed.problem.line ?? 1}: ${parsed.problem.message}`);
      continue;
    }
    const { story, problems } = validateStory(parsed.value, source, context);
    if (story.id && `${story.id}.json` !== name)
      problems.push({ line: 1, message: `story id "${story.id}" must match the file name (${name})` });
    if (stories.some((other) => other.id === story.id))
      problems.push({ line: 1, message: `duplicate story id "${story.id}"` });
    for (const problem of problems) failures.push(`${shown}:${problem.line ?? 1}: ${problem.message}`);
    if (problems.length === 0) stories.push(story);
  }
  if (failures.length > 0) {
    console.error(`stories:build failed (${failures.length} problems):\n${failures.join('\n')}`);
    process.exit(1);
  }
  // Written to a temp folder first, so a failed write leaves the committed file whole.
  const temp = mkdtempSync(join(tmpdir(), 'stories-'));
  const staged = join(temp, 'stories.json');
  writeFileSync(staged, `${JSON.stringify(storiesFile(stories), null, 1)}\n`);
  try {
    renameSync(staged, OUTPUT);
  } catch {
    writeFileSync(OUTPUT, readFileSync(staged));
  }
  rmSync(temp, { recursive: true, force: true });
  const slides = stories.reduce((sum, story) => sum + story.slides.length, 0);
  console.log(`stories:build: ${stories.length} stories, ${slides} slides → ${relative(ROOT, OUTPUT)}`);
}

main();
