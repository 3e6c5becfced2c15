/**
 * One export from click to file: gather the atlas state, draw the map off screen, lay out the page, encode. Each
 * step reports progress and yields to the browser so the dialog stays responsive; an AbortSignal cancels between
 * steps (and while the map draws). For the bench and the browser tests, performance marks 'atlas-export-start' and
 * 'atlas-export-done' bracket the work and 'atlas-export-map-pixels' marks when the off-screen map's pixels are in.
 */
import type { Feature } from 'geojson';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { featureName, getFeature } from '../data/feature-index';
import { fetchJson } from '../data/layer-loader';
import { translate } from '../i18n/strings';
import { layerById } from '../layers';
import { loadLinksData } from '../linking/client/links-data';
import { activeAdapter } from '../map/map-commands';
import { DOC_SHORT_NAMES, STATUS_CLASS_COLOURS, STATUS_CLASS_LABELS } from '../panels/mentions/status-labels';
import { plansLoader } from '../reader/plans-loader';
import { type AtlasState, atlasStore } from '../state/store';
import { composeFigure } from './compose-figure';
import { highlightRows, type PrintedLegendRow } from './export-legend';
import { collectSources, type SourceLine, sourceLine } from './export-sources';
import { describeFigure, type FigureInputs, figureContent } from './figure-text';
import { figureLayout, sourcesCapacity } from './layout';
import {
  type Dpi,
  type ExportFormat,
  exportFilename,
  type Orientation,
  type PaperName,
  pixelSize,
  pointSize,
  printPixelRatio,
} from './paper';
import { writeImagePdf } from './pdf-writer';
import { withPrintMetadata } from './png-chunks';
import { mercatorProjector } from './projection';
import { fittedZoom, liveTints, printableStyle, renderMapSnapshot } from './render-map';
import { groundMetresPerPaperMm } from './scale-bar';
import { currentSlideContext, slideLegendRows } from './slide-context';
import { type SvgLayer, writeSvg } from './svg-writer';

export type ExportStep = 'map' | 'compose' | 'encode';

export interface ExportOptions {
  format: ExportFormat;
  paper: PaperName;
  orientation: Orientation;
  dpi: Dpi;
  title: string;
  reviewNumber: string;
}

export interface ExportOutcome {
  blob: Blob;
  filename: string;
  description: string;
  milliseconds: number;
}

/** A failure the dialog can show as it is (already in the interface language). */
export class ExportError extends Error {
  override name = 'ExportError';
}

const MAP_TIMEOUT_MS = 30_000;
const SENTENCE_CHARS = 80;

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function checkAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new DOMException('cancelled', 'AbortError');
}

interface GatheredSources {
  lines: SourceLine[];
  omitted: number;
  error: string | null;
}

async function gatherSources(
  state: AtlasState,
  tinted: readonly string[],
  limit: number,
  slidePassages: readonly string[] = [],
): Promise<GatheredSources> {
  if (!state.passage && !state.selection && tinted.length === 0 && slidePassages.length === 0)
    return { lines: [], omitted: 0, error: null };
  try {
    const [data, index] = await Promise.all([loadLinksData(), plansLoader().loadIndex()]);
    const { refs, omitted } = collectSources(
      data.links,
      data.documents,
      { passage: state.passage, selection: state.selection, tinted, slidePassages },
      limit,
    );
    const entries = new Map(index.map((entry) => [entry.id, entry]));
    const documents = new Map(
      await Promise.all(
        [...new Set(refs.map((ref) => ref.doc))]
          .filter((doc) => entries.has(doc))
          .map(async (doc) => [doc, await plansLoader().loadDocument(doc)] as const),
      ),
    );
    const language = state.language;
    const lines = refs.map((ref) => {
      const entry = entries.get(ref.doc);
      const block = documents.get(ref.doc)?.blocks.find((candidate) => candidate.id === ref.block);
      return sourceLine(
        ref,
        entry
          ? { title: language === 'en' ? entry.title_en : entry.title_zh, source: entry.source }
          : undefined,
        block,
        (file, line) => `${file} ${translate(language, 'exportLine', { line })}`,
        SENTENCE_CHARS,
      );
    });
    return { lines, omitted, error: null };
  } catch (error) {
    return { lines: [], omitted: 0, error: (error as Error).message };
  }
}

/** Legend rows for the selection and tints, coloured as the live map draws them (its style, its feature state). */
function highlightLegend(
  live: MaplibreMap,
  state: AtlasState,
  tints: ReturnType<typeof liveTints>,
): PrintedLegendRow[] {
  const language = state.language;
  const feature = state.selection ? getFeature(state.selection) : undefined;
  let selection: Parameters<typeof highlightRows>[0]['selection'] = null;
  const highlight = feature ? live.getLayer(`${feature.layer}-highlight`) : undefined;
  const name = featureName(state.selection, language);
  if (highlight && name && (highlight.type === 'line' || highlight.type === 'circle')) {
    const colour = live.getPaintProperty(highlight.id, `${highlight.type}-color`);
    if (typeof colour === 'string') selection = { name, shape: highlight.type, colour };
  }
  const counts = new Map<string, number>();
  for (const copy of tints) {
    const colour = String(copy.state.tint);
    counts.set(colour, (counts.get(colour) ?? 0) + 1);
  }
  const tintLabels = new Map(
    Object.entries(STATUS_CLASS_COLOURS).map(([status, colour]) => [
      colour,
      STATUS_CLASS_LABELS[status as keyof typeof STATUS_CLASS_LABELS][language],
    ]),
  );
  return highlightRows({
    selection,
    tints: counts,
    tintLabels: state.plan || state.changed ? tintLabels : new Map(),
    otherTint: (n) => translate(language, 'exportTinted', { n }),
  });
}

function highlightColour(live: MaplibreMap, layer: string): string {
  const highlight = live.getLayer(`${layer}-highlight`);
  const property = highlight?.type === 'circle' ? 'circle-color' : 'line-color';
  const colour = highlight ? live.getPaintProperty(highlight.id, property) : undefined;
  // The selection yellow of src/layers/style-helpers.ts, should a layer draw its highlight some other way.
  return typeof colour === 'string' ? colour : '#ffd400';
}

/**
 * Loads links.json, the plans index and the cited plan documents while the user is still choosing options (the
 * loaders cache them), so pressing Export does not wait for them. Failures are left for the export to report.
 */
export function prefetchSources(): void {
  const adapter = activeAdapter();
  const tinted = adapter ? liveTints(adapter.map).map((copy) => copy.id) : [];
  void gatherSources(atlasStore.getState(), tinted, 12);
}

async function canvasBlob(canvas: HTMLCanvasElement, type: string, quality?: number): Promise<Blob> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, quality));
  if (!blob) throw new ExportError(`canvas could not be encoded as ${type}`);
  return blob;
}

async function svgLayers(style: ReturnType<typeof printableStyle>, baseUrl: string): Promise<SvgLayer[]> {
  const ids = Object.keys(style.sources);
  const layers = ids
    .map((id) => layerById(id))
    .filter((layer) => layer !== undefined && layer.data.kind === 'geojson');
  return Promise.all(
    layers.map(async (layer) => {
      const url = layer?.data.kind === 'geojson' ? layer.data.url : '';
      const collection = (await fetchJson(new URL(url, baseUrl).href)) as { features?: Feature[] };
      return { layer: layer as NonNullable<typeof layer>, features: collection.features ?? [] };
    }),
  ).then((loaded) =>
    // Draw order of the registry, bottom first, as on screen.
    loaded.sort((a, b) => ids.indexOf(a.layer.id) - ids.indexOf(b.layer.id)),
  );
}

export async function runExport(
  options: ExportOptions,
  onStep: (step: ExportStep) => void,
  signal: AbortSignal,
): Promise<ExportOutcome> {
  performance.mark('atlas-export-start');
  const started = performance.now();
  const state = atlasStore.getState();
  const language = state.language;
  const adapter = activeAdapter();
  if (!adapter) throw new ExportError(translate(language, 'exportNoMap'));
  const live = adapter.map;
  const layout = figureLayout(options.paper, options.orientation);
  const date = new Date();
  const tints = liveTints(live);
  const tinted = tints.map((copy) => copy.id);
  // While presenting, the figure is the slide: its highlights, arcs, passages and caption.
  const slide = await currentSlideContext(state);
  // As many passages as fit at their full line allowance, so the composer never drops one the count includes.
  const sourcesPromise = gatherSources(state, tinted, sourcesCapacity(layout), slide?.passages);
  const selectionFeature = state.selection ? getFeature(state.selection) : undefined;

  onStep('map');
  await nextFrame();
  checkAborted(signal);
  let mapImage: CanvasImageSource | null = null;
  let dispose = () => {};
  let camera: {
    center: [number, number];
    zoom: number;
    bearing: number;
    bounds: [number, number, number, number];
  };
  let pixelRatio = 1;
  const dpi = options.format === 'svg' ? 96 : options.dpi;
  const frameCss = {
    width: (layout.map.width / 25.4) * 96,
    height: (layout.map.height / 25.4) * 96,
  };
  if (options.format === 'svg') {
    const liveCanvas = live.getCanvas();
    const center = live.getCenter();
    const zoom = fittedZoom(
      live.getZoom(),
      { width: liveCanvas.clientWidth || 1, height: liveCanvas.clientHeight || 1 },
      frameCss,
    );
    const bounds = live.getBounds();
    camera = {
      center: [center.lng, center.lat],
      zoom,
      bearing: live.getBearing(),
      bounds: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
    };
  } else {
    const mmToPx = options.dpi / 25.4;
    pixelRatio = printPixelRatio(options.dpi);
    const snapshot = await renderMapSnapshot({
      live,
      width: Math.round(layout.map.width * mmToPx),
      height: Math.round(layout.map.height * mmToPx),
      pixelRatio,
      language,
      statuses: state.statuses,
      selection: selectionFeature ? { source: selectionFeature.layer, id: selectionFeature.id } : null,
      overlay: slide?.overlay ?? null,
      signal,
      timeoutMs: MAP_TIMEOUT_MS,
    }).catch((error: Error) => {
      if (error.name === 'AbortError') throw error;
      throw new ExportError(translate(language, 'exportFailed', { message: error.message }));
    });
    dispose = snapshot.dispose;
    // The GPU process rasterises the frame when its pixels are first read; createImageBitmap waits for that
    // off the main thread where the browser can, so the dialog keeps answering. drawImage is the fallback.
    mapImage = await createImageBitmap(snapshot.canvas).catch(() => snapshot.canvas);
    performance.mark('atlas-export-map-pixels');
    camera = snapshot;
  }

  try {
    onStep('compose');
    await nextFrame();
    checkAborted(signal);
    const sources = await sourcesPromise;
    checkAborted(signal);
    const latitude = camera.center[1];
    const inputs: FigureInputs = {
      language,
      title: options.title,
      reviewNumber: options.reviewNumber,
      date,
      visibleLayers: state.visibleLayers,
      statuses: state.statuses,
      selectionName: featureName(state.selection, language),
      slideCaption: slide?.caption ?? null,
      highlights: [
        ...(slide ? slideLegendRows(slide, language) : []),
        ...highlightLegend(live, state, tints),
      ],
      highlightTitle: state.plan
        ? `${translate(language, 'exportHighlight')}：${DOC_SHORT_NAMES[state.plan]?.[language] ?? state.plan}`
        : translate(language, 'exportHighlight'),
      sources: sources.lines,
      sourcesOmitted: sources.omitted,
      sourcesError: sources.error,
      latitude,
      // The SVG frame is laid out at 96 px per inch with ratio 1; the raster at dpi with ratio dpi/96.
      groundMetresPerPaperMm: groundMetresPerPaperMm(latitude, camera.zoom, pixelRatio, dpi),
      scaleBarMaxMm: layout.scaleBar.width - 8,
      bearing: camera.bearing,
      bounds: camera.bounds,
    };
    const content = figureContent(inputs);
    const description = describeFigure(inputs, content);
    const filename = exportFilename(options, options.format, date);
    await document.fonts?.load(`16px 'Atlas SC'`).catch(() => []);

    let blob: Blob;
    if (options.format === 'svg') {
      const style = printableStyle(live.getStyle(), language, state.statuses);
      const layers = await svgLayers(style, document.baseURI);
      checkAborted(signal);
      onStep('encode');
      await nextFrame();
      const projector = mercatorProjector({ ...camera, ...frameCss });
      const svg = writeSvg({
        layout,
        content,
        project: projector,
        layers,
        statuses: state.statuses,
        title: content.title,
        description: translate(language, 'exportSvgDescription', { description }),
        language: language === 'en' ? 'en' : 'zh-CN',
        highlight: selectionFeature
          ? { featureId: selectionFeature.id, colour: highlightColour(live, selectionFeature.layer) }
          : null,
      });
      blob = new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
    } else {
      const size = pixelSize(options);
      const canvas = document.createElement('canvas');
      canvas.width = size.width;
      canvas.height = size.height;
      const context = canvas.getContext('2d');
      if (!context) throw new ExportError(translate(language, 'exportFailed', { message: 'no 2D canvas' }));
      composeFigure(context, layout, options.dpi, content, mapImage);
      if (mapImage instanceof ImageBitmap) mapImage.close();
      dispose();
      checkAborted(signal);
      onStep('encode');
      await nextFrame();
      if (options.format === 'png') {
        const png = new Uint8Array(await (await canvasBlob(canvas, 'image/png')).arrayBuffer());
        checkAborted(signal);
        const tagged = withPrintMetadata(png, options.dpi, {
          title: content.title,
          description,
          creationTime: date.toISOString(),
        });
        blob = new Blob([tagged as Uint8Array<ArrayBuffer>], { type: 'image/png' });
      } else {
        const jpeg = new Uint8Array(await (await canvasBlob(canvas, 'image/jpeg', 0.9)).arrayBuffer());
        checkAborted(signal);
        const page = pointSize(options.paper, options.orientation);
        const pdf = writeImagePdf({
          ...page,
          jpeg,
          imageWidth: size.width,
          imageHeight: size.height,
          title: content.title,
          subject: description,
          language: language === 'en' ? 'en' : 'zh-CN',
          created: date,
        });
        blob = new Blob([pdf as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
      }
      canvas.width = 0;
      canvas.height = 0;
    }
    performance.mark('atlas-export-done');
    performance.measure('atlas-export', 'atlas-export-start', 'atlas-export-done');
    return { blob, filename, description, milliseconds: performance.now() - started };
  } finally {
    dispose();
  }
}

export { saveBlob } from '../data/save-file';
