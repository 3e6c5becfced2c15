/**
 * SVG of the vector layers for designers: each visible layer a group (<g id="layer-railways"> with an Inkscape
 * layer label), features projected as the PNG shows them, clipped to the map frame, coordinates in millimetres on
 * the page, colours from the same legend tables as the paint; title, legend, scale bar, north arrow, sources and
 * footer as SVG text. Every string from data passes through `escapeXml`.
 */
import type { Feature, Geometry, Position } from 'geojson';
import type { FeatureStatus } from '../data/schema';
import type { LayerModule, LegendEntry } from '../layers/types';
import { FIGURE_FONT, type FigureContent, INK } from './figure-style';
import type { Box, FigureLayout } from './layout';
import { MM_PER_INCH } from './paper';
import { footerSvg, legendSvg, northArrowSvg, scaleBarSvg, sourcesSvg } from './svg-furniture';
import { escapeXml, PX_MM, round, swatchStyle, text } from './svg-markup';

export { escapeXml } from './svg-markup';

export interface SvgLayer {
  layer: LayerModule;
  features: Feature[];
}

export interface SvgFigure {
  layout: FigureLayout;
  content: FigureContent;
  /** Geographic → map-frame CSS pixels. */
  project: (lngLat: [number, number]) => [number, number];
  layers: SvgLayer[];
  statuses: readonly FeatureStatus[];
  title: string;
  description: string;
  language: string;
  /** The selected feature and its highlight colour (from the live style), drawn as a wide halo under it. */
  highlight?: { featureId: string; colour: string } | null;
}

export function legendEntryFor(
  layer: LayerModule,
  properties: Record<string, unknown>,
): LegendEntry | undefined {
  const byKey = (value: unknown) =>
    typeof value === 'string'
      ? layer.legend.find((entry) => entry.key === `${layer.id}-${value}`)
      : undefined;
  return (
    byKey(properties.kind) ??
    byKey(properties.zone) ??
    layer.legend.find((entry) => !entry.key.includes('-status-') && !entry.key.endsWith('-hollow'))
  );
}

/** Rings and lines as path data, dropping vertices closer than `tolerance` mm to the last kept one. */
export function pathData(
  lines: Position[][],
  toPage: (position: Position) => [number, number],
  close: boolean,
  tolerance: number,
): string {
  let data = '';
  for (const line of lines) {
    let last: [number, number] | null = null;
    let part = '';
    let count = 0;
    for (const [index, position] of line.entries()) {
      const point = toPage(position);
      const isLast = index === line.length - 1;
      if (last && !isLast && Math.hypot(point[0] - last[0], point[1] - last[1]) < tolerance) continue;
      part += `${count === 0 ? 'M' : 'L'}${round(point[0])} ${round(point[1])}`;
      last = point;
      count++;
    }
    if (count >= 2) data += part + (close ? 'Z' : '');
  }
  return data;
}

function geometryParts(geometry: Geometry): {
  lines: Position[][];
  polygons: Position[][][];
  points: Position[];
} {
  switch (geometry.type) {
    case 'Point':
      return { lines: [], polygons: [], points: [geometry.coordinates] };
    case 'MultiPoint':
      return { lines: [], polygons: [], points: geometry.coordinates };
    case 'LineString':
      return { lines: [geometry.coordinates], polygons: [], points: [] };
    case 'MultiLineString':
      return { lines: geometry.coordinates, polygons: [], points: [] };
    case 'Polygon':
      return { lines: [], polygons: [geometry.coordinates], points: [] };
    case 'MultiPolygon':
      return { lines: [], polygons: geometry.coordinates, points: [] };
    case 'GeometryCollection': {
      const parts = geometry.geometries.map(geometryParts);
      return {
        lines: parts.flatMap((p) => p.lines),
        polygons: parts.flatMap((p) => p.polygons),
        points: parts.flatMap((p) => p.points),
      };
    }
  }
}

const shownStatus = (
  layer: LayerModule,
  properties: Record<string, unknown>,
  statuses: readonly FeatureStatus[],
) =>
  layer.group === 'admin' ||
  layer.group === 'base' ||
  typeof properties.status !== 'string' ||
  statuses.includes(properties.status as FeatureStatus);

/** Features wholly outside the frame are left out of the file (the clip path would hide them anyway). */
function intersectsFrame(geometry: Geometry, toPage: (p: Position) => [number, number], frame: Box): boolean {
  let west = Number.POSITIVE_INFINITY;
  let north = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let south = Number.NEGATIVE_INFINITY;
  const parts = geometryParts(geometry);
  for (const position of [...parts.points, ...parts.lines.flat(), ...parts.polygons.flat(2)]) {
    const [x, y] = toPage(position);
    west = Math.min(west, x);
    east = Math.max(east, x);
    north = Math.min(north, y);
    south = Math.max(south, y);
  }
  return (
    east >= frame.x && west <= frame.x + frame.width && south >= frame.y && north <= frame.y + frame.height
  );
}

/** Point layers whose names the SVG writes as text; general-aviation fields stay unnamed, as on screen at this scale. */
const POINT_LABEL_LAYERS = new Set(['seats', 'airports', 'stations', 'ports']);
const UNLABELLED_KINDS = new Set(['general']);
/** Label size in millimetres (about 6 pt). */
const LABEL_SIZE = 2.1;

function layerGroup(
  figure: SvgFigure,
  svgLayer: SvgLayer,
  toPage: (p: Position) => [number, number],
): string {
  const { layer } = svgLayer;
  const label = escapeXml(layer.title[figure.language === 'en' ? 'en' : 'zh']);
  const out: string[] = [
    `<g id="layer-${escapeXml(layer.id)}" data-layer="${escapeXml(layer.id)}" inkscape:groupmode="layer" inkscape:label="${label}">`,
  ];
  // Point names on a layer of their own, so a designer can restyle or move them without touching the symbols.
  const labels: string[] = [];
  for (const feature of svgLayer.features) {
    const properties = (feature.properties ?? {}) as Record<string, unknown>;
    if (!feature.geometry || !shownStatus(layer, properties, figure.statuses)) continue;
    if (!intersectsFrame(feature.geometry, toPage, figure.layout.map)) continue;
    const entry = legendEntryFor(layer, properties);
    const name = properties[figure.language === 'en' ? 'name_en' : 'name_zh'] ?? properties.name_zh ?? '';
    const attributes = `data-id="${escapeXml(String(properties.id ?? feature.id ?? ''))}" data-name="${escapeXml(String(name))}"`;
    const parts = geometryParts(feature.geometry);
    const polygons = parts.polygons.map((rings) => pathData(rings, toPage, true, 0.15)).join('');
    if (polygons)
      out.push(
        `<path ${attributes} d="${polygons}" ${swatchStyle(entry?.swatch, properties.status, entry?.swatch.shape === 'line')}/>`,
      );
    const lines = pathData(parts.lines, toPage, false, 0.15);
    const selected = figure.highlight && String(properties.id ?? feature.id) === figure.highlight.featureId;
    const halo = selected
      ? `fill="none" stroke="${escapeXml(figure.highlight?.colour ?? '')}" stroke-opacity="0.85" stroke-width="${round(10 * PX_MM)}" stroke-linecap="round" stroke-linejoin="round" data-highlight="selected"`
      : '';
    if (selected && (lines || polygons))
      out.splice(out.length - (polygons ? 1 : 0), 0, `<path d="${polygons}${lines}" ${halo}/>`);
    if (lines)
      out.push(`<path ${attributes} d="${lines}" ${swatchStyle(entry?.swatch, properties.status, true)}/>`);
    for (const point of parts.points) {
      const [x, y] = toPage(point);
      if (selected)
        out.push(
          `<circle cx="${round(x)}" cy="${round(y)}" r="${round(13 * PX_MM)}" fill="${escapeXml(figure.highlight?.colour ?? '')}" fill-opacity="0.85" data-highlight="selected"/>`,
        );
      const radius = entry?.swatch.shape === 'circle' ? entry.swatch.radius : 3;
      out.push(
        `<circle ${attributes} cx="${round(x)}" cy="${round(y)}" r="${round(radius * PX_MM)}" ${swatchStyle(entry?.swatch, undefined, false)}/>`,
      );
      if (name && POINT_LABEL_LAYERS.has(layer.id) && !UNLABELLED_KINDS.has(String(properties.kind)))
        labels.push(text(x + radius * PX_MM + 0.6, y + LABEL_SIZE * 0.35, LABEL_SIZE, String(name)));
    }
  }
  out.push('</g>');
  if (labels.length > 0)
    out.push(
      `<g id="labels-${escapeXml(layer.id)}" inkscape:groupmode="layer" inkscape:label="${label} · labels" paint-order="stroke" stroke="#ffffff" stroke-width="0.5" stroke-linejoin="round">`,
      ...labels,
      '</g>',
    );
  return out.join('\n');
}

export function writeSvg(figure: SvgFigure): string {
  const { layout, content } = figure;
  const pt = MM_PER_INCH / 72;
  const map = layout.map;
  // Frame CSS pixels → page millimetres.
  const toPage = (position: Position): [number, number] => {
    const [x, y] = figure.project([position[0] as number, position[1] as number]);
    return [map.x + x * PX_MM, map.y + y * PX_MM];
  };
  const body = layout.type.body * pt;
  const small = layout.type.small * pt;
  const parts: string[] = [];
  parts.push(
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" version="1.1" width="${layout.page.width}mm" height="${layout.page.height}mm" viewBox="0 0 ${layout.page.width} ${layout.page.height}" font-family="${escapeXml(FIGURE_FONT)}" fill="${INK}" xml:lang="${escapeXml(figure.language)}" role="img" aria-labelledby="figure-title figure-desc">`,
    `<title id="figure-title">${escapeXml(figure.title)}</title>`,
    `<desc id="figure-desc">${escapeXml(figure.description)}</desc>`,
    `<defs><clipPath id="map-frame"><rect x="${round(map.x)}" y="${round(map.y)}" width="${round(map.width)}" height="${round(map.height)}"/></clipPath></defs>`,
    `<rect width="${layout.page.width}" height="${layout.page.height}" fill="#ffffff"/>`,
    `<g id="title">${text(layout.title.x, layout.title.y + layout.type.title * pt, layout.type.title * pt, content.title, ' font-weight="700"')}${text(layout.title.x, layout.title.y + layout.title.height - 1, body, content.subtitle, ' fill="#555555"')}</g>`,
    `<g id="map" clip-path="url(#map-frame)"><rect x="${round(map.x)}" y="${round(map.y)}" width="${round(map.width)}" height="${round(map.height)}" fill="#dfe7ec"/>`,
  );
  for (const layer of figure.layers) parts.push(layerGroup(figure, layer, toPage));
  parts.push(
    '</g>',
    `<rect id="neat-line" x="${round(map.x)}" y="${round(map.y)}" width="${round(map.width)}" height="${round(map.height)}" fill="none" stroke="${INK}" stroke-width="0.35"/>`,
    northArrowSvg(layout.northArrow, content, body),
    scaleBarSvg(layout.scaleBar, content, small),
    legendSvg(layout.legend, content, body, small),
    sourcesSvg(layout.sources, content, body, small, layout.sourceLinesPerEntry),
    footerSvg(layout.footer, content, small),
    '</svg>',
  );
  return `${parts.join('\n')}\n`;
}
