/**
 * SVG of the vector layers for designers: each visible layer a group (<g id="layer-railways"> with an Inkscape
 * layer label), features projected as the PNG shows them, clipped to the map frame, coordinates in millimetres on
 * the page, colours from the same legend tables as the paint; title, legend, scale bar, north arrow, sources and
 * footer as SVG text. Every string from data passes through `escapeXml`.
 */
import type { Feature, Geometry, Position } from 'geojson';
import type { FeatureStatus } from '../data/schema';
import { STATUS_STYLES } from '../layers/style-helpers';
import type { LayerModule, LegendEntry, LegendSwatch } from '../layers/types';
import { FIGURE_FONT, type FigureContent, INK } from './compose-figure';
import type { Box, FigureLayout } from './layout';
import { CSS_PX_PER_INCH, MM_PER_INCH } from './paper';
import { clampLines, wrapText } from './text-wrap';

/** XML 1.0 text and attribute escaping; characters XML 1.0 forbids are dropped. */
export function escapeXml(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

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

/** One CSS pixel in millimetres (legend and paint widths are CSS pixels). */
const PX_MM = MM_PER_INCH / CSS_PX_PER_INCH;
const round = (value: number) => Math.round(value * 100) / 100;

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

function swatchStyle(swatch: LegendSwatch | undefined, status: unknown, asLine: boolean): string {
  if (!swatch || swatch.shape === 'relief') return 'fill="none" stroke="#666" stroke-width="0.2"';
  if (swatch.shape === 'line' || asLine) {
    const colour =
      swatch.shape === 'circle' || swatch.shape === 'line' ? swatch.color : (swatch.outline ?? swatch.color);
    const width = swatch.shape === 'line' ? swatch.width : 1.5;
    const statusStyle = STATUS_STYLES.find((s) => s.value === status);
    const dash = statusStyle?.dash
      ? ` stroke-dasharray="${statusStyle.dash.map((d) => round(d * width * PX_MM)).join(' ')}"`
      : '';
    const opacity =
      swatch.shape === 'line' && swatch.opacity !== undefined ? ` stroke-opacity="${swatch.opacity}"` : '';
    return `fill="none" stroke="${escapeXml(colour)}" stroke-width="${round(width * (statusStyle?.widthFactor ?? 1) * PX_MM)}" stroke-linejoin="round" stroke-linecap="round"${dash}${opacity}`;
  }
  if (swatch.shape === 'fill') {
    const outline = swatch.outline
      ? ` stroke="${escapeXml(swatch.outline)}" stroke-width="${round(1.2 * PX_MM)}"${swatch.dashedOutline ? ` stroke-dasharray="${round(4 * PX_MM)} ${round(2 * PX_MM)}"` : ''}`
      : ' stroke="none"';
    return `fill="${escapeXml(swatch.color)}" fill-opacity="${round(Math.max(swatch.opacity, 0.15))}" fill-rule="evenodd"${outline}`;
  }
  return `fill="${escapeXml(swatch.hollow ? '#ffffff' : swatch.color)}" stroke="${escapeXml(swatch.hollow ? swatch.color : (swatch.stroke ?? 'none'))}" stroke-width="${round(1.2 * PX_MM)}"`;
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
    }
  }
  out.push('</g>');
  return out.join('\n');
}

/** Rough text width (CJK one em, Latin ~0.55 em): enough to wrap the sources block in a static file. */
export function estimateWidth(text: string, size: number): number {
  let width = 0;
  for (const char of text)
    width += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(char) ? size : size * 0.56;
  return width;
}

function text(x: number, y: number, size: number, value: string, extra = ''): string {
  return `<text x="${round(x)}" y="${round(y)}" font-size="${round(size)}"${extra}>${escapeXml(value)}</text>`;
}

function legendSwatchSvg(swatch: LegendSwatch, x: number, y: number, width: number, height: number): string {
  const middle = y + height / 2;
  switch (swatch.shape) {
    case 'line': {
      const dash = swatch.dash
        ? ` stroke-dasharray="${swatch.dash.map((d) => round(d * Math.max(1.5, swatch.width) * PX_MM)).join(' ')}"`
        : '';
      return `<line x1="${round(x)}" y1="${round(middle)}" x2="${round(x + width)}" y2="${round(middle)}" stroke="${escapeXml(swatch.color)}" stroke-width="${round(Math.min(swatch.width, 5) * PX_MM)}"${dash}/>`;
    }
    case 'fill':
      return `<rect x="${round(x)}" y="${round(y)}" width="${round(width)}" height="${round(height)}" ${swatchStyle(swatch, undefined, false)}/>`;
    case 'circle':
      return `<circle cx="${round(x + width / 2)}" cy="${round(middle)}" r="${round(Math.min(swatch.radius * PX_MM, height / 2))}" ${swatchStyle(swatch, undefined, false)}/>`;
    case 'relief':
      return `<rect x="${round(x)}" y="${round(y)}" width="${round(width)}" height="${round(height)}" fill="#bdb8ae"/>`;
  }
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
    sourcesSvg(layout.sources, content, body, small),
    footerSvg(layout.footer, content, small),
    '</svg>',
  );
  return `${parts.join('\n')}\n`;
}

function northArrowSvg(box: Box, content: FigureContent, size: number): string {
  const cx = box.x + box.width / 2;
  const labelRoom = size * 1.2;
  const cy = box.y + labelRoom + (box.height - labelRoom) / 2;
  const half = (box.height - labelRoom) / 2;
  const wing = (box.width / 2) * 0.6;
  return [
    `<g id="north-arrow" transform="translate(${round(cx)} ${round(cy)}) rotate(${round(-content.bearing)})">`,
    `<circle r="${round(half * 1.05)}" fill="#ffffff" fill-opacity="0.85"/>`,
    `<path d="M0 ${round(-half)}L${round(wing)} ${round(half * 0.75)}L0 ${round(half * 0.4)}Z" fill="#ffffff" stroke="${INK}" stroke-width="0.2"/>`,
    `<path d="M0 ${round(-half)}L${round(-wing)} ${round(half * 0.75)}L0 ${round(half * 0.4)}Z" fill="${INK}" stroke="${INK}" stroke-width="0.2"/>`,
    text(0, -half - size * 0.25, size, content.northLabel, ' font-weight="700" text-anchor="middle"'),
    '</g>',
  ].join('');
}

function scaleBarSvg(box: Box, content: FigureContent, size: number): string {
  const bar = content.scaleBar;
  const x = box.x + 2;
  const y = box.y + box.height - size * 1.3 - 1.4 - 1;
  const segment = bar.paperMm / bar.segments;
  const out = [
    `<g id="scale-bar"><rect x="${round(box.x)}" y="${round(y - size * 1.5)}" width="${round(Math.max(bar.paperMm + 4 + estimateWidth(bar.label, size), estimateWidth(content.scaleNote, size) + 4))}" height="${round(box.y + box.height - (y - size * 1.5))}" fill="#ffffff" fill-opacity="0.85"/>`,
  ];
  for (let i = 0; i < bar.segments; i++)
    out.push(
      `<rect x="${round(x + i * segment)}" y="${round(y)}" width="${round(segment)}" height="1.4" fill="${i % 2 === 0 ? INK : '#ffffff'}" stroke="${INK}" stroke-width="0.2"/>`,
    );
  out.push(
    text(x, y - size * 0.35, size, '0', ' text-anchor="middle"'),
    text(x + bar.paperMm, y - size * 0.35, size, bar.label, ' text-anchor="middle"'),
    text(x, y + 1.4 + size * 1.1, size, content.scaleNote),
    '</g>',
  );
  return out.join('');
}

function legendSvg(box: Box, content: FigureContent, body: number, small: number): string {
  const out = [
    `<g id="legend"><rect x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}" fill="none" stroke="${INK}" stroke-width="0.25"/>`,
  ];
  const padding = 2.5;
  const rows = content.legend.reduce((sum, section) => sum + section.rows.length + 1.3, 0);
  const available =
    box.height - 2 * padding - body * 2 - content.indicativeNotes.length * small * 1.3 * 3 - small;
  const columns = Math.max(
    1,
    Math.min(Math.floor(box.width / 45), Math.ceil((rows * body * 1.45) / available)),
  );
  const factor = Math.max(0.6, Math.min(1, (available * columns) / (rows * body * 1.45)));
  const size = body * factor;
  const row = size * 1.45;
  const columnWidth = (box.width - 2 * padding) / columns;
  out.push(
    text(
      box.x + padding,
      box.y + padding + body * 1.15,
      body * 1.15,
      content.legendHeading,
      ' font-weight="700"',
    ),
  );
  const top = box.y + padding + body * 2;
  const bottom = top + available;
  let column = 0;
  let y = top;
  for (const section of content.legend) {
    if (y + row * 2.3 > bottom && column < columns - 1) {
      column++;
      y = top;
    }
    const x = box.x + padding + column * columnWidth;
    out.push(text(x, y + size, size, section.title, ' font-weight="700"'));
    y += row * 1.15;
    for (const entry of section.rows) {
      if (y + row > bottom && column < columns - 1) {
        column++;
        y = top;
      }
      const cx = box.x + padding + column * columnWidth;
      out.push(
        legendSwatchSvg(entry.swatch, cx, y + row * 0.1, 7 * factor, row * 0.6),
        text(cx + 7 * factor + 1.5, y + row * 0.62, size, entry.label),
      );
      y += row;
    }
    y += row * 0.15;
  }
  let noteY = bottom + small * 1.1;
  for (const note of content.indicativeNotes)
    for (const line of clampLines(
      wrapText(note, box.width - 2 * padding, (t) => estimateWidth(t, small)),
      3,
      box.width - 2 * padding,
      (t) => estimateWidth(t, small),
    )) {
      out.push(text(box.x + padding, noteY, small, line, ' fill="#8a3b00"'));
      noteY += small * 1.3;
    }
  out.push('</g>');
  return out.join('\n');
}

function sourcesSvg(box: Box, content: FigureContent, body: number, small: number): string {
  const out = [
    '<g id="sources">',
    text(box.x, box.y + body * 1.1, body, content.sourcesHeading, ' font-weight="700"'),
  ];
  const measure = (t: string) => estimateWidth(t, small);
  let y = box.y + body * 1.1 + small * 1.35 * 1.1;
  const bottom = box.y + box.height - 1;
  const linesPerSource = box.width < 150 ? 4 : 2;
  if (content.sources.length === 0) out.push(text(box.x, y, small, content.sourcesEmpty, ' fill="#555555"'));
  for (const [index, source] of content.sources.entries()) {
    const room = Math.floor((bottom - y) / (small * 1.35)) - (content.sourcesMore ? 1 : 0);
    if (room < 1) break;
    const line = `${index + 1}. 《${source.title}》 ${source.address}${source.sentence ? ` —— ${source.sentence}` : ''}`;
    for (const part of clampLines(
      wrapText(line, box.width, measure),
      Math.min(linesPerSource, room),
      box.width,
      measure,
    )) {
      out.push(text(box.x, y, small, part));
      y += small * 1.35;
    }
  }
  if (content.sourcesMore) out.push(text(box.x, y, small, content.sourcesMore, ' fill="#555555"'));
  out.push('</g>');
  return out.join('\n');
}

function footerSvg(box: Box, content: FigureContent, small: number): string {
  const measure = (t: string) => estimateWidth(t, small);
  const out = [
    `<g id="footer"><line x1="${round(box.x)}" y1="${round(box.y + 1)}" x2="${round(box.x + box.width)}" y2="${round(box.y + 1)}" stroke="#999999" stroke-width="0.15"/>`,
  ];
  let y = box.y + 1 + small * 1.3;
  for (const line of clampLines(wrapText(content.attribution, box.width, measure), 2, box.width, measure)) {
    out.push(text(box.x, y, small, line, ' fill="#555555"'));
    y += small * 1.3;
  }
  const baseline = box.y + box.height - 0.5;
  out.push(
    text(box.x, baseline, small * 1.1, content.reviewNumber, ' font-weight="700"'),
    text(box.x + box.width, baseline, small, content.dateLine, ' text-anchor="end"'),
    '</g>',
  );
  return out.join('\n');
}
