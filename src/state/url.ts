import type { FeatureStatus } from '../data/schema';
import { isLanguage, type Language } from '../i18n/language';
import { normalizeBearing, sameView, type View, ZOOM_RANGE } from './view';

/**
 * The one module that knows the URL format. Pure functions only: parse a query string into the state it
 * describes (plus the problems found), and format state back, leaving out everything equal to the defaults.
 *
 *   map=7.25/30.6600/104.0600[/bearing]   camera: zoom/lat/lon like OpenStreetMap
 *   layers=railways,zones                  the visible layers, when they differ from the default set
 *   status=open,planned                    status filter, when not all statuses are shown
 *   sel=railway-chengdu-chongqing-hsr      selected feature
 *   lang=en                                interface language (zh is the default)
 *   base=osm                               online basemap (off by default)
 *   p=sc15/p8/c27/s3/p1                    open plan passage (permalink)
 *   reader=full                            full-page reading view (the side panel is the default)
 *   page=coverage                          the coverage page (names the plans use vs. names on the map)
 *   area=zone-panxi                        "what do the plans say about this area" for a zone or prefecture
 *   plan=sc15                              transport features coloured by the status this plan gives them
 *   changed=r14-panxi,sc15                 transport features whose status changed between two plans
 *   story=five-zones&slide=3               presenting a story, at its third slide (slide defaults to 1)
 *   embed=1                                minimal chrome for an iframe (src/share)
 */

export type OnlineBasemap = 'none' | 'osm';

export interface UrlState {
  view: View;
  layers: string[];
  statuses: FeatureStatus[];
  selection: string | null;
  language: Language;
  basemap: OnlineBasemap;
  passage: string | null;
  readerMode: ReaderMode;
  /** Plan ↔ map views (src/panels/mentions); optional so states written before them stay valid. */
  page?: AtlasPage;
  area?: string | null;
  plan?: string | null;
  changed?: [string, string] | null;
  /** Presentation (src/presentation): the story being presented and its slide (0-based here, 1-based in the URL). */
  story?: string | null;
  slide?: number;
  /** Minimal chrome for an iframe. */
  embed?: boolean;
}

/** Pages that cover the workspace; null is the map. */
export type AtlasPage = 'coverage' | null;

/** Where plan text is read: not at all, in the side panel, or full page. */
export type ReaderMode = 'closed' | 'panel' | 'full';

export interface UrlProblem {
  param: string;
  value: string;
  reason: string;
}

export interface ParseContext {
  layerIds: readonly string[];
  statuses: readonly FeatureStatus[];
}

export interface ParseResult {
  state: Partial<UrlState>;
  problems: UrlProblem[];
}

const KNOWN_PARAMS = [
  'map',
  'layers',
  'status',
  'sel',
  'lang',
  'base',
  'p',
  'reader',
  'page',
  'area',
  'plan',
  'changed',
  'story',
  'slide',
  'embed',
] as const;
const DOC_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const PASSAGE_ID = /^[a-z0-9-]{1,64}(\/[a-z0-9-]{1,64}){0,12}$/;
const FEATURE_ID = /^[a-z0-9][a-z0-9-]{0,127}$/;
const MAX_VALUE_LENGTH = 2000;

function parseView(value: string): View | string {
  const parts = value.split('/');
  if (parts.length !== 3 && parts.length !== 4) return 'expected zoom/lat/lon';
  const numbers = parts.map((part) => (/^-?\d+(\.\d+)?$/.test(part) ? Number(part) : Number.NaN));
  if (numbers.some((n) => !Number.isFinite(n))) return 'not numbers';
  const [zoom, lat, lon, bearing = 0] = numbers as [number, number, number, number?];
  if (zoom < ZOOM_RANGE.min || zoom > ZOOM_RANGE.max)
    return `zoom outside ${ZOOM_RANGE.min}–${ZOOM_RANGE.max}`;
  if (lat < -85 || lat > 85 || lon < -180 || lon > 180) return 'latitude or longitude out of range';
  return { center: [lon, lat], zoom, bearing: normalizeBearing(bearing) };
}

function parseList(value: string): string[] {
  return value
    .split(',')
    .map((token) => token.trim())
    .filter((token) => token !== '');
}

export function parseUrl(search: string, context: ParseContext): ParseResult {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const state: Partial<UrlState> = {};
  const problems: UrlProblem[] = [];
  const problem = (param: string, value: string, reason: string) =>
    problems.push({ param, value: value.slice(0, 80), reason });

  for (const [param, value] of params) {
    if (!(KNOWN_PARAMS as readonly string[]).includes(param)) problem(param, value, 'unknown parameter');
    else if (value.length > MAX_VALUE_LENGTH) problem(param, value, 'too long');
  }
  const get = (param: (typeof KNOWN_PARAMS)[number]): string | null => {
    const value = params.get(param);
    return value === null || value.length > MAX_VALUE_LENGTH ? null : value;
  };

  const map = get('map');
  if (map !== null) {
    const view = parseView(map);
    if (typeof view === 'string') problem('map', map, view);
    else state.view = view;
  }

  const layers = get('layers');
  if (layers !== null) {
    const tokens = parseList(layers);
    const known = tokens.filter((token) => context.layerIds.includes(token));
    for (const token of tokens)
      if (!context.layerIds.includes(token)) problem('layers', token, 'unknown layer');
    // An explicit empty list means "no layers"; a list of only unknown tokens is ignored as a whole.
    if (known.length > 0 || tokens.length === 0)
      state.layers = context.layerIds.filter((id) => known.includes(id));
  }

  const status = get('status');
  if (status !== null) {
    const tokens = parseList(status);
    const known = tokens.filter((token): token is FeatureStatus =>
      (context.statuses as readonly string[]).includes(token),
    );
    for (const token of tokens)
      if (!known.includes(token as FeatureStatus)) problem('status', token, 'unknown status');
    if (known.length > 0) state.statuses = context.statuses.filter((s) => known.includes(s));
  }

  const selection = get('sel');
  if (selection !== null) {
    if (FEATURE_ID.test(selection)) state.selection = selection;
    else problem('sel', selection, 'not a feature id');
  }

  const language = get('lang');
  if (language !== null) {
    if (isLanguage(language)) state.language = language;
    else problem('lang', language, 'expected zh or en');
  }

  const base = get('base');
  if (base !== null) {
    if (base === 'osm' || base === 'none') state.basemap = base;
    else problem('base', base, 'expected osm');
  }

  const passage = get('p');
  if (passage !== null) {
    if (PASSAGE_ID.test(passage)) {
      state.passage = passage;
      state.readerMode = 'panel';
    } else problem('p', passage, 'not a passage id');
  }

  const reader = get('reader');
  if (reader !== null) {
    if (reader === 'full' || reader === 'panel') state.readerMode = reader;
    else problem('reader', reader, 'expected full or panel');
  }

  const page = get('page');
  if (page !== null) {
    if (page === 'coverage') state.page = page;
    else problem('page', page, 'expected coverage');
  }

  const area = get('area');
  if (area !== null) {
    if (FEATURE_ID.test(area)) state.area = area;
    else problem('area', area, 'not a feature id');
  }

  const plan = get('plan');
  if (plan !== null) {
    if (DOC_ID.test(plan)) state.plan = plan;
    else problem('plan', plan, 'not a document id');
  }

  const changed = get('changed');
  if (changed !== null) {
    const docs = parseList(changed);
    const [from, to] = docs;
    if (docs.length === 2 && from && to && DOC_ID.test(from) && DOC_ID.test(to)) state.changed = [from, to];
    else problem('changed', changed, 'expected two document ids');
  }

  const story = get('story');
  if (story !== null) {
    if (DOC_ID.test(story)) state.story = story;
    else problem('story', story, 'not a story id');
  }

  const slide = get('slide');
  if (slide !== null) {
    const number = /^\d{1,3}$/.test(slide) ? Number(slide) : Number.NaN;
    if (state.story === undefined) problem('slide', slide, 'needs a story');
    else if (!(number >= 1)) problem('slide', slide, 'expected a slide number from 1');
    else state.slide = number - 1;
  }

  const embed = get('embed');
  if (embed !== null) {
    if (embed === '1') state.embed = true;
    else if (embed !== '0') problem('embed', embed, 'expected 1');
  }

  return { state, problems };
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item));

function formatView(view: View): string {
  const parts = [view.zoom.toFixed(2), view.center[1].toFixed(4), view.center[0].toFixed(4)];
  const bearing = normalizeBearing(view.bearing);
  if (Math.abs(bearing) >= 0.05) parts.push(bearing.toFixed(1));
  return parts.join('/');
}

/** Query string (with leading "?", or "" when everything is default). Parameter order is fixed. */
export function formatUrl(state: UrlState, defaults: UrlState): string {
  const params: string[] = [];
  if (!sameView(state.view, defaults.view)) params.push(`map=${formatView(state.view)}`);
  if (!sameList(state.layers, defaults.layers))
    params.push(`layers=${state.layers.map(encodeURIComponent).join(',')}`);
  if (!sameList(state.statuses, defaults.statuses)) params.push(`status=${state.statuses.join(',')}`);
  if (state.selection) params.push(`sel=${encodeURIComponent(state.selection)}`);
  if (state.language !== defaults.language) params.push(`lang=${state.language}`);
  if (state.basemap !== defaults.basemap) params.push(`base=${state.basemap}`);
  // Passage ids keep their slashes: readable links, and URLSearchParams reads them back unchanged.
  if (state.passage) params.push(`p=${state.passage}`);
  const impliedMode: ReaderMode = state.passage ? 'panel' : 'closed';
  if (state.readerMode !== impliedMode && state.readerMode !== 'closed')
    params.push(`reader=${state.readerMode}`);
  if (state.page) params.push(`page=${state.page}`);
  if (state.area) params.push(`area=${encodeURIComponent(state.area)}`);
  if (state.plan) params.push(`plan=${encodeURIComponent(state.plan)}`);
  if (state.changed) params.push(`changed=${state.changed.map(encodeURIComponent).join(',')}`);
  if (state.story) {
    params.push(`story=${encodeURIComponent(state.story)}`);
    if ((state.slide ?? 0) > 0) params.push(`slide=${(state.slide ?? 0) + 1}`);
  }
  if (state.embed) params.push('embed=1');
  return params.length > 0 ? `?${params.join('&')}` : '';
}

/** Whether two URL states differ in more than the camera: those changes get their own history entry. */
export function differsBeyondView(a: UrlState, b: UrlState): boolean {
  return (
    !sameList(a.layers, b.layers) ||
    !sameList(a.statuses, b.statuses) ||
    a.selection !== b.selection ||
    a.language !== b.language ||
    a.basemap !== b.basemap ||
    a.passage !== b.passage ||
    a.readerMode !== b.readerMode ||
    (a.page ?? null) !== (b.page ?? null) ||
    (a.area ?? null) !== (b.area ?? null) ||
    (a.plan ?? null) !== (b.plan ?? null) ||
    (a.changed ?? []).join(',') !== (b.changed ?? []).join(',') ||
    (a.story ?? null) !== (b.story ?? null) ||
    (a.slide ?? 0) !== (b.slide ?? 0) ||
    (a.embed ?? false) !== (b.embed ?? false)
  );
}
