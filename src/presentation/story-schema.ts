/**
 * Stories (curated in data/stories, and the user's own briefings) as data: the types, and pure functions that
 * validate an authored or imported story against what exists (layers, features, plan passages) and normalise it.
 * Used by scripts/build-stories.ts at build time and by the briefings import in the browser, so both refuse the
 * same mistakes with the same messages.
 */
import {
  bilingual,
  isRecord,
  keyPattern,
  locate,
  lonLat,
  MAX_SLIDES,
  PASSAGE_ID,
  provenance,
  quoted,
  round,
  SLIDE_ID,
  STORY_ID,
  stringList,
  view,
} from './schema-fields';
import type {
  StoriesFile,
  Story,
  StoryFlow,
  StoryProblem,
  StorySlide,
  UnlinkedHighlight,
  ValidationContext,
} from './story-types';

export { keyPattern, locate, MAX_SLIDES, parseJsonText, STORY_ID } from './schema-fields';
export type * from './story-types';

/**
 * Validates one story (parsed JSON) and returns it normalised (trimmed text, rounded camera, de-duplicated lists,
 * layers in draw order) with every problem found, each placed on a line of `source` where possible.
 * A story with problems must not be used.
 */
export function validateStory(
  value: unknown,
  source: string,
  context: ValidationContext,
): { story: Story; problems: StoryProblem[] } {
  const problems: StoryProblem[] = [];
  const at = (needles: (string | null)[]) => (message: string) =>
    problems.push({ line: locate(source, needles), message });
  const empty: Story = { id: '', title: { zh: '', en: '' }, description: { zh: '', en: '' }, slides: [] };
  if (!isRecord(value)) {
    problems.push({ line: 1, message: 'expected a story object {"id", "title", "description", "slides"}' });
    return { story: empty, problems };
  }
  const id = typeof value.id === 'string' ? value.id : '';
  if (!STORY_ID.test(id))
    at([keyPattern('id')])(
      `story id ${JSON.stringify(value.id ?? null)}: expected lower-case letters, digits, -`,
    );
  const storyAnchor = id ? keyPattern('id', id) : null;
  const title = bilingual(
    value.title,
    'title',
    context.requireBothLanguages,
    at([storyAnchor, keyPattern('title')]),
  );
  const description = bilingual(
    value.description ?? { zh: '', en: '' },
    'description',
    context.requireBothLanguages,
    at([storyAnchor, keyPattern('description')]),
  );
  const rawSlides = value.slides;
  const slides: StorySlide[] = [];
  if (!Array.isArray(rawSlides) || rawSlides.length === 0) {
    at([keyPattern('slides')])('slides: expected a non-empty list');
  } else if (rawSlides.length > MAX_SLIDES) {
    at([keyPattern('slides')])(`slides: at most ${MAX_SLIDES}`);
  } else {
    const seen = new Set<string>();
    rawSlides.forEach((raw, index) => {
      const slide = validateSlide(raw, index, source, context, problems);
      if (slide.id && seen.has(slide.id))
        problems.push({
          line: locate(source, [
            keyPattern('slides'),
            keyPattern('id', slide.id),
            keyPattern('id', slide.id),
          ]),
          message: `slide ${index + 1}: duplicate slide id "${slide.id}"`,
        });
      seen.add(slide.id);
      slides.push(slide);
    });
  }
  return { story: { id, title, description, slides }, problems };
}

function validateSlide(
  raw: unknown,
  index: number,
  source: string,
  context: ValidationContext,
  problems: StoryProblem[],
): StorySlide {
  const label = `slide ${index + 1}`;
  const slideId = isRecord(raw) && typeof raw.id === 'string' ? raw.id : '';
  const anchor = slideId ? [keyPattern('slides'), keyPattern('id', slideId)] : [keyPattern('slides')];
  const at =
    (...needles: (string | null)[]) =>
    (message: string) =>
      problems.push({ line: locate(source, [...anchor, ...needles]), message: `${label}: ${message}` });
  if (!isRecord(raw)) {
    at()('expected a slide object');
    return {
      id: '',
      title: { zh: '', en: '' },
      caption: { zh: '', en: '' },
      view: { center: [102.8, 30.1], zoom: 5.45, bearing: 0 },
      layers: [],
      highlight: [],
      passages: [],
    };
  }
  if (!SLIDE_ID.test(slideId))
    at()(`slide id ${JSON.stringify(raw.id ?? null)}: expected lower-case letters, digits, -`);
  const title = bilingual(raw.title, 'title', context.requireBothLanguages, at(keyPattern('title')));
  const caption = bilingual(raw.caption, 'caption', context.requireBothLanguages, at(keyPattern('caption')));
  const slideView = view(raw.view, 'view', at(keyPattern('view')));

  const layers = stringList(raw.layers, 'layers', at(keyPattern('layers')));
  for (const layer of layers)
    if (!context.layerIds.includes(layer))
      at(keyPattern('layers'), quoted(layer))(`unknown layer "${layer}"`);
  const orderedLayers = context.layerIds.filter((layer) => layers.includes(layer));

  const highlight = stringList(raw.highlight, 'highlight', at(keyPattern('highlight')));
  if (context.features)
    for (const feature of highlight)
      if (!context.features.has(feature))
        at(
          keyPattern('highlight'),
          quoted(feature),
        )(`unknown feature "${feature}" (not in public/data/layers)`);

  const passages = stringList(raw.passages, 'passages', at(keyPattern('passages')));
  if (passages.length === 0 && context.requireBothLanguages)
    at(keyPattern('passages'))('passages: every slide cites at least one plan passage');
  for (const passage of passages) {
    if (!PASSAGE_ID.test(passage))
      at(keyPattern('passages'), quoted(passage))(`"${passage}" is not a passage id`);
    else if (context.passages && !context.passages.has(passage))
      at(keyPattern('passages'), quoted(passage))(`unknown passage "${passage}" (not in public/data/plans)`);
  }

  const unlinked: UnlinkedHighlight[] = [];
  if (raw.unlinked !== undefined) {
    if (!Array.isArray(raw.unlinked)) at(keyPattern('unlinked'))('unlinked: expected a list');
    else
      for (const entry of raw.unlinked) {
        if (
          !isRecord(entry) ||
          typeof entry.feature !== 'string' ||
          typeof entry.reason !== 'string' ||
          !entry.reason.trim()
        ) {
          at(keyPattern('unlinked'))('unlinked: expected {"feature": "…", "reason": "…"} entries');
          continue;
        }
        if (!highlight.includes(entry.feature))
          at(
            keyPattern('unlinked'),
            quoted(entry.feature),
          )(`unlinked "${entry.feature}" is not highlighted on this slide`);
        unlinked.push({ feature: entry.feature, reason: entry.reason.trim() });
      }
  }

  const flows: StoryFlow[] = [];
  if (raw.flows !== undefined) {
    if (!Array.isArray(raw.flows)) at(keyPattern('flows'))('flows: expected a list');
    else for (const flow of raw.flows) flows.push(...validateFlow(flow, context, at, highlight));
  }

  return {
    id: slideId,
    title,
    caption,
    view: slideView,
    layers: orderedLayers,
    highlight: [...highlight].sort(),
    passages,
    ...(unlinked.length > 0 ? { unlinked: unlinked.sort((a, b) => a.feature.localeCompare(b.feature)) } : {}),
    ...(flows.length > 0 ? { flows } : {}),
  };
}

function validateFlow(
  flow: unknown,
  context: ValidationContext,
  at: (...needles: (string | null)[]) => (message: string) => void,
  highlight: readonly string[],
): StoryFlow[] {
  if (!isRecord(flow) || typeof flow.id !== 'string' || !SLIDE_ID.test(flow.id)) {
    at(keyPattern('flows'))('flows: each flow needs an "id" (lower-case letters, digits, -)');
    return [];
  }
  const here = at(keyPattern('flows'), keyPattern('id', flow.id));
  const what = `flow "${flow.id}"`;
  const problem = (message: string) => here(`${what}: ${message}`);
  if (flow.kind === 'arc') {
    const from = lonLat(flow.from);
    const to = lonLat(flow.to);
    if (!from || !to) problem('"from" and "to" must be [lon, lat] inside the map bounds');
    const label = bilingual(flow.label, 'label', context.requireBothLanguages, problem);
    const origin = provenance(flow.provenance, what, here);
    if (!from || !to) return [];
    return [
      {
        kind: 'arc',
        id: flow.id,
        from: [round(from[0], 5), round(from[1], 5)],
        to: [round(to[0], 5), round(to[1], 5)],
        label,
        provenance: origin,
      },
    ];
  }
  if (flow.kind === 'trail') {
    const feature = typeof flow.feature === 'string' ? flow.feature : '';
    const geometry = context.features?.get(feature);
    if (context.features && geometry === undefined) problem(`unknown feature "${feature}"`);
    else if (geometry !== undefined && !/LineString$/.test(geometry))
      problem(`"${feature}" is a ${geometry}; trails follow lines`);
    if (!highlight.includes(feature)) problem(`trail feature "${feature}" must also be highlighted`);
    return [{ kind: 'trail', id: flow.id, feature, provenance: provenance(flow.provenance, what, here) }];
  }
  problem('"kind" must be "arc" or "trail"');
  return [];
}

/** Every story in id order; slides keep their authored order (it is the talk's order). */
export function storiesFile(stories: readonly Story[]): StoriesFile {
  return { version: 1, stories: [...stories].sort((a, b) => a.id.localeCompare(b.id)) };
}

/** Reads the built stories.json (already validated at build time), checking only its shape. */
export function readStoriesFile(value: unknown): Story[] {
  if (!isRecord(value) || value.version !== 1 || !Array.isArray(value.stories))
    throw new Error('data/stories.json: expected {"version": 1, "stories": [...]}');
  return value.stories as Story[];
}
