/**
 * The legend box of the raster figure: sections of swatches and labels flowing into columns, type shrinking so no
 * visible layer falls off, indicative notes at the foot.
 */
import type { LegendSwatch } from '../layers/types';
import { FIGURE_FONT, type FigureContent, INK } from './figure-style';
import type { Box, FigureLayout } from './layout';
import { clampLines, wrapText } from './text-wrap';

type Context = CanvasRenderingContext2D;

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
/** Smallest legend type: 7.5 pt × 0.55 ≈ 4 pt, still readable on a laser print; below that rows are cut, visibly. */
const MIN_LEGEND_FACTOR = 0.55;

export function fitLegend(
  rowCount: number,
  headingCount: number,
  box: { width: number; height: number },
  rowHeight: number,
  minColumnWidth: number,
): LegendPlacement {
  for (let factor = 1; factor >= MIN_LEGEND_FACTOR; factor -= 0.05) {
    const columns = Math.max(1, Math.floor(box.width / (minColumnWidth * factor)));
    const perColumn = Math.floor(box.height / (rowHeight * factor));
    const needed = rowCount + headingCount * 1.3 + 2;
    // Column breaks leave space unused at each column foot: plan on 85 % of the box. Use no more columns than the
    // rows need, so labels get the widest columns possible instead of being cut beside an empty column.
    if (perColumn * columns * 0.85 >= needed)
      return { factor, columns: Math.max(1, Math.min(columns, Math.ceil(needed / (perColumn * 0.85)))) };
  }
  return {
    factor: MIN_LEGEND_FACTOR,
    columns: Math.max(1, Math.floor(box.width / (minColumnWidth * MIN_LEGEND_FACTOR))),
  };
}

export function drawLegend(
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
  // Up to three lines per note, and room for the "legend cut" line should it be needed.
  const notesHeight = (content.indicativeNotes.length * 3 + 1) * type.small * pt * 1.3 + type.small * pt;
  const rows = content.legend.reduce((sum, section) => sum + section.rows.length, 0);
  const baseRow = type.body * pt * 1.45;
  const placement = fitLegend(
    rows,
    content.legend.length,
    { width: inner.width, height: inner.height - notesHeight - type.body * pt * 2 },
    baseRow,
    40 * mm,
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
  let truncated = false;
  const lastColumnFull = (height: number) => column === placement.columns - 1 && y + height > bottom + 0.5;
  for (const section of content.legend) {
    advance(row * 1.3 + row);
    // A heading with no room for a row under it is not printed; the cut is said below instead.
    if (lastColumnFull(row * 2.15)) {
      truncated = true;
      break;
    }
    const x = inner.x + column * columnWidth;
    context.font = `700 ${fontPx}px ${FIGURE_FONT}`;
    context.fillStyle = INK;
    context.fillText(fitWidth(context, section.title, columnWidth - 1 * mm), x, y + fontPx);
    y += row * 1.15;
    context.font = `${fontPx}px ${FIGURE_FONT}`;
    for (const entry of section.rows) {
      advance(row);
      if (lastColumnFull(row)) {
        truncated = true;
        break;
      }
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
  for (const note of truncated ? [content.legendMore, ...content.indicativeNotes] : content.indicativeNotes) {
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

/** The text, cut with an ellipsis to fit `width`. */
export function fitWidth(context: Context, text: string, width: number): string {
  if (context.measureText(text).width <= width) return text;
  let cut = text;
  while (cut && context.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}
