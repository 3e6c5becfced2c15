/**
 * Puts a slide on the live map: layers, camera and selection in one store update (so each slide is one history
 * entry and back/forward steps slide by slide), then the highlights and flows on the deck.gl overlay. Marks
 * 'atlas-slide-start' / 'atlas-slide-ready' for the transition bench.
 */
import type { Feature } from 'geojson';
import { getFeature } from '../data/feature-index';
import type { PresentationOverlay } from '../map/deck-overlay';
import { activeAdapter, setPresentationOverlay } from '../map/map-commands';
import { type AtlasState, atlasStore } from '../state/store';
import { sameView, type View } from '../state/view';
import { loadAllFeatures } from './briefing-actions';
import { measure, pathsOf } from './flow-geometry';
import type { StorySlide } from './story-schema';

export const prefersReducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/** What the user had before presenting, restored on exit. */
export interface PriorState {
  visibleLayers: string[];
  view: View;
  selection: string | null;
}

export function snapshot(state: AtlasState): PriorState {
  return { visibleLayers: state.visibleLayers, view: state.view, selection: state.selection };
}

const sameLayers = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/** Store changes that show `slide` as slide number `index` (empty when the store already shows it). */
export function slideStoreUpdate(state: AtlasState, index: number, slide: StorySlide): Partial<AtlasState> {
  const update: Partial<AtlasState> = {};
  if (state.slide !== index) update.slide = index;
  if (!sameLayers(state.visibleLayers, slide.layers)) update.visibleLayers = [...slide.layers];
  if (state.selection !== null) update.selection = null;
  if (!sameView(state.view, slide.view)) {
    update.view = slide.view;
    // The camera is moved here (moveCamera), faster than the map's own 0.9 s flight, to keep within the 1 s budget.
    update.viewTransition = 'none';
  }
  return update;
}

/** Slide to slide in half a second (a jump under reduced motion); the map reports where it lands. */
const SLIDE_FLIGHT_MS = 500;

function moveCamera(view: View): void {
  const map = activeAdapter()?.map;
  if (!map) return;
  const camera = { center: view.center, zoom: view.zoom, bearing: view.bearing };
  if (prefersReducedMotion()) map.jumpTo(camera);
  else map.flyTo({ ...camera, duration: SLIDE_FLIGHT_MS, essential: false });
}

export function goToSlide(index: number, slide: StorySlide): void {
  const update = slideStoreUpdate(atlasStore.getState(), index, slide);
  if (Object.keys(update).length === 0) return;
  performance.mark('atlas-slide-start');
  atlasStore.setState(update);
  if (update.view) moveCamera(update.view);
}

/** Leaves presentation mode and puts back the user's layers, camera and selection. */
export function exitPresentation(prior: PriorState): void {
  atlasStore.setState({
    story: null,
    slide: 0,
    visibleLayers: prior.visibleLayers,
    selection: prior.selection,
    view: prior.view,
    viewTransition: 'jump',
  });
}

/** Dots closer together on a close-up slide, further apart province-wide. */
const spacingFor = (zoom: number) => Math.max(2, 25 * 2 ** (6 - zoom));

async function overlayFor(slide: StorySlide, animate: boolean): Promise<PresentationOverlay> {
  await loadAllFeatures();
  const highlight: Feature[] = slide.highlight.flatMap((id) => {
    const feature = getFeature(id);
    return feature
      ? [{ type: 'Feature', id, properties: { id }, geometry: feature.geometry } as Feature]
      : [];
  });
  const arcs = (slide.flows ?? []).flatMap((flow) =>
    flow.kind === 'arc' ? [{ id: flow.id, from: flow.from, to: flow.to }] : [],
  );
  const trails = (slide.flows ?? []).flatMap((flow) =>
    flow.kind === 'trail'
      ? [{ id: flow.id, paths: pathsOf(getFeature(flow.feature)?.geometry).map(measure) }]
      : [],
  );
  return { highlight, arcs, trails, animate, spacingKm: spacingFor(slide.view.zoom) };
}

/** Resolves once the map has stopped moving and drawn everything (or after `timeoutMs`). */
export function whenMapIdle(timeoutMs = 15_000): Promise<void> {
  const map = activeAdapter()?.map;
  if (!map) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = window.setTimeout(resolve, timeoutMs);
    map.once('idle', () => {
      window.clearTimeout(timer);
      resolve();
    });
    // Forces one more frame, so `idle` fires even when nothing was left to do.
    map.triggerRepaint();
  });
}

/**
 * Draws the slide's overlay standing still, waits for the map to settle (the "slide ready" moment the bench
 * times), then starts the animation — a running animation repaints every frame and the map would never idle.
 * `isCurrent` stops a slide the user has already left from touching the map.
 */
export async function drawSlideOverlay(
  slide: StorySlide,
  isCurrent: () => boolean,
  onOverlayError: (error: Error) => void,
): Promise<void> {
  const still = await overlayFor(slide, false);
  if (!isCurrent()) return;
  try {
    await setPresentationOverlay(still);
  } catch (error) {
    onOverlayError(error as Error);
  }
  if (!isCurrent()) return;
  await whenMapIdle();
  if (!isCurrent()) return;
  performance.mark('atlas-slide-ready');
  document.documentElement.dataset.slideReady = slide.id;
  if (!prefersReducedMotion() && still.trails.length > 0)
    await setPresentationOverlay({ ...still, animate: true }).catch(() => {});
}
