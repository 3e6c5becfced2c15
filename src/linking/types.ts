/**
 * Shapes used by the linker (src/linking) and its build/eval scripts. public/data/links.json is `Link[]`;
 * public/data/links-unlinked.json is `CoverageReport`.
 */

export type StatusClass =
  | 'completed'
  | 'under-construction'
  | 'start'
  | 'preparatory'
  | 'study'
  | 'upgrade'
  | 'mention';

export const STATUS_CLASSES: readonly StatusClass[] = [
  'completed',
  'under-construction',
  'start',
  'preparatory',
  'study',
  'upgrade',
  'mention',
];

/** The part of a layer feature the gazetteer needs. */
export interface GazetteerFeature {
  id: string;
  layer: string;
  name_zh: string;
  aliases: string[];
}

/** How a surface form was obtained; decides the confidence of a link. */
export type FormSource = 'name' | 'alias' | 'extra' | 'group' | 'distributive';

export interface FormTarget {
  features: string[];
  source: FormSource;
  /** Layer of the (first) feature; used to break ties between features that share a form. */
  layer: string;
}

/** One mention found in a text, in original offsets. */
export interface Mention {
  start: number;
  end: number;
  surface: string;
  features: string[];
  source: FormSource;
  /** Ambiguity: the form named several features and the layer priority picked these. */
  ambiguous: boolean;
}

export interface Link {
  feature: string;
  layer: string;
  doc: string;
  block: string;
  start: number;
  end: number;
  surface: string;
  line: number;
  status_class: StatusClass;
  confidence: number;
}

export interface UnlinkedName {
  name: string;
  /** Suffix class that made it look like a name (铁路, 机场 …) or `list` for distributive items. */
  kind: string;
  count: number;
  docs: string[];
  /** First occurrences, enough to find them in the reader. */
  examples: { doc: string; block: string; line: number }[];
}

export interface CoverageReport {
  /** Distinct place/project names found: linked features + unlinked names. */
  names_total: number;
  /** Distinct features with at least one link. */
  features_linked: number;
  links: number;
  unlinked_names: number;
  unlinked_mentions: number;
  by_layer: Record<string, { features: number; links: number }>;
  unlinked: UnlinkedName[];
}
