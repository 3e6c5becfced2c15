/** Title-block furniture of the SVG: north arrow, scale bar, legend, sources and footer, in page millimetres. */
import type { LegendSwatch } from '../layers/types';
import { type FigureContent, INK } from './figure-style';
import type { Box } from './layout';
import { escapeXml, estimateWidth, PX_MM, round, swatchStyle, text } from './svg-markup';
import { clampLines, wrapText } from './text-wrap';

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

export function northArrowSvg(box: Box, content: FigureContent, size: number): string {
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

export function scaleBarSvg(box: Box, content: FigureContent, size: number): string {
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

export function legendSvg(box: Box, content: FigureContent, body: number, small: number): string {
  const out = [
    `<g id="legend"><rect x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}" fill="none" stroke="${INK}" stroke-width="0.25"/>`,
  ];
  const padding = 2.5;
  const rows = content.legend.reduce((sum, section) => sum + section.rows.length + 1.3, 0);
  const available =
    box.height - 2 * padding - body * 2 - (content.indicativeNotes.length * 3 + 1) * small * 1.3 - small;
  // Column breaks leave some space unused at each column foot: plan on 85 % of the box.
  const usable = available * 0.85;
  const columns = Math.max(1, Math.min(Math.floor(box.width / 45), Math.ceil((rows * body * 1.45) / usable)));
  const factor = Math.max(0.6, Math.min(1, (usable * columns) / (rows * body * 1.45)));
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
  let truncated = false;
  const lastColumnFull = (height: number) => column === columns - 1 && y + height > bottom;
  for (const section of content.legend) {
    if (y + row * 2.3 > bottom && column < columns - 1) {
      column++;
      y = top;
    }
    if (lastColumnFull(row * 2.15)) {
      truncated = true;
      break;
    }
    const x = box.x + padding + column * columnWidth;
    out.push(text(x, y + size, size, section.title, ' font-weight="700"'));
    y += row * 1.15;
    for (const entry of section.rows) {
      if (y + row > bottom && column < columns - 1) {
        column++;
        y = top;
      }
      if (lastColumnFull(row)) {
        truncated = true;
        break;
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
  for (const note of truncated ? [content.legendMore, ...content.indicativeNotes] : content.indicativeNotes)
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

export function sourcesSvg(
  box: Box,
  content: FigureContent,
  body: number,
  small: number,
  linesPerEntry: number,
): string {
  const out = [
    '<g id="sources">',
    text(box.x, box.y + body * 1.1, body, content.sourcesHeading, ' font-weight="700"'),
  ];
  const measure = (t: string) => estimateWidth(t, small);
  let y = box.y + body * 1.1 + small * 1.35 * 1.1;
  const bottom = box.y + box.height - 1;
  if (content.sources.length === 0) out.push(text(box.x, y, small, content.sourcesEmpty, ' fill="#555555"'));
  for (const [index, source] of content.sources.entries()) {
    const room = Math.floor((bottom - y) / (small * 1.35)) - (content.sourcesMore ? 1 : 0);
    if (room < 1) break;
    const line = `${index + 1}. 《${source.title}》 ${source.address}${source.sentence ? ` —— ${source.sentence}` : ''}`;
    for (const part of clampLines(
      wrapText(line, box.width, measure),
      Math.min(linesPerEntry, room),
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

export function footerSvg(box: Box, content: FigureContent, small: number): string {
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
