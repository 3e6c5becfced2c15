import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { FeatureStatus } from '../data/schema';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/language';
import { DEFAULT_VISIBLE_LAYERS } from '../layers';
import { ALL_STATUSES } from '../layers/style-helpers';
import type { AtlasPage, OnlineBasemap, ReaderMode, UrlState } from './url';
import { DEFAULT_VIEW, sameView, type View } from './view';

/**
 * One store, typed slices. The map itself never enters it: the map adapter reads from it and reports camera
 * changes back through `setView`. Actions are plain module-level functions so map handlers can call them.
 */

export interface ViewSlice {
  view: View;
  /** How the map should get to `view` when it did not come from the map itself. */
  viewTransition: 'none' | 'jump' | 'fly';
}

export interface LayersSlice {
  visibleLayers: string[];
  statuses: FeatureStatus[];
}

export interface SelectionSlice {
  selection: string | null;
}

export interface LanguageSlice {
  language: Language;
}

export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

export interface DataSlice {
  loadStates: Record<string, LoadState>;
  errors: { what: string; message: string }[];
}

export interface Notice {
  id: number;
  text: string;
}

export interface UiSlice {
  notices: Notice[];
  panelOpen: boolean;
  basemap: OnlineBasemap;
  /** A style URL the user typed for the online basemap; kept in memory only, never in the share link. */
  customStyleUrl: string | null;
}

export interface ReaderSlice {
  /** Open plan passage (block id such as "sc15/p8/c27/s3/p1"), or the document id to open at its start. */
  passage: string | null;
  readerMode: ReaderMode;
}

/** Plan ↔ map views: coverage page, area → passages, status by plan (src/panels/mentions). */
export interface MentionsSlice {
  page: AtlasPage;
  /** Area whose passages are listed: a zone or prefecture id, or DRAWN_AREA for `drawnArea`. */
  area: string | null;
  /** A polygon the user drew ([lon, lat] vertices, open ring); memory only, not in the URL. */
  drawnArea: [number, number][] | null;
  drawing: boolean;
  /** Colour transport features by the status this plan gives them. */
  plan: string | null;
  /** Highlight features whose status changed between these two plans. */
  changed: [string, string] | null;
}

export const DRAWN_AREA = 'drawn';

/** Dialogs opened from the header; one at a time. */
export type AtlasDialog = 'share' | 'export' | 'briefings';

/** Briefings, presentation and embeds (src/share, src/export, src/presentation). */
export interface BriefingSlice {
  dialog: AtlasDialog | null;
  /** Story being presented full screen (a curated story id, or a briefing of the user's own), or null. */
  story: string | null;
  /** 0-based slide of `story`. */
  slide: number;
  /** Opened with ?embed=1: minimal chrome, cooperative gestures. Fixed for the page's life. */
  embed: boolean;
}

export type AtlasState = ViewSlice &
  LayersSlice &
  SelectionSlice &
  LanguageSlice &
  DataSlice &
  UiSlice &
  ReaderSlice &
  MentionsSlice &
  BriefingSlice;

export function initialState(): AtlasState {
  return {
    view: DEFAULT_VIEW,
    viewTransition: 'none',
    visibleLayers: [...DEFAULT_VISIBLE_LAYERS],
    statuses: [...ALL_STATUSES],
    selection: null,
    language: DEFAULT_LANGUAGE,
    loadStates: {},
    errors: [],
    notices: [],
    panelOpen: true,
    basemap: 'none',
    customStyleUrl: null,
    passage: null,
    readerMode: 'closed',
    page: null,
    area: null,
    drawnArea: null,
    drawing: false,
    plan: null,
    changed: null,
    dialog: null,
    story: null,
    slide: 0,
    embed: false,
  };
}

export const atlasStore = createStore<AtlasState>()(() => initialState());

export function useAtlas<T>(selector: (state: AtlasState) => T): T {
  return useStore(atlasStore, selector);
}

const set = atlasStore.setState;
const get = atlasStore.getState;

// ── view ───────────────────────────────────────────────────────────────────────────
/** The map reports where it is; no transition, because it is already there. */
export function reportViewFromMap(view: View): void {
  if (!sameView(view, get().view)) set({ view, viewTransition: 'none' });
}

export function requestView(view: View, transition: 'jump' | 'fly' = 'fly'): void {
  set({ view, viewTransition: transition });
}

export function resetView(): void {
  requestView(DEFAULT_VIEW, 'fly');
}

// ── layers ─────────────────────────────────────────────────────────────────────────
export function setLayerVisible(layerId: string, visible: boolean): void {
  const current = get().visibleLayers;
  if (visible === current.includes(layerId)) return;
  set({ visibleLayers: visible ? [...current, layerId] : current.filter((id) => id !== layerId) });
}

export function setStatusVisible(status: FeatureStatus, visible: boolean): void {
  const current = get().statuses;
  if (visible === current.includes(status)) return;
  // Keep the canonical order so the URL stays stable.
  set({ statuses: ALL_STATUSES.filter((s) => (s === status ? visible : current.includes(s))) });
}

// ── selection ──────────────────────────────────────────────────────────────────────
export function select(featureId: string | null): void {
  if (get().selection !== featureId) set({ selection: featureId });
}

// ── language ───────────────────────────────────────────────────────────────────────
export function setLanguage(language: Language): void {
  if (get().language !== language) set({ language });
}

// ── data loading ───────────────────────────────────────────────────────────────────
export function setLoadState(key: string, state: LoadState): void {
  set((s) => ({ loadStates: { ...s.loadStates, [key]: state } }));
}

export function reportError(what: string, message: string): void {
  set((s) => ({ errors: [...s.errors.filter((e) => e.what !== what), { what, message }] }));
}

export function dismissError(what: string): void {
  set((s) => ({ errors: s.errors.filter((e) => e.what !== what) }));
}

// ── notices and UI ─────────────────────────────────────────────────────────────────
let nextNoticeId = 1;
export function addNotice(text: string): void {
  set((s) => ({ notices: [...s.notices, { id: nextNoticeId++, text }] }));
}

export function dismissNotice(id: number): void {
  set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}

export function setPanelOpen(open: boolean): void {
  set({ panelOpen: open });
}

export function setBasemap(basemap: OnlineBasemap, customStyleUrl: string | null = null): void {
  set({ basemap, customStyleUrl: basemap === 'none' ? null : customStyleUrl });
}

// ── reader ─────────────────────────────────────────────────────────────────────────
/** Opens a passage (or a document at its start) in the reader; keeps full-page mode if already in it. */
export function openPassage(passage: string, mode?: ReaderMode): void {
  const current = get().readerMode;
  set({ passage, readerMode: mode ?? (current === 'closed' ? 'panel' : current) });
}

export function setReaderMode(readerMode: ReaderMode): void {
  if (get().readerMode !== readerMode) set({ readerMode });
}

export function closeReader(): void {
  set({ readerMode: 'closed', passage: null });
}

// ── URL ────────────────────────────────────────────────────────────────────────────
export function urlStateOf(state: AtlasState): UrlState {
  return {
    view: state.view,
    layers: state.visibleLayers,
    statuses: state.statuses,
    selection: state.selection,
    language: state.language,
    basemap: state.basemap,
    passage: state.passage,
    readerMode: state.readerMode,
    page: state.page,
    // A drawn polygon lives in memory only; its marker is not a feature id.
    area: state.area === DRAWN_AREA ? null : state.area,
    plan: state.plan,
    changed: state.changed,
    story: state.story,
    slide: state.story ? state.slide : 0,
    embed: state.embed,
  };
}

export const DEFAULT_URL_STATE: UrlState = urlStateOf(initialState());

/** Applies what a URL describes; anything it leaves out returns to the default (so back/forward is exact). */
export function applyUrlState(partial: Partial<UrlState>, transition: 'jump' | 'none' = 'jump'): void {
  const full = { ...DEFAULT_URL_STATE, ...partial };
  set({
    view: full.view,
    viewTransition: transition,
    visibleLayers: full.layers,
    statuses: full.statuses,
    selection: full.selection,
    language: full.language,
    basemap: full.basemap,
    passage: full.passage,
    readerMode: full.readerMode,
    page: full.page ?? null,
    area: full.area ?? null,
    plan: full.plan ?? null,
    changed: full.changed ?? null,
    story: full.story ?? null,
    slide: full.story ? (full.slide ?? 0) : 0,
    embed: full.embed ?? false,
  });
}

// ── plan ↔ map views ───────────────────────────────────────────────────────────────
export function setPage(page: AtlasPage): void {
  if (get().page !== page) set({ page });
}

export function showArea(area: string | null): void {
  set({ area, drawing: false, ...(area === DRAWN_AREA ? {} : { drawnArea: null }) });
}

export function setDrawing(drawing: boolean): void {
  if (get().drawing !== drawing) set({ drawing });
}

/** Finishes a drawing: the polygon becomes the area whose passages are listed. */
export function setDrawnArea(vertices: [number, number][]): void {
  set({ drawnArea: vertices, area: DRAWN_AREA, drawing: false });
}

/** Status by plan and "changed between" are two readings of the same colour channel: one at a time. */
export function setPlanColouring(plan: string | null): void {
  set({ plan, changed: null });
}

export function setPlanChanged(changed: [string, string] | null): void {
  set({ changed, plan: null });
}

// ── briefings, presentation, embeds ────────────────────────────────────────────────
export function openDialog(dialog: AtlasDialog): void {
  if (get().dialog !== dialog) set({ dialog });
}

export function closeDialog(): void {
  if (get().dialog !== null) set({ dialog: null });
}

/** Starts presenting a story full screen at a slide (0-based). */
export function presentStory(story: string, slide = 0): void {
  set({ story, slide: Math.max(0, Math.floor(slide)), dialog: null });
}

export function setSlide(slide: number): void {
  const next = Math.max(0, Math.floor(slide));
  if (get().slide !== next) set({ slide: next });
}

export function stopPresenting(): void {
  if (get().story !== null) set({ story: null, slide: 0 });
}
