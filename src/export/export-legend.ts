/**
 * The printed legend: visible layers only, rows taken from each layer's own legend table (the table the paint is
 * generated from), labels in the chosen language. The status line styles repeat in every line layer's table on
 * screen; on paper they are printed once, for the statuses the filter shows.
 */
import type { FeatureStatus } from '../data/schema';
import type { Language } from '../i18n/language';
import { LAYER_REGISTRY } from '../layers';
import { STATUS_STYLES } from '../layers/style-helpers';
import type { LayerModule, LegendSwatch } from '../layers/types';

export interface PrintedLegendRow {
  label: string;
  swatch: LegendSwatch;
}

export interface PrintedLegendSection {
  /** Layer id, or "status" for the shared line-style block. */
  id: string;
  title: string;
  rows: PrintedLegendRow[];
}

const isStatusRow = (key: string) => key.includes('-status-');

/** Top of the drawing order first, as the layer panel lists them. */
export function visibleLegendLayers(visible: readonly string[]): LayerModule[] {
  const shown = new Set(visible);
  return [...LAYER_REGISTRY].reverse().filter((layer) => layer.id === 'provinces' || shown.has(layer.id));
}

export function printedLegend(
  visible: readonly string[],
  statuses: readonly FeatureStatus[],
  language: Language,
  statusTitle: string,
): PrintedLegendSection[] {
  const sections: PrintedLegendSection[] = [];
  let anyStatusRows = false;
  for (const layer of visibleLegendLayers(visible)) {
    const rows = layer.legend
      .filter((entry) => {
        if (!isStatusRow(entry.key)) return true;
        anyStatusRows = true;
        return false;
      })
      .map((entry) => ({ label: entry.label[language], swatch: entry.swatch }));
    if (rows.length > 0) sections.push({ id: layer.id, title: layer.title[language], rows });
  }
  if (anyStatusRows) {
    const rows = STATUS_STYLES.filter((status) => statuses.includes(status.value)).map((status) => ({
      label: status.label[language],
      swatch: {
        shape: 'line' as const,
        color: '#555',
        width: 2 * status.widthFactor,
        ...(status.dash ? { dash: status.dash } : {}),
      },
    }));
    if (rows.length > 0) sections.push({ id: 'status', title: statusTitle, rows });
  }
  return sections;
}

/** Which kinds of approximation the visible layers carry, so the figure can say so (never passed off as official). */
export function indicativeKinds(visible: readonly string[]): { geometry: boolean; ecology: boolean } {
  const layers = visibleLegendLayers(visible);
  return {
    geometry: layers.some((layer) => layer.indicative === 'geometry'),
    ecology: layers.some((layer) => layer.indicative === 'ecology'),
  };
}

export interface HighlightInput {
  /** Selected feature's name and the colour its highlight layer draws in (read from the live style). */
  selection: { name: string; shape: 'line' | 'circle'; colour: string } | null;
  /** Tint colours in use (plan colouring or chapter) and how many features carry each. */
  tints: ReadonlyMap<string, number>;
  /** Tint colour → its meaning when the colours are the plan-status palette. */
  tintLabels: ReadonlyMap<string, string>;
  /** Label for a tint colour with no palette meaning (a chapter's features), given the feature count. */
  otherTint: (count: number) => string;
}

/** Legend rows for what is highlighted on top of the layer symbols: the selection and any tints. */
export function highlightRows(input: HighlightInput): PrintedLegendRow[] {
  const rows: PrintedLegendRow[] = [];
  if (input.selection)
    rows.push({
      label: input.selection.name,
      swatch:
        input.selection.shape === 'circle'
          ? { shape: 'circle', color: input.selection.colour, radius: 6 }
          : { shape: 'line', color: input.selection.colour, width: 5, opacity: 0.85 },
    });
  for (const [colour, count] of input.tints)
    rows.push({
      label: input.tintLabels.get(colour) ?? input.otherTint(count),
      swatch: { shape: 'line', color: colour, width: 5, opacity: 0.8 },
    });
  return rows;
}
