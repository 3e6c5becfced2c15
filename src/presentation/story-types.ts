/** Stories and briefings as data (data/stories/*.json, public/data/stories.json, the user's briefing). */

export interface Bilingual {
  zh: string;
  en: string;
}

export interface StoryView {
  center: [number, number];
  zoom: number;
  bearing: number;
}

/** Where a drawn flow's coordinates come from: flows are schematic, never surveyed alignments. */
export interface FlowProvenance {
  source: string;
  accuracy_m: number;
  schematic: boolean;
  note?: string;
}

/** An arc from a node to an out-of-province hub (deck.gl ArcLayer). */
export interface ArcFlow {
  kind: 'arc';
  id: string;
  from: [number, number];
  to: [number, number];
  label: Bilingual;
  provenance: FlowProvenance;
}

/** Dots moving along a highlighted line feature (deck.gl ScatterplotLayer); the geometry is the feature's own. */
export interface TrailFlow {
  kind: 'trail';
  id: string;
  feature: string;
  provenance: FlowProvenance;
}

export type StoryFlow = ArcFlow | TrailFlow;

/** A highlighted feature no passage of its slide links to, with the reason it is shown anyway. */
export interface UnlinkedHighlight {
  feature: string;
  reason: string;
}

export interface StorySlide {
  id: string;
  title: Bilingual;
  caption: Bilingual;
  view: StoryView;
  layers: string[];
  highlight: string[];
  passages: string[];
  unlinked?: UnlinkedHighlight[];
  flows?: StoryFlow[];
}

export interface Story {
  id: string;
  title: Bilingual;
  description: Bilingual;
  slides: StorySlide[];
}

export interface StoriesFile {
  version: 1;
  stories: Story[];
}

/** What a story may refer to. Feature and passage sets are optional: the browser import checks what it can. */
export interface ValidationContext {
  layerIds: readonly string[];
  /** Feature id → its geometry type ("LineString", "Polygon", …). */
  features?: ReadonlyMap<string, string>;
  passages?: ReadonlySet<string>;
  /** Curated stories need both languages filled in; a user's own briefing may leave text empty. */
  requireBothLanguages: boolean;
}

export interface StoryProblem {
  /** 1-based line in the source text, when the problem can be placed. */
  line: number | null;
  message: string;
}
