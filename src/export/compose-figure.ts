/**
 * Draws the figure on a 2D canvas: white page, title, the rendered map in its frame with a neat line, north arrow,
 * scale bar, legend, sources and footer (attribution, date, indicative note, 审图号 slot). All sizes come from the
 * millimetre layout and the dpi, so 150 and 300 dpi give the same page.
 */
import { drawLegend, fitWidth } from './compose-legend';
import { FIGURE_FONT, type FigureContent, INK, SOFT_INK } from './figure-style';
import type { Box, FigureLayout } from './layout';
import { clampLines, wrapText } from './text-wrap';

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
  drawSources(context, px(layout.sources), content, layout, pt, mm);
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

function drawSources(
  context: Context,
  box: Box,
  content: FigureContent,
  layout: FigureLayout,
  pt: number,
  mm: number,
): void {
  context.save();
  const fontPx = layout.type.small * pt;
  const line = fontPx * 1.35;
  const measure = (text: string) => context.measureText(text).width;
  let y = box.y + layout.type.body * pt * 1.1;
  context.fillStyle = INK;
  context.font = `700 ${layout.type.body * pt}px ${FIGURE_FONT}`;
  context.fillText(content.sourcesHeading, box.x, y);
  y += line * 1.1;
  context.font = `${fontPx}px ${FIGURE_FONT}`;
  const bottom = box.y + box.height - 1 * mm;
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
      Math.min(layout.sourceLinesPerEntry, room),
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
