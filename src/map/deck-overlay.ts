/**
 * The deck.gl overlay for presentation mode: highlighted features, dots moving along highlighted corridors and
 * arcs to out-of-province hubs — what MapLibre alone does not animate well. Loaded by dynamic import from the map
 * adapter only when a slide needs it, so deck.gl never enters the first bundle. Interleaved with MapLibre's own
 * layers (one WebGL context, drawn in the map's render loop).
 */

import type { Layer } from '@deck.gl/core';
import { ArcLayer, GeoJsonLayer, ScatterplotLayer } from '@deck.gl/layers';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { Feature } from 'geojson';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { dotsAt, type LonLat, type MeasuredPath } from '../presentation/flow-geometry';
import { rgba, SLIDE_COLOURS } from './slide-colours';

export interface OverlayArc {
  id: string;
  from: LonLat;
  to: LonLat;
}

export interface OverlayTrail {
  id: string;
  paths: MeasuredPath[];
}

/** What one slide draws. A new object means "redraw"; the same object again changes nothing. */
export interface PresentationOverlay {
  highlight: Feature[];
  arcs: OverlayArc[];
  trails: OverlayTrail[];
  /** False under prefers-reduced-motion: the dots stand still. */
  animate: boolean;
  /** Distance between moving dots (km): wider on a province-wide slide, closer on a city one. */
  spacingKm: number;
}

type Rgba = [number, number, number, number];
const HIGHLIGHT: Rgba = rgba(SLIDE_COLOURS.highlight);
const HIGHLIGHT_FILL: Rgba = rgba(SLIDE_COLOURS.highlight, 46);
const CASING: Rgba = [255, 255, 255, 230];
const DOT: Rgba = [255, 255, 255, 255];
const DOT_RIM: Rgba = rgba(SLIDE_COLOURS.flow);
const ARC_FROM: Rgba = rgba(SLIDE_COLOURS.flow, 230);
const ARC_TO: Rgba = rgba(SLIDE_COLOURS.arcEnd, 230);
/** Redraw the moving dots at most this often: software WebGL (no GPU) keeps up at ~25 frames a second. */
const FRAME_MS = 40;

export class DeckOverlay {
  private readonly map: MaplibreMap;
  private readonly overlay: MapboxOverlay;
  private input: PresentationOverlay | null = null;
  private frame = 0;
  private lastFrame = 0;
  private readonly started = performance.now();

  constructor(map: MaplibreMap) {
    this.map = map;
    // Presentation mode has just hidden the header and side panel, so the map's container is larger than its
    // canvas until MapLibre's resize observer runs. An interleaved overlay attached before that keeps the old
    // drawing size and the map then draws in only part of its canvas: size the canvas first.
    map.resize();
    this.overlay = new MapboxOverlay({ interleaved: true, layers: [] });
    map.addControl(this.overlay);
  }

  set(input: PresentationOverlay): void {
    if (input === this.input) return;
    this.input = input;
    cancelAnimationFrame(this.frame);
    this.draw(input.animate ? (performance.now() - this.started) / 1000 : 0);
    if (input.animate && input.trails.length > 0) this.frame = requestAnimationFrame(this.tick);
  }

  /** Takes the overlay off the map; the adapter makes a new one the next time a slide needs it. */
  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.input = null;
    this.overlay.setProps({ layers: [] });
    this.map.removeControl(this.overlay);
    this.overlay.finalize();
  }

  private readonly tick = (now: number) => {
    const input = this.input;
    if (!input?.animate) return;
    if (now - this.lastFrame >= FRAME_MS) {
      this.lastFrame = now;
      this.draw((now - this.started) / 1000);
    }
    this.frame = requestAnimationFrame(this.tick);
  };

  private draw(seconds: number): void {
    const input = this.input;
    if (!input) return;
    const layers: Layer[] = [];
    if (input.highlight.length > 0) {
      const common = {
        data: input.highlight,
        lineWidthUnits: 'pixels' as const,
        pointRadiusUnits: 'pixels' as const,
        pointType: 'circle',
        lineJointRounded: true,
        lineCapRounded: true,
      };
      layers.push(
        new GeoJsonLayer({
          ...common,
          id: 'presentation-highlight-casing',
          filled: false,
          stroked: true,
          getLineColor: CASING,
          getLineWidth: 9,
          getPointRadius: 12,
        }),
        new GeoJsonLayer({
          ...common,
          id: 'presentation-highlight',
          filled: true,
          stroked: true,
          getFillColor: HIGHLIGHT_FILL,
          getLineColor: HIGHLIGHT,
          getLineWidth: 5,
          getPointRadius: 9,
        }),
      );
    }
    if (input.arcs.length > 0)
      layers.push(
        new ArcLayer<OverlayArc>({
          id: 'presentation-arcs',
          data: input.arcs,
          getSourcePosition: (arc) => arc.from,
          getTargetPosition: (arc) => arc.to,
          getSourceColor: ARC_FROM,
          getTargetColor: ARC_TO,
          getWidth: 3,
          widthUnits: 'pixels',
          getHeight: 0.5,
        }),
      );
    if (input.trails.length > 0) {
      const spacing = input.spacingKm;
      const dots = dotsAt(
        input.trails.flatMap((trail) => trail.paths),
        seconds,
        spacing,
        spacing * 1.5,
      );
      layers.push(
        new ScatterplotLayer<LonLat>({
          id: 'presentation-trail-dots',
          data: dots,
          getPosition: (dot) => dot,
          getRadius: 5,
          radiusUnits: 'pixels',
          stroked: true,
          getFillColor: DOT,
          getLineColor: DOT_RIM,
          getLineWidth: 2,
          lineWidthUnits: 'pixels',
        }),
      );
    }
    this.overlay.setProps({ layers });
  }
}
