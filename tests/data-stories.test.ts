/**
 * Data contract for public/data/stories.json: it is a fresh build of data/stories (rebuild with
 * `npm run stories:build`), every reference resolves, and every slide is backed by the plans it cites — each
 * highlighted feature is linked (links.json) to one of the slide's passages, or the slide says why not, and every
 * number in a Chinese caption appears in one of its passages (no invented figures).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../src/layers/index.ts';
import {
  parseJsonText,
  readStoriesFile,
  type Story,
  storiesFile,
  validateStory,
} from '../src/presentation/story-schema.ts';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DATA = join(ROOT, 'public', 'data');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

describe('stories.json', () => {
  let stories: Story[];
  let blocks: Map<string, string>;
  let features: Map<string, string>;
  let linked: Set<string>;

  beforeAll(() => {
    stories = readStoriesFile(readJson(join(DATA, 'stories.json')));
    blocks = new Map();
    for (const file of readdirSync(join(DATA, 'plans')).filter(
      (f) => f.endsWith('.json') && f !== 'index.json',
    ))
      for (const block of readJson<{ blocks?: { id: string; text: string }[] }>(join(DATA, 'plans', file))
        .blocks ?? [])
        blocks.set(block.id, block.text);
    features = new Map();
    for (const file of readdirSync(join(DATA, 'layers')).filter((f) => f.endsWith('.geojson')))
      for (const feature of readJson<{
        features: { properties: { id: string }; geometry: { type: string } }[];
      }>(join(DATA, 'layers', file)).features)
        features.set(feature.properties.id, feature.geometry.type);
    linked = new Set(
      readJson<{ feature: string; block: string }[]>(join(DATA, 'links.json')).map(
        (l) => `${l.block} ${l.feature}`,
      ),
    );
  });

  it('is a fresh build of data/stories', () => {
    const dir = join(ROOT, 'data', 'stories');
    const built: Story[] = [];
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const source = readFileSync(join(dir, name), 'utf8');
      const parsed = parseJsonText(source);
      if ('problem' in parsed) throw new Error(`${name}: ${parsed.problem.message}`);
      const { story, problems } = validateStory(parsed.value, source, {
        layerIds: LAYER_IDS,
        features,
        passages: new Set(blocks.keys()),
        requireBothLanguages: true,
      });
      expect(problems.map((p) => `${name}:${p.line}: ${p.message}`)).toEqual([]);
      built.push(story);
    }
    expect(storiesFile(built).stories).toEqual(stories);
  });

  it('ships the five curated stories of issue 6, 3–6 slides each', () => {
    expect(stories.map((story) => story.id).sort()).toEqual([
      'chengdu-chongqing-twin-city',
      'chengdu-metropolitan-circle',
      'ecological-barrier',
      'five-zones',
      'transport-pole',
    ]);
    for (const story of stories) {
      expect(story.slides.length, story.id).toBeGreaterThanOrEqual(3);
      expect(story.slides.length, story.id).toBeLessThanOrEqual(6);
    }
  });

  it('cites only passages that exist, at least one per slide', () => {
    for (const story of stories)
      for (const slide of story.slides) {
        expect(slide.passages.length, `${story.id}/${slide.id}`).toBeGreaterThan(0);
        for (const passage of slide.passages) expect(blocks.has(passage), passage).toBe(true);
      }
  });

  it("links each highlighted feature to one of its slide's passages, or says why not", () => {
    const unexplained: string[] = [];
    for (const story of stories)
      for (const slide of story.slides) {
        const explained = new Set((slide.unlinked ?? []).map((entry) => entry.feature));
        for (const feature of slide.highlight) {
          const isLinked = slide.passages.some((passage) => linked.has(`${passage} ${feature}`));
          if (!isLinked && !explained.has(feature)) unexplained.push(`${story.id}/${slide.id}: ${feature}`);
          // An explanation for a feature that is in fact linked is stale.
          if (isLinked && explained.has(feature))
            unexplained.push(`${story.id}/${slide.id}: stale note ${feature}`);
        }
      }
    expect(unexplained).toEqual([]);
  });

  it('invents no numbers: every number in a Chinese caption appears in its passages', () => {
    const invented: string[] = [];
    for (const story of stories)
      for (const slide of story.slides) {
        // The passages and their headings ("专栏18" is the box a passage sits in).
        const ancestry = (passage: string) =>
          passage.split('/').map((_, index, parts) => blocks.get(parts.slice(0, index + 1).join('/')) ?? '');
        const text = slide.passages.flatMap(ancestry).join('\n');
        for (const number of slide.caption.zh.match(/\d+/g) ?? [])
          if (!text.includes(number)) invented.push(`${story.id}/${slide.id}: ${number}`);
      }
    expect(invented).toEqual([]);
  });

  it('draws trails only along highlighted lines and gives every flow a provenance', () => {
    for (const story of stories)
      for (const slide of story.slides)
        for (const flow of slide.flows ?? []) {
          expect(flow.provenance.source.length, flow.id).toBeGreaterThan(0);
          if (flow.kind === 'trail') {
            expect(slide.highlight).toContain(flow.feature);
            expect(features.get(flow.feature)).toMatch(/LineString$/);
          }
        }
  });
});
