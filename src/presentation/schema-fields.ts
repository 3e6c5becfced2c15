/**
 * Field-level checks shared by the story validation (src/presentation/story-schema.ts): text in both languages,
 * camera, id lists, flow provenance, JSON parsing, and placing a problem on its line of the source file.
 */
import type { Bilingual, FlowProvenance, StoryProblem, StoryView } from './story-types';

export const STORY_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const SLIDE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const PASSAGE_ID = /^[a-z0-9-]{1,64}(\/[a-z0-9-]{1,64}){0,12}$/;
export const MAX_SLIDES = 60;
const MAX_TEXT = 600;
/** The camera range the map accepts (src/state/view.ts ZOOM_RANGE and MAX_BOUNDS). */
const ZOOM = { min: 4, max: 12 };
const BOUNDS = { west: 90, south: 22, east: 116, north: 38 };

export const isRecord = (value: unknown): value is Record<string, unknown> =>
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

export const quoted = (value: string) => `"${escapeRegExp(value)}"`;

export function bilingual(
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

export function lonLat(value: unknown): [number, number] | null {
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [lon, lat] = value as unknown[];
  if (typeof lon !== 'number' || typeof lat !== 'number') return null;
  if (!(lon >= BOUNDS.west && lon <= BOUNDS.east && lat >= BOUNDS.south && lat <= BOUNDS.north)) return null;
  return [lon, lat];
}

export const round = (value: number, digits: number) => Number(value.toFixed(digits));

export function view(value: unknown, what: string, problem: (message: string) => void): StoryView {
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

export function stringList(value: unknown, what: string, problem: (message: string) => void): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    problem(`${what}: expected a list of strings`);
    return [];
  }
  return [...new Set(value as string[])];
}

export function provenance(value: unknown, what: string, problem: (message: string) => void): FlowProvenance {
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
