/**
 * Exporting the slide on screen: a presenter's slide becomes a report figure. The slide's highlighted features and
 * direction arcs are drawn on the print map (they live in the deck.gl overlay on screen, which a second MapLibre map
 * does not have), its passages lead the sources block, and its title and caption become the figure's title and
 * description. Pure parts (overlay data, style layers, legend rows) are unit-tested.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { getFeature } from '../data/feature-index';
import type { Language } from '../i18n/language';
import { translate } from '../i18n/strings';
import { SLIDE_COLOURS } from '../map/slide-colours';
import type { AtlasState } from '../state/store';
import type { PrintedLegendRow } from './export-legend';

// The on-screen slide colours, so print matches screen.
export const SLIDE_HIGHLIGHT = SLIDE_COLOURS.highlight;
export const SLIDE_ARC = SLIDE_COLOURS.flow;
export const SLIDE_SOURCE = 'export-slide-overlay';

export interface SlideContext {
  title: string;
  caption: string;
  passages: string[];
  overlay: FeatureCollection;
  highlightCount: number;
  arcCount: number;
}

interface SlideLike {
  title: { zh: string; en: string };
  caption: { zh: string; en: string };
  passages: string[];
  highlight: string[];
  flows?: { kind: string; from?: [number, number]; to?: [number, number] }[];
}

const pick = (text: { zh: string; en: string }, language: Language) =>
  (language === 'en' ? text.en || text.zh : text.zh || text.en).trim();

/** Highlighted features (their own geometry) and arcs (straight lines: deck.gl draws arcs flat at pitch 0). */
export function slideOverlayData(
  slide: SlideLike,
  lookup: (id: string) => { geometry: Geometry } | undefined,
): { overlay: FeatureCollection; highlightCount: number; arcCount: number } {
  const features: Feature[] = [];
  for (const id of slide.highlight) {
    const geometry = lookup(id)?.geometry;
    if (geometry) features.push({ type: 'Feature', id, properties: { role: 'highlight', id }, geometry });
  }
  const highlightCount = features.length;
  for (const flow of slide.flows ?? []) {
    if (flow.kind !== 'arc' || !flow.from || !flow.to) continue;
    features.push({
      type: 'Feature',
      properties: { role: 'arc' },
      geometry: { type: 'LineString', coordinates: [flow.from, flow.to] },
    });
  }
  return {
    overlay: { type: 'FeatureCollection', features },
    highlightCount,
    arcCount: features.length - highlightCount,
  };
}

/** Style layers for the overlay: a translucent fill and outline for areas, a cased line, a ringed point. */
export function slideOverlayLayers(): LayerSpecification[] {
  const role = (value: string): ExpressionSpecification => ['==', ['get', 'role'], value];
  const polygon: ExpressionSpecification = [
    'match',
    ['geometry-type'],
    ['Polygon', 'MultiPolygon'],
    true,
    false,
  ];
  const line: ExpressionSpecification = [
    'match',
    ['geometry-type'],
    ['LineString', 'MultiLineString'],
    true,
    false,
  ];
  return [
    {
      id: `${SLIDE_SOURCE}-fill`,
      type: 'fill',
      source: SLIDE_SOURCE,
      filter: ['all', role('highlight'), polygon],
      paint: { 'fill-color': SLIDE_HIGHLIGHT, 'fill-opacity': 0.18 },
    },
    {
      id: `${SLIDE_SOURCE}-casing`,
      type: 'line',
      source: SLIDE_SOURCE,
      filter: ['all', role('highlight'), ['any', polygon, line]],
      paint: { 'line-color': '#ffffff', 'line-width': 7, 'line-opacity': 0.9 },
    },
    {
      id: `${SLIDE_SOURCE}-line`,
      type: 'line',
      source: SLIDE_SOURCE,
      filter: ['all', role('highlight'), ['any', polygon, line]],
      paint: { 'line-color': SLIDE_HIGHLIGHT, 'line-width': 4 },
    },
    {
      id: `${SLIDE_SOURCE}-arc`,
      type: 'line',
      source: SLIDE_SOURCE,
      filter: role('arc'),
      paint: { 'line-color': SLIDE_ARC, 'line-width': 2, 'line-opacity': 0.85, 'line-dasharray': [3, 2] },
    },
    {
      id: `${SLIDE_SOURCE}-point`,
      type: 'circle',
      source: SLIDE_SOURCE,
      filter: ['all', role('highlight'), ['==', ['geometry-type'], 'Point']],
      paint: {
        'circle-radius': 8,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': SLIDE_HIGHLIGHT,
        'circle-stroke-width': 3,
      },
    },
  ];
}

/**
 * The print style with the overlay added under the first label layer, so names stay readable over the highlight.
 * Returns the style unchanged when there is nothing to draw.
 */
export function withSlideOverlay(
  style: StyleSpecification,
  overlay: FeatureCollection | null,
): StyleSpecification {
  if (!overlay || overlay.features.length === 0) return style;
  const firstLabel = style.layers.findIndex((layer) => layer.type === 'symbol');
  const at = firstLabel === -1 ? style.layers.length : firstLabel;
  return {
    ...style,
    sources: { ...style.sources, [SLIDE_SOURCE]: { type: 'geojson', data: overlay } },
    layers: [...style.layers.slice(0, at), ...slideOverlayLayers(), ...style.layers.slice(at)],
  };
}

/** Legend rows for what the overlay draws. */
export function slideLegendRows(context: SlideContext, language: Language): PrintedLegendRow[] {
  const rows: PrintedLegendRow[] = [];
  if (context.highlightCount > 0)
    rows.push({
      label: translate(language, 'exportSlideHighlight', { n: context.highlightCount }),
      swatch: { shape: 'line', color: SLIDE_HIGHLIGHT, width: 5, casing: '#ffffff' },
    });
  if (context.arcCount > 0)
    rows.push({
      label: translate(language, 'exportSlideArcs'),
      swatch: { shape: 'line', color: SLIDE_ARC, width: 2, dash: [3, 2] },
    });
  return rows;
}

/** The slide being presented, or null when not presenting (or the story cannot be read). */
export async function currentSlideContext(state: AtlasState): Promise<SlideContext | null> {
  if (!state.story) return null;
  const { resolveStory } = await import('../presentation/briefing-actions');
  const story = await resolveStory(state.story).catch(() => null);
  const slide = story?.slides[Math.min(state.slide, story.slides.length - 1)];
  if (!slide) return null;
  const { overlay, highlightCount, arcCount } = slideOverlayData(slide, (id) => getFeature(id));
  return {
    title: pick(slide.title, state.language),
    caption: pick(slide.caption, state.language),
    passages: [...slide.passages],
    overlay,
    highlightCount,
    arcCount,
  };
}
