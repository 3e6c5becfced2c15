/**
 * Everything printed around the map, and the text description written into the file, from the atlas state. Pure:
 * the pipeline gathers the state and the passages; tests check the wording follows the data.
 */
import type { FeatureStatus } from '../data/schema';
import type { Language } from '../i18n/language';
import { translate } from '../i18n/strings';
import { ATTRIBUTION_HTML } from '../map/attribution';
import { indicativeKinds, type PrintedLegendRow, printedLegend, visibleLegendLayers } from './export-legend';
import type { SourceLine } from './export-sources';
import type { FigureContent } from './figure-style';
import { isoDay } from './paper';
import { formatDenominator, scaleBarFor } from './scale-bar';

export interface FigureInputs {
  language: Language;
  title: string;
  reviewNumber: string;
  date: Date;
  visibleLayers: readonly string[];
  statuses: readonly FeatureStatus[];
  selectionName: string | null;
  /** Caption of the presented slide being exported, or null. */
  slideCaption?: string | null;
  /** Legend rows for the selection and tints (export-legend highlightRows), printed first. */
  highlights: PrintedLegendRow[];
  /** Title of the highlight block: plain, or naming the plan whose statuses colour the map. */
  highlightTitle: string;
  sources: SourceLine[];
  sourcesOmitted: number;
  sourcesError: string | null;
  /** Centre latitude and ground metres per printed millimetre there. */
  latitude: number;
  groundMetresPerPaperMm: number;
  /** Longest scale bar in millimetres. */
  scaleBarMaxMm: number;
  bearing: number;
  bounds: [number, number, number, number];
}

/** Attribution as plain text: the static list from src/map/attribution.ts without its link markup. */
export function attributionText(): string {
  return ATTRIBUTION_HTML.map((item) => item.replace(/<[^>]*>/g, '')).join(' · ');
}

export function figureContent(inputs: FigureInputs): FigureContent {
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate(inputs.language, key, values);
  const scaleBar = scaleBarFor(inputs.groundMetresPerPaperMm, inputs.scaleBarMaxMm);
  const kinds = indicativeKinds(inputs.visibleLayers);
  const day = isoDay(inputs.date);
  const review = inputs.reviewNumber.trim();
  return {
    title: inputs.title.trim(),
    subtitle: t('exportSubtitle', { date: day }),
    legendHeading: t('exportLegend'),
    legend: [
      ...(inputs.highlights.length > 0
        ? [{ id: 'highlight', title: inputs.highlightTitle, rows: inputs.highlights }]
        : []),
      ...printedLegend(inputs.visibleLayers, inputs.statuses, inputs.language, t('exportStatusLegend')),
    ],
    legendMore: t('exportLegendMore'),
    indicativeNotes: [
      ...(kinds.geometry ? [t('exportIndicativeGeometry')] : []),
      ...(kinds.ecology ? [t('exportIndicativeEcology')] : []),
    ],
    sourcesHeading: t('exportSourcesHeading'),
    sources: inputs.sources,
    sourcesMore: inputs.sourcesOmitted > 0 ? t('exportSourcesMore', { n: inputs.sourcesOmitted }) : null,
    sourcesEmpty: inputs.sourcesError
      ? t('exportSourcesUnavailable', { message: inputs.sourcesError })
      : t('exportSourcesEmpty'),
    attribution: t('exportAttribution', { sources: attributionText() }),
    dateLine: t('exportDate', { date: day }),
    reviewNumber: review ? t('exportReviewFilled', { value: review }) : t('exportReviewBlank'),
    northLabel: t('exportNorth'),
    scaleBar,
    scaleNote: t('exportScaleNote', {
      fraction: formatDenominator(scaleBar.denominator),
      lat: inputs.latitude.toFixed(1),
    }),
    bearing: inputs.bearing,
  };
}

const degrees = (value: number) => value.toFixed(2);

/** The alt-text-like summary shown in the dialog and embedded in the file. */
export function describeFigure(inputs: FigureInputs, content: FigureContent): string {
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate(inputs.language, key, values);
  const layers = visibleLegendLayers(inputs.visibleLayers)
    .map((layer) => layer.title[inputs.language])
    .join(t('exportListSeparator'));
  const [west, south, east, north] = inputs.bounds;
  return t('exportDescription', {
    title: content.title,
    west: degrees(west),
    east: degrees(east),
    south: degrees(south),
    north: degrees(north),
    fraction: formatDenominator(content.scaleBar.denominator),
    layers,
    highlight: `${inputs.slideCaption ? t('exportDescriptionSlide', { caption: inputs.slideCaption }) : ''}${
      inputs.selectionName ? t('exportDescriptionSelected', { name: inputs.selectionName }) : ''
    }`,
    sources: inputs.sources.length,
    date: isoDay(inputs.date),
    notes: content.indicativeNotes.join(' '),
  })
    .replace(/\s+/g, ' ')
    .trim();
}
