/**
 * Stories (curated in data/stories, and the user's own briefings) as data: the types, and pure functions that
 * validate an authored or imported story against what exists (layers, features, plan passages) and normalise it.
 * Used by scripts/build-stories.ts at build time and by the briefings import in the browser, so both refuse the
 * same mistakes with the same messages.
 */

export interface Bilingual {
  zh: string;
  en: string;
}

export interface StoryView {
  center: [number, number];
  zoom: number;
  bearing: number;
}

/** Where a drawn flow's coordinates come from: flows are schematic, never surveyed alignments. */
export interface FlowProvenance {
  source: string;
  accuracy_m: number;
  schematic: boolean;
  note?: string;
}

/** An arc from a node to an out-of-province hub (deck.gl ArcLayer). */
export interface ArcFlow {
  kind: 'arc';
  id: string;
  from: [number, number];
  to: [number, number];
  label: Bilingual;
  provenance: FlowProvenance;
}

/** Dots moving along a highlighted line feature (deck.gl ScatterplotLayer); the geometry is the feature's own. */
export interface TrailFlow {
  kind: 'trail';
  id: string;
  feature: string;
  provenance: FlowProvenance;
}

export type StoryFlow = ArcFlow | TrailFlow;

/** A highlighted feature no passage of its slide links to, with the reason it is shown anyway. */
export interface UnlinkedHighlight {
  feature: string;
  reason: string;
}

export interface StorySlide {
  id: string;
  title: Bilingual;
  caption: Bilingual;
  view: StoryView;
  layers: string[];
  highlight: string[];
  passages: string[];
  unlinked?: UnlinkedHighlight[];
  flows?: StoryFlow[];
}

export interface Story {
  id: string;
  title: Bilingual;
  description: Bilingual;
  slides: StorySlide[];
}

export interface StoriesFile {
  version: 1;
  stories: Story[];
}

/** What a story may refer to. Feature and passage sets are optional: the browser import checks what it can. */
export interface ValidationContext {
  layerIds: readonly string[];
  /** Feature id → its geometry type ("LineString", "Polygon", …). */
  features?: ReadonlyMap<string, string>;
  passages?: ReadonlySet<string>;
  /** Curated stories need both languages filled in; a user's own briefing may leave text empty. */
  requireBothLanguages: boolean;
}

export interface StoryProblem {
  /** 1-based line in the source text, when the problem can be placed. */
  line: number | null;
  message: string;
}

export const STORY_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const SLIDE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const PASSAGE_ID = /^[a-z0-9-]{1,64}(\/[a-z0-9-]{1,64}){0,12}$/;
export const MAX_SLIDES = 60;
const MAX_TEXT = 600;
/** The camera range the map accepts (src/state/view.ts ZOOM_RANGE and MAX_BOUNDS). */
const ZOOM = { min: 4, max: 12 };
const BOUNDS = { west: 90, south: 22, east: 116, north: 38 };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Line of the first match of the last needle, each searched after the previous one, so a slide's reference is
 * found inside that slide. Falls back to the deepest needle found.
 */
export function locate(source: string, needles: readonly (string | null)[]): number | null {
  let from = 0;
  let found: number | null = null;
  for (const needle of needles) {
    if (needle === null) continue;
    const pattern = new RegExp(needle, 'g');
    pattern.lastIndex = from;
    const match = pattern.exec(source);
    if (!match) break;
    found = match.index;
    from = match.index + match[0].length;
  }
  return found === null ? null : source.slice(0, found).split('\n').length;
}

/** Regex source for `"key": "value"` (or just `"key":` without a value). */
export function keyPattern(key: string, value?: string): string {
  const quotedKey = `"${escapeRegExp(key)}"\\s*:`;
  return value === undefined ? quotedKey : `${quotedKey}\\s*"${escapeRegExp(value)}"`;
}

const quoted = (value: string) => `"${escapeRegExp(value)}"`;

function bilingual(
  value: unknown,
  what: string,
  requireBoth: boolean,
  problem: (message: string) => void,
): Bilingual {
  if (!isRecord(value) || typeof value.zh !== 'string' || typeof value.en !== 'string') {
    problem(`${what}: expected {"zh": "…", "en": "…"}`);
    return { zh: '', en: '' };
  }
  const zh = value.zh.trim();
  const en = value.en.trim();
  if (requireBoth && (zh === '' || en === '')) problem(`${what}: both "zh" and "en" must be non-empty`);
  if (!requireBoth && zh === '' && en === '' && what.endsWith('title'))
    problem(`${what}: needs text in at least one language`);
  if (zh.length > MAX_TEXT || en.length > MAX_TEXT) problem(`${what}: longer than ${MAX_TEXT} characters`);
  return { zh, en };
}

function lonLat(value: unknown): [number, number] | null {
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [lon, lat] = value as unknown[];
  if (typeof lon !== 'number' || typeof lat !== 'number') return null;
  if (!(lon >= BOUNDS.west && lon <= BOUNDS.east && lat >= BOUNDS.south && lat <= BOUNDS.north)) return null;
  return [lon, lat];
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

function view(value: unknown, what: string, problem: (message: string) => void): StoryView {
  const fallback: StoryView = { center: [102.8, 30.1], zoom: 5.45, bearing: 0 };
  if (!isRecord(value)) {
    problem(`${what}: expected {"center": [lon, lat], "zoom": n, "bearing": n}`);
    return fallback;
  }
  const center = lonLat(value.center);
  if (!center)
    problem(
      `${what}.center: expected [lon, lat] inside ${BOUNDS.west}–${BOUNDS.east}°E, ${BOUNDS.south}–${BOUNDS.north}°N`,
    );
  const zoom = value.zoom;
  if (typeof zoom !== 'number' || !(zoom >= ZOOM.min && zoom <= ZOOM.max))
    problem(`${what}.zoom: expected a number from ${ZOOM.min} to ${ZOOM.max}`);
  const bearing = value.bearing ?? 0;
  if (typeof bearing !== 'number' || !(bearing >= -180 && bearing <= 180))
    problem(`${what}.bearing: expected a number from -180 to 180`);
  return {
    center: center ? [round(center[0], 4), round(center[1], 4)] : fallback.center,
    zoom: typeof zoom === 'number' ? round(zoom, 2) : fallback.zoom,
    bearing: typeof bearing === 'number' ? round(bearing, 1) : 0,
  };
}

function stringList(value: unknown, what: string, problem: (message: string) => void): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    problem(`${what}: expected a list of strings`);
    return [];
  }
  return [...new Set(value as string[])];
}

function provenance(value: unknown, what: string, problem: (message: string) => void): FlowProvenance {
  if (
    !isRecord(value) ||
    typeof value.source !== 'string' ||
    value.source.trim() === '' ||
    typeof value.accuracy_m !== 'number' ||
    !(value.accuracy_m > 0) ||
    typeof value.schematic !== 'boolean'
  ) {
    problem(`${what}.provenance: expected {"source": "…", "accuracy_m": n > 0, "schematic": true|false}`);
    return { source: '', accuracy_m: 0, schematic: true };
  }
  return {
    source: value.source.trim(),
    accuracy_m: value.accuracy_m,
    schematic: value.schematic,
    ...(typeof value.note === 'string' && value.note.trim() ? { note: value.note.trim() } : {}),
  };
}

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

/** Parses JSON text, placing a syntax error on its line. */
export function parseJsonText(source: string): { value: unknown } | { problem: StoryProblem } {
  try {
    return { value: JSON.parse(source) };
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    const line = position ? source.slice(0, Number(position)).split('\n').length : null;
    return { problem: { line, message: `not valid JSON: ${message}` } };
  }
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
