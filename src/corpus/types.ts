/**
 * Shapes of the parsed plan corpus. A document file (public/data/plans/<doc-id>.json) is a `PlanDocument`;
 * the catalogue part is shared with public/data/plans/index.json.
 */
import type { BlockKind, PlanBlock } from '../data/schema.ts';

export type DocumentKind = 'five-year-plan-outline' | 'regional-plan' | 'decision' | 'work-report' | 'notice';

/** A place where the source lost text. Recorded so the reader can say so; the lost text is never invented. */
export interface SourceGap {
  /** Lines on either side of the loss (1-based, inclusive), or the last line when the file ends mid-sentence. */
  lines: [number, number];
  /** Block that holds the text just before the gap. */
  block: string | null;
  note: string;
}

/** Text that the parser dropped from block text because it is a verbatim copy of earlier text. */
export interface RemovedText {
  lines: [number, number];
  /** Line holding the first (kept) occurrence. */
  duplicate_of: number;
  reason: string;
  text: string;
}

/** A value quoted from the source, with the line that states it. */
export interface CitedValue {
  text: string;
  line: number;
}

export interface PlanPeriod {
  start: number | null;
  end: number;
  cited: CitedValue;
}

export interface PlanDate {
  /** ISO date as the text states it. */
  iso: string;
  /** What happened on that date. */
  event: 'approved' | 'adopted' | 'issued' | 'published';
  cited: CitedValue;
}

export interface CatalogueEntry {
  id: string;
  /** seeds/ file, e.g. "seeds/000_b459015e3797d6d0.txt". */
  source: string;
  /** Line range of this document inside the source file (003 holds six documents). */
  source_lines: [number, number];
  title_zh: string;
  title_en: string;
  issuer: string | null;
  issuer_cited: CitedValue | null;
  /** Main date (approval, adoption or issue); null when the text states none. */
  date: PlanDate | null;
  /** Further dates the text states (e.g. web publication). */
  other_dates: PlanDate[];
  period: PlanPeriod | null;
  kind: DocumentKind;
  /** Later document that replaces this one, when one is known; a note says how sure that is. */
  successor: { id: string | null; note: string } | null;
  notes: string[];
}

export interface PlanDocument extends CatalogueEntry {
  gaps: SourceGap[];
  removed: RemovedText[];
  blocks: PlanBlock[];
}

/** One source file handed to the parser: the path is only used in messages and in `source`. */
export interface SourceFile {
  path: string;
  bytes: Uint8Array;
}

/** One entry of public/data/plans/index.json: the catalogue part of a document plus its file and sizes. */
export interface IndexEntry extends CatalogueEntry {
  /** Path of the document file relative to public/, e.g. "data/plans/sc15.json". */
  file: string;
  block_count: number;
  kinds: Partial<Record<BlockKind, number>>;
  bytes: number;
  gzip_bytes: number;
}

/** public/data/plans/index.json */
export interface CorpusIndex {
  documents: IndexEntry[];
}
