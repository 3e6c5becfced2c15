/**
 * Renders the live map's view again, off screen, at print resolution: a second MapLibre map built from the live
 * style (hidden layers and their sources dropped, so nothing extra is fetched), the same language, status filter,
 * selection and tints (feature-state), a pixel ratio of dpi/96 so a 1 px line prints 1/96 inch wide, and the live
 * view fitted into the frame (same centre and bearing). The canvas keeps its drawing buffer so it can be copied.
 */
import type { FeatureCollection } from 'geojson';
import { Map as MaplibreMap, type StyleSpecification } from 'maplibre-gl';
import { featuresOf } from '../data/feature-index';
import type { FeatureStatus } from '../data/schema';
import type { Language } from '../i18n/language';
import { LAYER_REGISTRY } from '../layers';
import { TINT_LAYER_SUFFIX } from '../map/overlay-layers';
import { withSlideOverlay } from './slide-context';

export interface FeatureStateCopy {
  source: string;
  id: string;
  state: Record<string, unknown>;
}

export interface MapSnapshotRequest {
  live: MaplibreMap;
  /** Device pixels of the map frame. */
  width: number;
  height: number;
  pixelRatio: number;
  language: Language;
  statuses: readonly FeatureStatus[];
  selection: { source: string; id: string } | null;
  /** A presented slide's highlights and arcs (src/export/slide-context.ts), drawn under the labels. */
  overlay?: FeatureCollection | null;
  signal: AbortSignal;
  timeoutMs: number;
}

export interface MapSnapshot {
  canvas: HTMLCanvasElement;
  zoom: number;
  bearing: number;
  center: [number, number];
  /** Geographic → frame device pixels, for the SVG writer and the extent text. */
  project: (lngLat: [number, number]) => [number, number];
  /** Corners of the frame [west, south, east, north] (the axis-aligned extent). */
  bounds: [number, number, number, number];
  dispose: () => void;
}

/** The live style without hidden layers, hover state or sources nothing draws from. */
export function printableStyle(
  style: StyleSpecification,
  language: Language,
  statuses: readonly FeatureStatus[],
): StyleSpecification {
  const layers = style.layers.filter(
    (layer) => (layer as { layout?: { visibility?: string } }).layout?.visibility !== 'none',
  );
  const used = new Set(layers.map((layer) => (layer as { source?: string }).source).filter(Boolean));
  const sources = Object.fromEntries(Object.entries(style.sources).filter(([id]) => used.has(id)));
  return {
    ...style,
    sources,
    layers,
    state: { ...(style.state ?? {}), lang: { default: language }, statuses: { default: [...statuses] } },
  };
}

/** Zoom at which the live map's whole visible view fits a frame of `frame` CSS pixels. */
export function fittedZoom(
  liveZoom: number,
  live: { width: number; height: number },
  frame: { width: number; height: number },
): number {
  return liveZoom + Math.log2(Math.min(frame.width / live.width, frame.height / live.height));
}

/** Tints the live map shows (feature-state `tint` on transport layers), read back from the map itself. */
export function liveTints(live: MaplibreMap): FeatureStateCopy[] {
  const copies: FeatureStateCopy[] = [];
  for (const layer of LAYER_REGISTRY) {
    if (!live.getLayer(`${layer.id}${TINT_LAYER_SUFFIX}`) || !live.getSource(layer.id)) continue;
    for (const feature of featuresOf(layer.id)) {
      const tint = live.getFeatureState({ source: layer.id, id: feature.id })?.tint;
      if (typeof tint === 'string') copies.push({ source: layer.id, id: feature.id, state: { tint } });
    }
  }
  return copies;
}

export async function renderMapSnapshot(request: MapSnapshotRequest): Promise<MapSnapshot> {
  const { live, pixelRatio } = request;
  const cssWidth = Math.max(1, Math.round(request.width / pixelRatio));
  const cssHeight = Math.max(1, Math.round(request.height / pixelRatio));
  // The exact ratio that makes the canvas the frame size in device pixels.
  const ratio = request.width / cssWidth;
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.dataset.exportMap = 'true';
  Object.assign(container.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${cssWidth}px`,
    height: `${cssHeight}px`,
    pointerEvents: 'none',
  });
  document.body.append(container);
  const liveCanvas = live.getCanvas();
  const center = live.getCenter();
  const zoom = fittedZoom(
    live.getZoom(),
    { width: liveCanvas.clientWidth || 1, height: liveCanvas.clientHeight || 1 },
    { width: cssWidth, height: cssHeight },
  );
  const tints = liveTints(live);
  let map: MaplibreMap | null = null;
  const dispose = () => {
    map?.remove();
    map = null;
    container.remove();
  };
  try {
    map = new MaplibreMap({
      container,
      style: withSlideOverlay(
        printableStyle(live.getStyle(), request.language, request.statuses),
        request.overlay ?? null,
      ),
      center,
      zoom,
      bearing: live.getBearing(),
      pitch: 0,
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
      pixelRatio: ratio,
      // MapLibre caps the canvas at 4096 × 4096 by default; A3 at 300 dpi needs up to ~4700 px across.
      maxCanvasSize: [8192, 8192],
      // No multisampling: at 3 device pixels per CSS pixel edges are already smooth, and MSAA quadruples the work
      // of software WebGL.
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: false },
      localIdeographFontFamily: "'Atlas SC', sans-serif",
      renderWorldCopies: false,
    });
    const drawn = map;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the map did not finish drawing within ${request.timeoutMs / 1000} s`)),
        request.timeoutMs,
      );
      const abort = () => {
        clearTimeout(timer);
        reject(new DOMException('cancelled', 'AbortError'));
      };
      request.signal.addEventListener('abort', abort, { once: true });
      drawn.once('load', () => {
        for (const copy of tints) drawn.setFeatureState({ source: copy.source, id: copy.id }, copy.state);
        if (request.selection) drawn.setFeatureState(request.selection, { selected: true });
      });
      drawn.on('error', (event) => {
        // A failed source is reported on screen already; the export goes on with what drew.
        console.warn('export map:', event.error?.message);
      });
      drawn.once('idle', () => {
        clearTimeout(timer);
        request.signal.removeEventListener('abort', abort);
        resolve();
      });
    });
    const canvas = drawn.getCanvas();
    const bounds = drawn.getBounds();
    const scale = canvas.width / cssWidth;
    return {
      canvas,
      zoom: drawn.getZoom(),
      bearing: drawn.getBearing(),
      center: [drawn.getCenter().lng, drawn.getCenter().lat],
      project: (lngLat) => {
        const point = drawn.project(lngLat);
        return [point.x * scale, point.y * scale];
      },
      bounds: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
      dispose,
    };
  } catch (error) {
    dispose();
    throw error;
  }
}
