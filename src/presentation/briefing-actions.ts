/**
 * Browser side of stories and briefings: the curated stories (data/stories.json, fetched once), the user's own
 * briefing in localStorage, and the two ways to add a slide (the current map; a plan passage with its linked
 * features). Imported only by the lazy presentation and briefing components, and by dynamic import from the reader.
 */
import { fetchJson, loadLayerData } from '../data/layer-loader';
import { translate } from '../i18n/strings';
import { LAYER_IDS, LAYER_REGISTRY } from '../layers';
import { loadLinksData } from '../linking/client/links-data';
import { activeAdapter, viewForFeatures } from '../map/map-commands';
import { addressLabel } from '../reader/address-label';
import { shortTitle } from '../reader/document-labels';
import { headingLabel } from '../reader/document-structure';
import { documentIdOf } from '../reader/passage-address';
import { plansLoader } from '../reader/plans-loader';
import { addNotice, atlasStore } from '../state/store';
import type { View } from '../state/view';
import {
  addSlide,
  type BriefingRead,
  emptyBriefing,
  MY_BRIEFING_ID,
  readBriefing,
  writeBriefing,
} from './briefing-storage';
import { readStoriesFile, type Story, type StorySlide } from './story-schema';

let curated: Promise<Story[]> | null = null;

/** The curated stories, fetched on first need; a failed fetch is forgotten so the next call retries. */
export function loadCuratedStories(): Promise<Story[]> {
  if (!curated) {
    curated = fetchJson('data/stories.json').then(readStoriesFile);
    curated.catch(() => {
      curated = null;
    });
  }
  return curated;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readMyBriefing(): BriefingRead {
  const store = storage();
  return store
    ? readBriefing(store, LAYER_IDS)
    : { status: 'corrupt', message: 'localStorage is not available' };
}

/** Saves; tells the user (a notice) when the browser refuses. */
export function saveMyBriefing(story: Story): boolean {
  const store = storage();
  const error = store ? writeBriefing(store, story) : 'localStorage is not available';
  if (error) addNotice(translate(atlasStore.getState().language, 'briefingsSaveFailed', { message: error }));
  return error === null;
}

/** The user's briefing, or a fresh empty one when none is stored (a damaged one is reported, never used). */
export function myBriefingOrEmpty(reportCorrupt: boolean): Story {
  const language = atlasStore.getState().language;
  const read = readMyBriefing();
  if (read.status === 'ok') return read.story;
  if (read.status === 'corrupt' && reportCorrupt)
    addNotice(translate(language, 'briefingsCorrupt', { message: read.message }));
  return emptyBriefing({
    zh: translate('zh', 'briefingsDefaultTitle'),
    en: translate('en', 'briefingsDefaultTitle'),
  });
}

/** A story by id: curated, or the user's own briefing ("mine"). Null when it does not exist. */
export async function resolveStory(id: string): Promise<Story | null> {
  if (id === MY_BRIEFING_ID) {
    const read = readMyBriefing();
    return read.status === 'ok' && read.story.slides.length > 0 ? read.story : null;
  }
  return (await loadCuratedStories()).find((story) => story.id === id) ?? null;
}

/** Every interactive layer's features in the shared index (the map view loads the same files after first idle). */
export function loadAllFeatures(): Promise<unknown> {
  return Promise.allSettled(
    LAYER_REGISTRY.filter((layer) => layer.interactive && layer.data.kind === 'geojson').map((layer) =>
      layer.data.kind === 'geojson' ? loadLayerData(layer.id, layer.data.url) : null,
    ),
  );
}

function currentView(): View {
  return activeAdapter()?.currentView() ?? atlasStore.getState().view;
}

/** Adds the map as the user sees it (view, layers, the selected feature highlighted, the open passage). */
export function addMapSlide(story: Story): { story: Story; slide: StorySlide } | null {
  const state = atlasStore.getState();
  const language = state.language;
  const n = story.slides.length + 1;
  const title = translate(language, 'briefingsMapSlideTitle', { n });
  const next = addSlide(story, {
    title: { zh: language === 'zh' ? title : '', en: language === 'en' ? title : '' },
    caption: { zh: '', en: '' },
    view: roundView(currentView()),
    layers: LAYER_IDS.filter((id) => state.visibleLayers.includes(id)),
    highlight: state.selection ? [state.selection] : [],
    passages: state.passage?.includes('/') ? [state.passage] : [],
  });
  if (!saveMyBriefing(next)) return null;
  return { story: next, slide: next.slides[next.slides.length - 1] as StorySlide };
}

const roundView = (view: View): View => ({
  center: [Number(view.center[0].toFixed(4)), Number(view.center[1].toFixed(4))],
  zoom: Number(Math.min(12, Math.max(4, view.zoom)).toFixed(2)),
  bearing: Number(view.bearing.toFixed(1)),
});

/**
 * A short quote of a passage, at most `max` characters: cut after the last full sentence when that keeps at least
 * 40 % of the room (so a lead such as "攀西经济区。" is followed by what the plan says), else cut with "…".
 */
export function quoteOf(text: string, max = 60): string {
  const compact = text.replace(/\s+/g, ' ').trim();
  if (compact.length <= max) return compact;
  const room = compact.slice(0, max);
  let end = -1;
  for (const match of room.matchAll(/[。；！？]/gu)) end = (match.index ?? -1) + 1;
  return end >= max * 0.4 ? room.slice(0, end) : `${compact.slice(0, max - 1)}…`;
}

/**
 * "Add to briefing" from the reader: a slide citing the passage, its linked features highlighted, their layers
 * shown, framed on them when they are loaded (else the current view). Reports what happened in a notice.
 */
export async function addPassageToBriefing(passageId: string): Promise<void> {
  const language = atlasStore.getState().language;
  try {
    const doc = documentIdOf(passageId);
    const [links, document, index] = await Promise.all([
      loadLinksData(),
      plansLoader().loadDocument(doc),
      plansLoader().loadIndex(),
      loadAllFeatures(),
    ]);
    const entry = index.find((candidate) => candidate.id === doc);
    const block = document.blocks.find((candidate) => candidate.id === passageId);
    const features = links.lookup.featuresOf(doc, passageId);
    const featureLayers = new Set(links.lookup.linksOf(doc, passageId).map((link) => link.layer));
    const visible = atlasStore.getState().visibleLayers;
    // The nearest heading names the slide in Chinese (the plans have no English headings): "专栏 15 五大片区发展布局".
    const parent = block?.parent
      ? document.blocks.find((candidate) => candidate.id === block.parent)
      : undefined;
    const where = (lang: 'zh' | 'en') =>
      lang === 'zh' && parent
        ? headingLabel(parent)
        : entry
          ? `${shortTitle(entry, lang)} · ${addressLabel(passageId, lang)}`
          : addressLabel(passageId, lang);
    const quote = block ? quoteOf(block.text) : '';
    const story = myBriefingOrEmpty(true);
    const next = addSlide(story, {
      title: { zh: where('zh'), en: where('en') },
      caption: { zh: quote, en: '' },
      view: roundView(viewForFeatures(features) ?? currentView()),
      layers: LAYER_IDS.filter((id) => visible.includes(id) || featureLayers.has(id)),
      highlight: [...features].sort(),
      passages: [passageId],
    });
    if (saveMyBriefing(next))
      addNotice(
        translate(language, 'briefingsPassageAdded', { n: next.slides.length, features: features.length }),
      );
  } catch (error) {
    addNotice(translate(language, 'briefingsPassageFailed', { message: (error as Error).message }));
  }
}
