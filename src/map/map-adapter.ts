import type { LineString, MultiPolygon, Polygon } from 'geojson';
import {
  AttributionControl,
  type GeoJSONSource,
  type LayerSpecification,
  type MapGeoJSONFeature,
  Map as MaplibreMap,
  type PointLike,
  ScaleControl,
} from 'maplibre-gl';
import { boundsOf, getFeature } from '../data/feature-index';
import type { FeatureStatus } from '../data/schema';
import type { Language } from '../i18n/language';
import { baseStyle, INTERACTIVE_LAYER_IDS, LAYER_REGISTRY, sourceFor } from '../layers';
import type { LayerModule } from '../layers/types';
import type { OnlineBasemap } from '../state/url';
import { MAX_BOUNDS, sameView, type View, ZOOM_RANGE } from '../state/view';
import { ATTRIBUTION_HTML } from './attribution';
import type { DeckOverlay, PresentationOverlay } from './deck-overlay';
import { OnlineBasemapController } from './online-basemap';
import {
  AREA_OUTLINE_LAYERS,
  AREA_SOURCE,
  areaOutlineData,
  TINT_LAYER_SUFFIX,
  tintLayerSpec,
} from './overlay-layers';

export interface MapAdapterOptions {
  container: HTMLElement;
  view: View;
  language: Language;
  /** Absolute base URL of the atlas's own data. */
  dataBaseUrl: string;
  /** Fetches the corner coordinates of an image layer. */
  loadImageCorners: (
    layer: LayerModule,
  ) => Promise<[[number, number], [number, number], [number, number], [number, number]]>;
  onViewChange: (view: View) => void;
  onSelect: (featureId: string | null) => void;
  onLayerError: (layer: LayerModule, error: Error) => void;
  onLayerLoading: (layer: LayerModule, loading: boolean) => void;
  onFirstIdle: () => void;
  onMapError: (error: Error) => void;
  /** Embedded in a page (?embed=1): the page scrolls; the map needs Ctrl/⌘ + wheel or two fingers. */
  cooperativeGestures?: boolean;
}

/** Per-feature tint (feature id → its layer and a CSS colour), e.g. the status a chosen plan gives it. */
export type FeatureTints = ReadonlyMap<string, { layer: string; colour: string }>;

/** Clicks go here instead of selecting while the user draws an area. */
export interface DrawHandler {
  onVertex: (lngLat: [number, number]) => void;
  onFinish: () => void;
}

const prefersReducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/**
 * The one owner of the MapLibre map (and, later, the deck.gl overlay). Every setter is idempotent: it compares
 * with what it last applied and does nothing when the input is unchanged, so callers can push state freely.
 */
export class MapAdapter {
  readonly map: MaplibreMap;
  private readonly options: MapAdapterOptions;
  private visible = new Set<string>();
  private language: Language;
  private statuses: readonly FeatureStatus[] | null = null;
  private selection: string | null = null;
  private selectedTarget: { source: string; id: string } | null = null;
  private hovered: { source: string; id: string } | null = null;
  private readonly requested = new Set<string>();
  private readonly loaded = new Set<string>();
  private basemap: { kind: OnlineBasemap; url: string | null } = { kind: 'none', url: null };
  private styleReady = false;
  private destroyed = false;
  private tints: FeatureTints | null = null;
  private readonly tinted = new Map<string, string>();
  private areaOutline: Polygon | MultiPolygon | LineString | null = null;
  private drawHandler: DrawHandler | null = null;
  private onlineBasemap: OnlineBasemapController | null = null;
  private presentation: PresentationOverlay | null = null;
  private deck: Promise<DeckOverlay> | null = null;

  constructor(options: MapAdapterOptions) {
    this.options = options;
    this.language = options.language;
    this.map = new MaplibreMap({
      container: options.container,
      style: baseStyle({
        dataBaseUrl: options.dataBaseUrl,
        language: options.language,
      }),
      center: options.view.center,
      zoom: options.view.zoom,
      bearing: options.view.bearing,
      minZoom: ZOOM_RANGE.min,
      maxZoom: ZOOM_RANGE.max,
      maxBounds: MAX_BOUNDS,
      attributionControl: false,
      fadeDuration: 0,
      // CJK labels from the shipped subset (drawn locally: the style has no glyph server).
      localIdeographFontFamily: "'Atlas SC', sans-serif",
      cooperativeGestures: options.cooperativeGestures ?? false,
    });
    this.map.addControl(
      new AttributionControl({ compact: false, customAttribution: ATTRIBUTION_HTML }),
      'bottom-right',
    );
    this.map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    this.map.on('load', () => this.onStyleLoad());
    this.map.once('idle', () => options.onFirstIdle());
    this.map.on('moveend', () => options.onViewChange(this.currentView()));
    this.map.on('zoomend', () => this.addNeededLayers());
    this.map.on('sourcedata', (event) => this.onSourceData(event.sourceId, event.isSourceLoaded));
    this.map.on('error', (event) =>
      this.onMapError(event as { error?: { message?: string }; sourceId?: string }),
    );
    this.map.on('click', (event) => {
      if (this.drawHandler) this.drawHandler.onVertex([event.lngLat.lng, event.lngLat.lat]);
      else this.onClick(event.point);
    });
    this.map.on('dblclick', (event) => {
      if (!this.drawHandler) return;
      event.preventDefault();
      this.drawHandler.onFinish();
    });
    this.map.on('mousemove', (event) => this.onHover(event.point));
    this.map.on('mouseout', () => this.setHovered(null));
  }

  currentView(): View {
    const center = this.map.getCenter();
    return { center: [center.lng, center.lat], zoom: this.map.getZoom(), bearing: this.map.getBearing() };
  }

  // ── camera ──────────────────────────────────────────────────────────────────────
  setView(view: View, transition: 'none' | 'jump' | 'fly'): void {
    if (transition === 'none' || sameView(view, this.currentView())) return;
    const camera = { center: view.center, zoom: view.zoom, bearing: view.bearing };
    if (transition === 'fly' && !prefersReducedMotion())
      this.map.flyTo({ ...camera, duration: 900, essential: false });
    else this.map.jumpTo(camera);
  }

  flyToFeature(featureId: string): boolean {
    const feature = getFeature(featureId);
    if (!feature) return false;
    const [west, south, east, north] = boundsOf(feature.geometry);
    const padding = Math.min(80, this.map.getContainer().clientWidth / 8);
    this.map.fitBounds(
      [
        [west, south],
        [east, north],
      ],
      { padding, maxZoom: 9.5, duration: prefersReducedMotion() ? 0 : 900 },
    );
    return true;
  }

  // ── layers ──────────────────────────────────────────────────────────────────────
  setVisibleLayers(ids: readonly string[]): void {
    const next = new Set(ids);
    if (next.size === this.visible.size && [...next].every((id) => this.visible.has(id))) return;
    this.visible = next;
    if (this.styleReady) this.applyVisibility();
  }

  setLanguage(language: Language): void {
    if (language === this.language) return;
    this.language = language;
    if (this.styleReady) this.map.setGlobalStateProperty('lang', language);
  }

  setStatuses(statuses: readonly FeatureStatus[]): void {
    if (
      this.statuses &&
      statuses.length === this.statuses.length &&
      statuses.every((s) => this.statuses?.includes(s))
    )
      return;
    this.statuses = [...statuses];
    if (this.styleReady) this.map.setGlobalStateProperty('statuses', this.statuses);
  }

  setSelection(featureId: string | null): void {
    if (featureId === this.selection && (featureId === null || this.selectedTarget)) return;
    this.selection = featureId;
    this.applySelection();
  }

  setBasemap(kind: OnlineBasemap, url: string | null): void {
    if (kind === this.basemap.kind && url === this.basemap.url) return;
    this.basemap = { kind, url };
    if (this.styleReady) this.applyBasemap();
  }

  /**
   * Tints features of transport layers (a halo under each line or point, via feature-state so no restyle).
   * Idempotent: the same map object, or null twice, does nothing.
   */
  setFeatureTints(tints: FeatureTints | null): void {
    if (tints === this.tints) return;
    this.tints = tints;
    if (this.styleReady) this.applyTints();
  }

  /** Outline of the area whose passages are listed, or the polygon being drawn (a line until it closes). */
  setAreaOutline(geometry: Polygon | MultiPolygon | LineString | null): void {
    if (geometry === this.areaOutline) return;
    this.areaOutline = geometry;
    if (this.styleReady) this.applyAreaOutline();
  }

  /** While a handler is set, map clicks add vertices and a double-click finishes instead of zooming. */
  setDrawHandler(handler: DrawHandler | null): void {
    if (handler === this.drawHandler) return;
    this.drawHandler = handler;
    if (handler) this.map.doubleClickZoom.disable();
    else this.map.doubleClickZoom.enable();
    this.map.getCanvas().style.cursor = handler ? 'crosshair' : '';
  }

  /**
   * Presentation mode's highlights, flows and arcs, drawn by a deck.gl overlay that is imported and created the
   * first time a slide needs it (deck.gl stays out of the first bundle). Null takes the overlay off the map.
   */
  setPresentationOverlay(overlay: PresentationOverlay | null): Promise<void> {
    if (overlay === this.presentation) return Promise.resolve();
    this.presentation = overlay;
    if (!overlay) {
      const removing = this.deck;
      this.deck = null;
      return removing ? removing.then((deck) => deck.destroy()).catch(() => {}) : Promise.resolve();
    }
    this.deck ??= import('./deck-overlay').then((module) => new module.DeckOverlay(this.map));
    const loading = this.deck;
    return loading.then((deck) => {
      // A later slide (or the end of the presentation) may have replaced this one while deck.gl loaded.
      if (this.deck === loading && this.presentation === overlay && !this.destroyed) deck.set(overlay);
    });
  }

  destroy(): void {
    this.destroyed = true;
    void this.deck?.then((deck) => deck.destroy()).catch(() => {});
    this.deck = null;
    this.map.remove();
  }

  // ── internals ───────────────────────────────────────────────────────────────────
  private onStyleLoad(): void {
    this.styleReady = true;
    this.map.setGlobalStateProperty('lang', this.language);
    if (this.statuses) this.map.setGlobalStateProperty('statuses', this.statuses);
    this.applyVisibility();
    this.applyBasemap();
    this.applyAreaOutline();
  }

  private applyVisibility(): void {
    for (const layer of LAYER_REGISTRY) {
      const visibility = this.isShown(layer) ? 'visible' : 'none';
      for (const styleLayer of layer.styleLayers) {
        if (this.map.getLayer(styleLayer.id))
          this.map.setLayoutProperty(styleLayer.id, 'visibility', visibility);
      }
      const tint = `${layer.id}${TINT_LAYER_SUFFIX}`;
      if (this.map.getLayer(tint)) this.map.setLayoutProperty(tint, 'visibility', visibility);
    }
    this.addNeededLayers();
  }

  private isShown(layer: LayerModule): boolean {
    return layer.id === 'provinces' || this.visible.has(layer.id);
  }

  /**
   * A layer joins the map the first time it is both visible and within its zoom range, so the first view only
   * fetches what it shows. MapLibre fetches and tiles the GeoJSON in its worker; the main thread never parses it.
   */
  private addNeededLayers(): void {
    const zoom = this.map.getZoom();
    for (const layer of LAYER_REGISTRY) {
      if (this.isShown(layer) && zoom >= (layer.minzoom ?? 0) - 0.5) this.addLayer(layer);
    }
  }

  private addLayer(layer: LayerModule): void {
    if (this.requested.has(layer.id)) return;
    this.requested.add(layer.id);
    this.options.onLayerLoading(layer, true);
    const source = sourceFor(layer, this.options.dataBaseUrl);
    if (source) {
      this.map.addSource(layer.id, source);
      this.insertStyleLayers(layer);
      return;
    }
    if (layer.data.kind !== 'image') return;
    const { url } = layer.data;
    this.options
      .loadImageCorners(layer)
      .then((coordinates) => {
        if (this.destroyed) return;
        this.map.addSource(layer.id, {
          type: 'image',
          url: `${this.options.dataBaseUrl}${url}`,
          coordinates,
        });
        this.insertStyleLayers(layer);
      })
      .catch((error: Error) => this.layerFailed(layer, error));
  }

  private insertStyleLayers(layer: LayerModule): void {
    const before = this.firstStyleLayerAfter(layer);
    for (const styleLayer of layer.styleLayers)
      this.map.addLayer(this.withVisibility(layer, styleLayer), before);
    if (layer.group === 'transport') this.addTintLayer(layer);
  }

  // ── feature tints and area outline (plan ↔ map views) ──────────────────────────
  private addTintLayer(layer: LayerModule): void {
    const tint = tintLayerSpec(layer);
    if (!tint || this.map.getLayer(tint.spec.id)) return;
    this.map.addLayer(this.withVisibility(layer, tint.spec), tint.before);
    this.applyTints();
  }

  private applyTints(): void {
    for (const [id, source] of this.tinted) {
      const next = this.tints?.get(id);
      if (next?.layer === source || !this.map.getSource(source)) continue;
      this.map.removeFeatureState({ source, id }, 'tint');
      this.tinted.delete(id);
    }
    if (!this.tints) return;
    for (const [id, { layer, colour }] of this.tints) {
      if (!this.map.getSource(layer)) continue;
      this.map.setFeatureState({ source: layer, id }, { tint: colour });
      this.tinted.set(id, layer);
    }
  }

  private applyAreaOutline(): void {
    const data = areaOutlineData(this.areaOutline);
    const source = this.map.getSource(AREA_SOURCE) as GeoJSONSource | undefined;
    if (source) {
      source.setData(data);
      return;
    }
    if (!this.areaOutline) return;
    this.map.addSource(AREA_SOURCE, { type: 'geojson', data });
    for (const styleLayer of AREA_OUTLINE_LAYERS) this.map.addLayer(styleLayer);
  }

  private onSourceData(sourceId: string | undefined, isLoaded: boolean | undefined): void {
    if (!sourceId || !isLoaded || this.loaded.has(sourceId) || !this.requested.has(sourceId)) return;
    this.loaded.add(sourceId);
    const layer = LAYER_REGISTRY.find((candidate) => candidate.id === sourceId);
    if (layer) this.options.onLayerLoading(layer, false);
    this.applySelection();
  }

  /** Source errors belong to a layer (say which, keep the rest working); anything else is the map's. */
  private onMapError(event: { error?: { message?: string }; sourceId?: string }): void {
    const error = new Error(event.error?.message ?? 'map error');
    const layer = LAYER_REGISTRY.find((candidate) => candidate.id === event.sourceId);
    if (layer) this.layerFailed(layer, error);
    else this.options.onMapError(error);
  }

  private layerFailed(layer: LayerModule, error: Error): void {
    this.options.onLayerLoading(layer, false);
    this.options.onLayerError(layer, error);
  }

  private withVisibility(layer: LayerModule, styleLayer: LayerSpecification): LayerSpecification {
    const visibility = this.isShown(layer) ? 'visible' : 'none';
    return {
      ...styleLayer,
      layout: { ...(styleLayer as { layout?: object }).layout, visibility },
    } as LayerSpecification;
  }

  private firstStyleLayerAfter(layer: LayerModule): string | undefined {
    const index = LAYER_REGISTRY.indexOf(layer);
    for (const later of LAYER_REGISTRY.slice(index + 1)) {
      const first = later.styleLayers.find((styleLayer) => this.map.getLayer(styleLayer.id));
      if (first) return first.id;
    }
    return undefined;
  }

  private applySelection(): void {
    if (!this.styleReady) return;
    if (this.selectedTarget) this.map.setFeatureState(this.selectedTarget, { selected: false });
    this.selectedTarget = null;
    if (!this.selection) return;
    const feature = getFeature(this.selection);
    if (!feature || !this.map.getSource(feature.layer)) return;
    this.selectedTarget = { source: feature.layer, id: feature.id };
    this.map.setFeatureState(this.selectedTarget, { selected: true });
  }

  private interactiveFeatureAt(point: PointLike): MapGeoJSONFeature | undefined {
    const layers = INTERACTIVE_LAYER_IDS.filter(
      (id) => this.map.getLayer(id) && this.map.getLayoutProperty(id, 'visibility') !== 'none',
    );
    if (layers.length === 0) return undefined;
    // A few pixels of slop so thin lines and small points are easy to hit.
    const [x, y] = Array.isArray(point) ? point : [(point as { x: number }).x, (point as { y: number }).y];
    const box: [PointLike, PointLike] = [
      [x - 4, y - 4],
      [x + 4, y + 4],
    ];
    return this.map.queryRenderedFeatures(box, { layers })[0];
  }

  private onClick(point: PointLike): void {
    const feature = this.interactiveFeatureAt(point);
    const id = feature?.properties?.id;
    this.options.onSelect(typeof id === 'string' ? id : null);
  }

  private onHover(point: PointLike): void {
    const feature = this.interactiveFeatureAt(point);
    const id = feature?.properties?.id;
    this.setHovered(typeof id === 'string' && feature ? { source: feature.source, id } : null);
  }

  private setHovered(target: { source: string; id: string } | null): void {
    if (target?.id === this.hovered?.id && target?.source === this.hovered?.source) return;
    if (this.hovered) this.map.setFeatureState(this.hovered, { hover: false });
    this.hovered = target;
    if (target) this.map.setFeatureState(target, { hover: true });
    this.map.getCanvas().style.cursor = target ? 'pointer' : this.drawHandler ? 'crosshair' : '';
  }

  private applyBasemap(): void {
    this.onlineBasemap ??= new OnlineBasemapController(
      this.map,
      () => {
        const relief = LAYER_REGISTRY.find((layer) => layer.id === 'relief');
        return relief ? this.firstStyleLayerAfter(relief) : undefined;
      },
      (error) => this.options.onMapError(error),
    );
    this.onlineBasemap.apply(this.basemap.kind, this.basemap.url);
  }
}
