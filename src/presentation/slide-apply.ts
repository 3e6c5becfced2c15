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
    // The camera is moved by moveCameraTo once the slide has rendered: faster than the map's own 0.9 s flight (the
    // budget is 1 s) and padded to the panels.
    update.viewTransition = 'none';
  }
  return update;
}

/** Slide to slide in half a second (a jump under reduced motion); the map reports where it lands. */
const SLIDE_FLIGHT_MS = 500;

/**
 * Map padding that keeps the slide's centre in the part of the map the text card, legend and footer leave free
 * (measured from the rendered slide, so it follows the card's height and the window's size).
 */
export function panelPadding(): { top: number; bottom: number; left: number; right: number } {
  const map = activeAdapter()?.map;
  const none = { top: 0, bottom: 0, left: 0, right: 0 };
  if (!map) return none;
  const box = map.getContainer().getBoundingClientRect();
  const rect = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
  const card = rect('.presentation-card');
  const legend = rect('.presentation-legend');
  const footer = rect('.presentation-footer');
  const padding = {
    top: 12,
    left: card && card.width > 0 ? Math.max(0, card.right - box.left + 12) : 0,
    right: legend && legend.width > 0 ? Math.max(0, box.right - legend.left + 12) : 0,
    bottom: footer && footer.height > 0 ? Math.max(0, box.bottom - footer.top + 12) : 0,
  };
  // On a small screen the panels cover most of the map: centre on the whole map instead.
  const freeWidth = box.width - padding.left - padding.right;
  const freeHeight = box.height - padding.top - padding.bottom;
  return freeWidth < box.width * 0.3 || freeHeight < box.height * 0.3 ? none : padding;
}

/** Moves the camera to the slide (after the slide has rendered, so the padding fits its panels). */
export function moveCameraTo(view: View): void {
  const map = activeAdapter()?.map;
  if (!map) return;
  const padding = panelPadding();
  const current = map.getPadding();
  const samePadding = (['top', 'bottom', 'left', 'right'] as const).every(
    (side) => Math.abs((current[side] ?? 0) - padding[side]) < 1,
  );
  if (samePadding && sameView(activeAdapter()?.currentView() ?? view, view)) return;
  const camera = { center: view.center, zoom: view.zoom, bearing: view.bearing, padding };
  if (prefersReducedMotion()) map.jumpTo(camera);
  else map.flyTo({ ...camera, duration: SLIDE_FLIGHT_MS, essential: false });
}

export function goToSlide(index: number, slide: StorySlide): void {
  const update = slideStoreUpdate(atlasStore.getState(), index, slide);
  if (Object.keys(update).length === 0) return;
  performance.mark('atlas-slide-start');
  atlasStore.setState(update);
}

/** Leaves presentation mode and puts back the user's layers, camera and selection. */
export function exitPresentation(prior: PriorState): void {
  activeAdapter()?.map.setPadding({ top: 0, bottom: 0, left: 0, right: 0 });
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
