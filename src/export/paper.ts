/**
 * Paper sizes and the pixel maths of an export. Everything in the layout is measured in millimetres and turned into
 * pixels here, so the same layout works at 150 and 300 dpi and on A4 and A3.
 */

export type PaperName = 'a4' | 'a3';
export type Orientation = 'landscape' | 'portrait';
export type Dpi = 150 | 300;
export type ExportFormat = 'png' | 'pdf' | 'svg';

/** ISO 216 portrait sizes in millimetres. */
export const PAPER_MM: Record<PaperName, { width: number; height: number }> = {
  a4: { width: 210, height: 297 },
  a3: { width: 297, height: 420 },
};

export const MM_PER_INCH = 25.4;
export const POINTS_PER_INCH = 72;
/** CSS pixels per inch: the unit MapLibre line widths and label sizes are given in. */
export const CSS_PX_PER_INCH = 96;

export interface PaperChoice {
  paper: PaperName;
  orientation: Orientation;
  dpi: Dpi;
}

export function paperMillimetres(
  paper: PaperName,
  orientation: Orientation,
): { width: number; height: number } {
  const { width, height } = PAPER_MM[paper];
  return orientation === 'portrait' ? { width, height } : { width: height, height: width };
}

/** Whole pixels of a length in millimetres at `dpi` (rounded as print drivers do: A4 @ 300 dpi = 2480 × 3508). */
export function mmToPx(mm: number, dpi: number): number {
  return Math.round((mm / MM_PER_INCH) * dpi);
}

export function ptToPx(points: number, dpi: number): number {
  return (points / POINTS_PER_INCH) * dpi;
}

export function pixelSize(choice: PaperChoice): { width: number; height: number } {
  const mm = paperMillimetres(choice.paper, choice.orientation);
  return { width: mmToPx(mm.width, choice.dpi), height: mmToPx(mm.height, choice.dpi) };
}

/** PDF page size in points (A4 = 595.28 × 841.89). */
export function pointSize(paper: PaperName, orientation: Orientation): { width: number; height: number } {
  const mm = paperMillimetres(paper, orientation);
  const toPt = (value: number) => Math.round((value / MM_PER_INCH) * POINTS_PER_INCH * 100) / 100;
  return { width: toPt(mm.width), height: toPt(mm.height) };
}

/** Device pixels per CSS pixel that make a 1 px map line 1/96 inch on paper. */
export function printPixelRatio(dpi: number): number {
  return dpi / CSS_PX_PER_INCH;
}

/** sichuan-atlas-2026-11-22-a4-landscape-300dpi.png (SVG has no dpi: it is vector). */
export function exportFilename(choice: PaperChoice, format: ExportFormat, date: Date): string {
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
  const dpi = format === 'svg' ? '' : `-${choice.dpi}dpi`;
  return `sichuan-atlas-${day}-${choice.paper}-${choice.orientation}${dpi}.${format}`;
}

/** Local calendar date as YYYY-MM-DD, for the printed export date. */
export function isoDay(date: Date): string {
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
}
