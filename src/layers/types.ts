import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Bilingual } from '../i18n/language';

export type LayerGroup = 'base' | 'admin' | 'planning' | 'transport' | 'ecology';

export type LegendSwatch =
  | { shape: 'line'; color: string; width: number; dash?: number[]; casing?: string; opacity?: number }
  | { shape: 'fill'; color: string; opacity: number; outline?: string; dashedOutline?: boolean }
  | { shape: 'circle'; color: string; radius: number; stroke?: string; hollow?: boolean }
  | { shape: 'relief' };

export interface LegendEntry {
  key: string;
  label: Bilingual;
  swatch: LegendSwatch;
}

/**
 * One row of a layer's category table. The paint expressions and the legend are both generated from these rows,
 * so the two cannot drift apart.
 */
export interface Category {
  value: string;
  label: Bilingual;
  color: string;
  /** Line width (px) or circle radius (px), depending on the layer. */
  size: number;
  opacity?: number;
}

export type LayerData =
  | { kind: 'geojson'; url: string }
  /** A georeferenced raster; `metadataUrl` gives its corner coordinates. */
  | { kind: 'image'; url: string; metadataUrl: string };

export interface LayerModule {
  /** Fixed id: file name and URL token. */
  id: string;
  group: LayerGroup;
  title: Bilingual;
  data: LayerData;
  defaultVisible: boolean;
  /** Below this zoom the data is not fetched and nothing is drawn (keeps first-view bytes small). */
  minzoom?: number;
  /** Clicking a feature selects it and opens the info panel. */
  interactive: boolean;
  /** Geometry is hand-authored or schematic: the info panel and legend say so. */
  indicative: false | 'geometry' | 'ecology';
  /** MapLibre style layers; they all read the source whose id is the module id. */
  styleLayers: LayerSpecification[];
  legend: LegendEntry[];
  /** The category table behind paint and legend, keyed on the feature's `kind` (or `zone`), for the info panel. */
  categories?: Category[];
  /** Style layer ids that respond to hover and click. */
  interactiveLayerIds: string[];
}

export type Expression = ExpressionSpecification;
