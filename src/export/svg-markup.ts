/** SVG markup helpers: escaping, units, shape styles from legend swatches, text elements. */
import { STATUS_STYLES } from '../layers/style-helpers';
import type { LegendSwatch } from '../layers/types';
import { CSS_PX_PER_INCH, MM_PER_INCH } from './paper';

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

/** One CSS pixel in millimetres (legend and paint widths are CSS pixels). */
export const PX_MM = MM_PER_INCH / CSS_PX_PER_INCH;

export const round = (value: number) => Math.round(value * 100) / 100;

export function swatchStyle(swatch: LegendSwatch | undefined, status: unknown, asLine: boolean): string {
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

/** Rough text width (CJK one em, Latin ~0.55 em): enough to wrap the sources block in a static file. */
export function estimateWidth(text: string, size: number): number {
  let width = 0;
  for (const char of text)
    width += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(char) ? size : size * 0.56;
  return width;
}

export function text(x: number, y: number, size: number, value: string, extra = ''): string {
  return `<text x="${round(x)}" y="${round(y)}" font-size="${round(size)}"${extra}>${escapeXml(value)}</text>`;
}
