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
