/**
 * The user's own briefing: a story kept in localStorage under a versioned key, edited slide by slide, exported and
 * imported as JSON in the same shape as data/stories/*.json. Pure functions over a storage interface, so corrupt
 * storage and bad imports are tested without a browser. A bad import changes nothing: callers only write what
 * `parseBriefingImport` returned as valid.
 */
import {
  type Bilingual,
  MAX_SLIDES,
  parseJsonText,
  type Story,
  type StorySlide,
  validateStory,
} from './story-schema';

export const BRIEFING_STORAGE_KEY = 'sichuan-atlas:briefing:v1';
/** The story id that presents the user's own briefing (story=mine in the URL). */
export const MY_BRIEFING_ID = 'mine';

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function emptyBriefing(title: Bilingual): Story {
  return { id: MY_BRIEFING_ID, title, description: { zh: '', en: '' }, slides: [] };
}

export type BriefingRead =
  | { status: 'empty' }
  | { status: 'ok'; story: Story }
  | { status: 'corrupt'; message: string };

/** Reads the stored briefing; corrupt or outdated contents are reported, never thrown, and never half-used. */
export function readBriefing(storage: KeyValueStorage, layerIds: readonly string[]): BriefingRead {
  let text: string | null;
  try {
    text = storage.getItem(BRIEFING_STORAGE_KEY);
  } catch (error) {
    return { status: 'corrupt', message: `storage is not readable: ${(error as Error).message}` };
  }
  if (text === null) return { status: 'empty' };
  const parsed = parseJsonText(text);
  if ('problem' in parsed) return { status: 'corrupt', message: parsed.problem.message };
  const wrapper = parsed.value as { version?: unknown; story?: unknown } | null;
  if (typeof wrapper !== 'object' || wrapper === null || wrapper.version !== 1)
    return { status: 'corrupt', message: 'unknown storage version' };
  // An empty briefing (all slides deleted) is valid in storage, though not presentable.
  const story = wrapper.story as Story | undefined;
  if (story && Array.isArray(story.slides) && story.slides.length === 0 && typeof story.title === 'object')
    return { status: 'ok', story: { ...emptyBriefing(story.title), title: story.title } };
  const { story: valid, problems } = validateStory(story, text, { layerIds, requireBothLanguages: false });
  if (problems.length > 0) return { status: 'corrupt', message: problems[0]?.message ?? 'invalid' };
  return { status: 'ok', story: { ...valid, id: MY_BRIEFING_ID } };
}

/** Saves the briefing; returns an error message when the browser refuses (quota, private mode). */
export function writeBriefing(storage: KeyValueStorage, story: Story): string | null {
  try {
    storage.setItem(BRIEFING_STORAGE_KEY, JSON.stringify({ version: 1, story }));
    return null;
  } catch (error) {
    return (error as Error).message || 'storage refused the write';
  }
}

/** The exported file: the story itself, in the shape of data/stories/*.json. */
export function briefingExport(story: Story): string {
  return `${JSON.stringify(story, null, 2)}\n`;
}

/**
 * Validates an imported file with the same schema as the curated stories (layer ids, camera range, passage id
 * shape, flows). Returns the story, or an error naming the line and what is wrong.
 */
export function parseBriefingImport(
  text: string,
  layerIds: readonly string[],
): { story: Story } | { error: string } {
  if (text.trim() === '') return { error: 'the file is empty' };
  const parsed = parseJsonText(text);
  if ('problem' in parsed)
    return {
      error: `${parsed.problem.line ? `line ${parsed.problem.line}: ` : ''}${parsed.problem.message}`,
    };
  const value = parsed.value as { version?: unknown; story?: unknown };
  // Accept the stored wrapper too, so a copy of localStorage imports.
  const candidate =
    value && typeof value === 'object' && value.version === 1 && value.story ? value.story : value;
  const { story, problems } = validateStory(candidate, text, { layerIds, requireBothLanguages: false });
  if (problems.length > 0) {
    const shown = problems
      .slice(0, 3)
      .map((problem) => `${problem.line ? `line ${problem.line}: ` : ''}${problem.message}`);
    const more = problems.length > 3 ? ` (+${problems.length - 3} more)` : '';
    return { error: `${shown.join('; ')}${more}` };
  }
  return { story: { ...story, id: MY_BRIEFING_ID } };
}

// ── editing (pure: each returns a new story) ───────────────────────────────────────
/** A slide id not yet used in the story. */
export function freshSlideId(story: Story): string {
  const used = new Set(story.slides.map((slide) => slide.id));
  let n = story.slides.length + 1;
  while (used.has(`slide-${n}`)) n += 1;
  return `slide-${n}`;
}

export function addSlide(story: Story, slide: Omit<StorySlide, 'id'>): Story {
  if (story.slides.length >= MAX_SLIDES) throw new Error(`a briefing holds at most ${MAX_SLIDES} slides`);
  return { ...story, slides: [...story.slides, { ...slide, id: freshSlideId(story) }] };
}

export function moveSlide(story: Story, index: number, delta: -1 | 1): Story {
  const target = index + delta;
  if (index < 0 || index >= story.slides.length || target < 0 || target >= story.slides.length) return story;
  const slides = [...story.slides];
  const [moved] = slides.splice(index, 1);
  if (moved) slides.splice(target, 0, moved);
  return { ...story, slides };
}

export function removeSlide(story: Story, index: number): Story {
  return { ...story, slides: story.slides.filter((_, i) => i !== index) };
}

export function updateSlide(
  story: Story,
  index: number,
  patch: Partial<Pick<StorySlide, 'title' | 'caption'>>,
): Story {
  return { ...story, slides: story.slides.map((slide, i) => (i === index ? { ...slide, ...patch } : slide)) };
}

/** Text in the wanted language, or the other one when the user wrote only one. */
export function pickText(text: Bilingual, language: 'zh' | 'en'): string {
  return text[language] || text[language === 'zh' ? 'en' : 'zh'];
}
