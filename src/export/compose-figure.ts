/**
 * Draws the figure on a 2D canvas: white page, title, the rendered map in its frame with a neat line, north arrow,
 * scale bar, legend, sources and footer (attribution, date, indicative note, 审图号 slot). All sizes come from the
 * millimetre layout and the dpi, so 150 and 300 dpi give the same page.
 */
import type { LegendSwatch } from '../layers/types';
import type { PrintedLegendSection } from './export-legend';
import type { SourceLine } from './export-sources';
import type { Box, FigureLayout } from './layout';
import type { ScaleBar } from './scale-bar';
import { clampLines, wrapText } from './text-wrap';

/** The shipped label subset first; characters it lacks fall back to the system's CJK or sans-serif face. */
export const FIGURE_FONT =
  "'Atlas SC', 'Noto Sans SC', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

export const INK = '#1a1a1a';
const SOFT_INK = '#555555';

export interface FigureContent {
  title: string;
  subtitle: string;
  legendHeading: string;
  legend: PrintedLegendSection[];
  indicativeNotes: string[];
  sourcesHeading: string;
  sources: SourceLine[];
  sourcesMore: string | null;
  sourcesEmpty: string;
  attribution: string;
  dateLine: string;
  reviewNumber: string;
  northLabel: string;
  scaleBar: ScaleBar;
  scaleNote: string;
  bearing: number;
}

type Context = CanvasRenderingContext2D;

export function composeFigure(
  context: Context,
  layout: FigureLayout,
  dpi: number,
  content: FigureContent,
  map: CanvasImageSource | null,
): void {
  const mm = dpi / 25.4;
  const pt = dpi / 72;
  const px = (box: Box) => ({ x: box.x * mm, y: box.y * mm, width: box.width * mm, height: box.height * mm });
  context.save();
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, layout.page.width * mm, layout.page.height * mm);
  context.textBaseline = 'alphabetic';

  // Title and subtitle.
  const title = px(layout.title);
  context.fillStyle = INK;
  context.font = `700 ${layout.type.title * pt}px ${FIGURE_FONT}`;
  const titleLine = clampLines(
    wrapText(content.title, title.width, (text) => context.measureText(text).width),
    1,
    title.width,
    (text) => context.measureText(text).width,
  )[0];
  context.fillText(titleLine ?? '', title.x, title.y + layout.type.title * pt);
  context.font = `${layout.type.body * pt}px ${FIGURE_FONT}`;
  context.fillStyle = SOFT_INK;
  context.fillText(content.subtitle, title.x, title.y + title.height - 1 * mm);

  // Map and neat line.
  const frame = px(layout.map);
  if (map) context.drawImage(map, frame.x, frame.y, frame.width, frame.height);
  else {
    context.fillStyle = '#dfe7ec';
    context.fillRect(frame.x, frame.y, frame.width, frame.height);
  }
  context.strokeStyle = INK;
  context.lineWidth = 0.35 * mm;
  context.strokeRect(frame.x, frame.y, frame.width, frame.height);

  drawNorthArrow(context, px(layout.northArrow), content.bearing, content.northLabel, layout.type.body * pt);
  drawScaleBar(context, px(layout.scaleBar), content, layout.type.small * pt, mm);
  drawLegend(context, px(layout.legend), content, layout.type, pt, mm);
  drawSources(context, px(layout.sources), content, layout.type, pt, mm);
  drawFooter(context, px(layout.footer), content, layout.type.small * pt, mm);
  context.restore();
}

function drawNorthArrow(context: Context, box: Box, bearing: number, label: string, fontPx: number): void {
  const cx = box.x + box.width / 2;
  const labelRoom = fontPx * 1.2;
  const cy = box.y + labelRoom + (box.height - labelRoom) / 2;
  const half = (box.height - labelRoom) / 2;
  const wing = box.width / 2;
  context.save();
  context.fillStyle = 'rgba(255,255,255,0.85)';
  context.beginPath();
  context.arc(cx, cy, half * 1.05, 0, Math.PI * 2);
  context.fill();
  context.translate(cx, cy);
  // The map is turned by -bearing, so north on paper points that way too.
  context.rotate((-bearing * Math.PI) / 180);
  context.strokeStyle = INK;
  context.lineWidth = Math.max(1, fontPx / 12);
  context.lineJoin = 'round';
  context.beginPath();
  context.moveTo(0, -half);
  context.lineTo(wing * 0.6, half * 0.75);
  context.lineTo(0, half * 0.4);
  context.closePath();
  context.fillStyle = '#ffffff';
  context.fill();
  context.stroke();
  context.beginPath();
  context.moveTo(0, -half);
  context.lineTo(-wing * 0.6, half * 0.75);
  context.lineTo(0, half * 0.4);
  context.closePath();
  context.fillStyle = INK;
  context.fill();
  context.stroke();
  context.font = `700 ${fontPx}px ${FIGURE_FONT}`;
  context.textAlign = 'center';
  context.fillText(label, 0, -half - fontPx * 0.25);
  context.restore();
}

function drawScaleBar(context: Context, box: Box, content: FigureContent, fontPx: number, mm: number): void {
  const bar = content.scaleBar;
  const length = bar.paperMm * mm;
  const barHeight = 1.4 * mm;
  const x = box.x + 2 * mm;
  const y = box.y + box.height - fontPx * 1.3 - barHeight - 1 * mm;
  context.save();
  context.font = `${fontPx}px ${FIGURE_FONT}`;
  const noteWidth = context.measureText(content.scaleNote).width;
  context.fillStyle = 'rgba(255,255,255,0.85)';
  context.fillRect(
    box.x,
    y - fontPx * 1.5,
    Math.max(length + 4 * mm + context.measureText(bar.label).width, noteWidth + 4 * mm),
    box.y + box.height - (y - fontPx * 1.5),
  );
  const segment = length / bar.segments;
  for (let i = 0; i < bar.segments; i++) {
    context.fillStyle = i % 2 === 0 ? INK : '#ffffff';
    context.fillRect(x + i * segment, y, segment, barHeight);
  }
  context.strokeStyle = INK;
  context.lineWidth = 0.2 * mm;
  context.strokeRect(x, y, length, barHeight);
  context.fillStyle = INK;
  context.textAlign = 'center';
  context.fillText('0', x, y - fontPx * 0.35);
  context.textAlign = 'left';
  context.fillText(
    bar.label,
    x + length - context.measureText(bar.label.split(' ')[0] ?? '').width / 2,
    y - fontPx * 0.35,
  );
  context.fillText(content.scaleNote, x, y + barHeight + fontPx * 1.1);
  context.restore();
}

/** Swatch in a box of `width` × `height` px, scaled from screen px (the legend's own units) by `scale`. */
export function drawSwatch(
  context: Context,
  swatch: LegendSwatch,
  x: number,
  y: number,
  width: number,
  height: number,
  scale: number,
): void {
  context.save();
  const middle = y + height / 2;
  switch (swatch.shape) {
    case 'line': {
      context.strokeStyle = swatch.color;
      context.globalAlpha = swatch.opacity ?? 1;
      context.lineWidth = Math.min(swatch.width, 5) * scale;
      context.setLineDash(swatch.dash ? swatch.dash.map((d) => d * Math.max(1.5, swatch.width) * scale) : []);
      context.beginPath();
      context.moveTo(x, middle);
      context.lineTo(x + width, middle);
      context.stroke();
      break;
    }
    case 'fill': {
      context.globalAlpha = Math.max(swatch.opacity, 0.15);
      context.fillStyle = swatch.color;
      context.fillRect(x, y, width, height);
      context.globalAlpha = 1;
      if (swatch.outline) {
        context.strokeStyle = swatch.outline;
        context.lineWidth = 1.5 * scale;
        context.setLineDash(swatch.dashedOutline ? [4 * scale, 2 * scale] : []);
        context.strokeRect(x, y, width, height);
      }
      break;
    }
    case 'circle': {
      context.beginPath();
      context.arc(x + width / 2, middle, Math.min(swatch.radius * scale, height / 2), 0, Math.PI * 2);
      context.fillStyle = swatch.hollow ? '#ffffff' : swatch.color;
      context.fill();
      const stroke = swatch.hollow ? swatch.color : swatch.stroke;
      if (stroke) {
        context.strokeStyle = stroke;
        context.lineWidth = (swatch.hollow ? 2 : 1.2) * scale;
        context.stroke();
      }
      break;
    }
    case 'relief': {
      const gradient = context.createLinearGradient(x, 0, x + width, 0);
      gradient.addColorStop(0, '#f4f1ea');
      gradient.addColorStop(1, '#8c877d');
      context.fillStyle = gradient;
      context.fillRect(x, y, width, height);
      break;
    }
  }
  context.restore();
}

interface LegendPlacement {
  /** Scale applied to the type so every row fits. */
  factor: number;
  columns: number;
}

/**
 * Rows flow top to bottom, then into the next column; when they do not fit the type shrinks (to 60 % at least) so
 * no visible layer silently falls off the legend. Returns the factor used (exported for tests of the fit loop).
 */
export function fitLegend(
  rowCount: number,
  headingCount: number,
  box: { width: number; height: number },
  rowHeight: number,
  minColumnWidth: number,
): LegendPlacement {
  for (let factor = 1; factor >= 0.6; factor -= 0.05) {
    const columns = Math.max(1, Math.floor(box.width / (minColumnWidth * factor)));
    const perColumn = Math.floor(box.height / (rowHeight * factor));
    if (perColumn * columns >= rowCount + headingCount * 1.3 + 2) return { factor, columns };
  }
  return { factor: 0.6, columns: Math.max(1, Math.floor(box.width / (minColumnWidth * 0.6))) };
}

function drawLegend(
  context: Context,
  box: Box,
  content: FigureContent,
  type: FigureLayout['type'],
  pt: number,
  mm: number,
): void {
  context.save();
  const padding = 2.5 * mm;
  const inner = {
    x: box.x + padding,
    y: box.y + padding,
    width: box.width - 2 * padding,
    height: box.height - 2 * padding,
  };
  // Up to three lines per note.
  const notesHeight = content.indicativeNotes.length * type.small * pt * 1.3 * 3 + type.small * pt;
  const rows = content.legend.reduce((sum, section) => sum + section.rows.length, 0);
  const baseRow = type.body * pt * 1.45;
  const placement = fitLegend(
    rows,
    content.legend.length,
    { width: inner.width, height: inner.height - notesHeight - type.body * pt * 2 },
    baseRow,
    52 * mm,
  );
  const row = baseRow * placement.factor;
  const fontPx = type.body * pt * placement.factor;
  const columnWidth = inner.width / placement.columns;
  context.strokeStyle = INK;
  context.lineWidth = 0.25 * mm;
  context.strokeRect(box.x, box.y, box.width, box.height);
  context.fillStyle = INK;
  context.font = `700 ${type.body * pt * 1.15}px ${FIGURE_FONT}`;
  context.fillText(content.legendHeading, inner.x, inner.y + type.body * pt * 1.15);
  const top = inner.y + type.body * pt * 2;
  const bottom = inner.y + inner.height - notesHeight;
  let column = 0;
  let y = top;
  const swatchWidth = 7 * mm * placement.factor;
  const swatchHeight = row * 0.6;
  const advance = (height: number) => {
    if (y + height > bottom && column < placement.columns - 1) {
      column += 1;
      y = top;
    }
  };
  for (const section of content.legend) {
    advance(row * 1.3 + row);
    const x = inner.x + column * columnWidth;
    context.font = `700 ${fontPx}px ${FIGURE_FONT}`;
    context.fillStyle = INK;
    context.fillText(fitWidth(context, section.title, columnWidth - 1 * mm), x, y + fontPx);
    y += row * 1.15;
    context.font = `${fontPx}px ${FIGURE_FONT}`;
    for (const entry of section.rows) {
      advance(row);
      if (y + row > bottom + 0.5) break;
      const cx = inner.x + column * columnWidth;
      drawSwatch(
        context,
        entry.swatch,
        cx,
        y + (row - swatchHeight) / 2 - row * 0.1,
        swatchWidth,
        swatchHeight,
        (mm / 3.78) * 0.9 * placement.factor,
      );
      context.fillStyle = INK;
      context.fillText(
        fitWidth(context, entry.label, columnWidth - swatchWidth - 3 * mm),
        cx + swatchWidth + 1.5 * mm,
        y + row * 0.62,
      );
      y += row;
    }
    y += row * 0.15;
  }
  // Indicative notes sit at the foot of the legend box, where a reader checks what the symbols mean.
  context.font = `${type.small * pt}px ${FIGURE_FONT}`;
  context.fillStyle = '#8a3b00';
  let noteY = bottom + type.small * pt * 1.1;
  for (const note of content.indicativeNotes) {
    const lines = clampLines(
      wrapText(note, inner.width, (t) => context.measureText(t).width),
      3,
      inner.width,
      (t) => context.measureText(t).width,
    );
    for (const line of lines) {
      context.fillText(line, inner.x, noteY);
      noteY += type.small * pt * 1.3;
    }
  }
  context.restore();
}

function fitWidth(context: Context, text: string, width: number): string {
  if (context.measureText(text).width <= width) return text;
  let cut = text;
  while (cut && context.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

function drawSources(
  context: Context,
  box: Box,
  content: FigureContent,
  type: FigureLayout['type'],
  pt: number,
  mm: number,
): void {
  context.save();
  const fontPx = type.small * pt;
  const line = fontPx * 1.35;
  const measure = (text: string) => context.measureText(text).width;
  let y = box.y + type.body * pt * 1.1;
  context.fillStyle = INK;
  context.font = `700 ${type.body * pt}px ${FIGURE_FONT}`;
  context.fillText(content.sourcesHeading, box.x, y);
  y += line * 1.1;
  context.font = `${fontPx}px ${FIGURE_FONT}`;
  const bottom = box.y + box.height - 1 * mm;
  // A narrow (portrait) column gives each passage more lines, so its sentence is not cut to a stub.
  const linesPerSource = box.width < 150 * mm ? 4 : 2;
  if (content.sources.length === 0) {
    context.fillStyle = SOFT_INK;
    context.fillText(fitWidth(context, content.sourcesEmpty, box.width), box.x, y);
  }
  for (const [index, source] of content.sources.entries()) {
    const text = `${index + 1}. 《${source.title}》 ${source.address}${source.sentence ? ` —— ${source.sentence}` : ''}`;
    const room = Math.floor((bottom - y) / line) - (content.sourcesMore ? 1 : 0);
    if (room < 1) break;
    const lines = clampLines(
      wrapText(text, box.width, measure),
      Math.min(linesPerSource, room),
      box.width,
      measure,
    );
    for (const part of lines) {
      context.fillText(part, box.x, y);
      y += line;
    }
  }
  if (content.sourcesMore && y <= bottom) {
    context.fillStyle = SOFT_INK;
    context.fillText(content.sourcesMore, box.x, y);
  }
  context.restore();
}

function drawFooter(context: Context, box: Box, content: FigureContent, fontPx: number, mm: number): void {
  context.save();
  const measure = (text: string) => context.measureText(text).width;
  context.strokeStyle = '#999999';
  context.lineWidth = 0.15 * mm;
  context.beginPath();
  context.moveTo(box.x, box.y + 1 * mm);
  context.lineTo(box.x + box.width, box.y + 1 * mm);
  context.stroke();
  context.font = `${fontPx}px ${FIGURE_FONT}`;
  context.fillStyle = SOFT_INK;
  const lines = clampLines(wrapText(content.attribution, box.width, measure), 2, box.width, measure);
  let y = box.y + 1 * mm + fontPx * 1.3;
  for (const line of lines) {
    context.fillText(line, box.x, y);
    y += fontPx * 1.3;
  }
  // 审图号 bottom left (Chinese map-publication rules), export date bottom right.
  const baseline = box.y + box.height - 0.5 * mm;
  context.fillStyle = INK;
  context.font = `700 ${fontPx * 1.1}px ${FIGURE_FONT}`;
  context.fillText(content.reviewNumber, box.x, baseline);
  context.font = `${fontPx}px ${FIGURE_FONT}`;
  context.textAlign = 'right';
  context.fillText(content.dateLine, box.x + box.width, baseline);
  context.restore();
}
