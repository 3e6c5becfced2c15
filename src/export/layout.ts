/**
 * Where each part of the figure goes, in millimetres on the page (cartography.md: title top; north arrow top right
 * of the map; scale bar bottom left of the map; legend beside (landscape) or under (portrait) the map; sources and
 * the 审图号 slot under the map). Pure, so the PNG/PDF composer and the SVG writer share one layout.
 */
import { type Orientation, type PaperName, paperMillimetres } from './paper';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FigureLayout {
  page: { width: number; height: number };
  /** Type sizes in points; A3 prints larger type than A4. */
  type: { title: number; body: number; small: number };
  title: Box;
  map: Box;
  legend: Box;
  sources: Box;
  /** Attribution, export date, indicative note and the 审图号 slot. */
  footer: Box;
  /** Lines each cited passage may take: the narrow portrait column gives more, so sentences are not cut short. */
  sourceLinesPerEntry: number;
  /** Inside the map frame. */
  northArrow: Box;
  scaleBar: Box;
}

export function figureLayout(paper: PaperName, orientation: Orientation): FigureLayout {
  const page = paperMillimetres(paper, orientation);
  const k = paper === 'a3' ? Math.SQRT2 : 1;
  const margin = 10 * k;
  const gap = 4 * k;
  const titleHeight = 13 * k;
  const type = { title: 16 * k, body: 7.5 * k, small: 6.5 * k };
  const title = { x: margin, y: margin, width: page.width - 2 * margin, height: titleHeight };
  const top = margin + titleHeight + gap / 2;
  const inner = page.width - 2 * margin;

  let map: Box;
  let legend: Box;
  let sources: Box;
  let footer: Box;
  if (orientation === 'landscape') {
    const side = 64 * k;
    const footerHeight = 13 * k;
    const sourcesHeight = 30 * k;
    const mapHeight = page.height - top - sourcesHeight - footerHeight - margin - gap;
    map = { x: margin, y: top, width: inner - side - gap, height: mapHeight };
    legend = { x: margin + map.width + gap, y: top, width: side, height: mapHeight };
    sources = { x: margin, y: top + mapHeight + gap, width: inner, height: sourcesHeight };
    footer = { x: margin, y: sources.y + sourcesHeight, width: inner, height: footerHeight };
  } else {
    const footerHeight = 13 * k;
    const below = 88 * k;
    const mapHeight = page.height - top - below - footerHeight - margin;
    map = { x: margin, y: top, width: inner, height: mapHeight };
    const half = (inner - gap) / 2;
    legend = { x: margin, y: top + mapHeight + gap, width: half, height: below - gap };
    sources = { x: margin + half + gap, y: legend.y, width: half, height: below - gap };
    footer = { x: margin, y: top + mapHeight + below, width: inner, height: footerHeight };
  }
  const arrow = 14 * k;
  const inset = 4 * k;
  return {
    page,
    type,
    sourceLinesPerEntry: orientation === 'portrait' ? 4 : 2,
    title,
    map,
    legend,
    sources,
    footer,
    northArrow: {
      x: map.x + map.width - inset - arrow * 0.7,
      y: map.y + inset,
      width: arrow * 0.7,
      height: arrow,
    },
    scaleBar: { x: map.x + inset, y: map.y + map.height - inset - 11 * k, width: 46 * k, height: 11 * k },
  };
}

export function inside(inner: Box, outer: Box): boolean {
  const e = 1e-9;
  return (
    inner.x >= outer.x - e &&
    inner.y >= outer.y - e &&
    inner.x + inner.width <= outer.x + outer.width + e &&
    inner.y + inner.height <= outer.y + outer.height + e
  );
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function scaleBox(box: Box, factor: number): Box {
  return { x: box.x * factor, y: box.y * factor, width: box.width * factor, height: box.height * factor };
}

/** Millimetres per typographic point. */
const MM_PER_POINT = 25.4 / 72;

/**
 * How many cited passages the sources block holds when each takes its full line allowance, after the heading and
 * with one line kept for "N more". The composers draw lines 1.35 × the small type apart.
 */
export function sourcesCapacity(layout: FigureLayout): number {
  const line = layout.type.small * MM_PER_POINT * 1.35;
  const heading = layout.type.body * MM_PER_POINT * 1.5;
  const rows = Math.floor((layout.sources.height - heading - 1) / line) - 1;
  return Math.max(1, Math.floor(rows / layout.sourceLinesPerEntry));
}
