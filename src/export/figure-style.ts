/** Type face, ink colours and the content of a figure: shared by the canvas composer and the SVG writer. */
import type { PrintedLegendSection } from './export-legend';
import type { SourceLine } from './export-sources';
import type { ScaleBar } from './scale-bar';

/** The shipped label subset first; characters it lacks fall back to the system's CJK or sans-serif face. */
export const FIGURE_FONT =
  "'Atlas SC', 'Noto Sans SC', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

export const INK = '#1a1a1a';

export const SOFT_INK = '#555555';

export interface FigureContent {
  title: string;
  subtitle: string;
  legendHeading: string;
  legend: PrintedLegendSection[];
  /** Said under the legend when it had to be cut for space (never cut silently). */
  legendMore: string;
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
