/**
 * Area → passages: every block that links one of a set of features, grouped by document in date order.
 */
import type { DocumentInfo } from '../lookup.ts';
import type { Link } from '../types.ts';

export interface Passage {
  doc: string;
  block: string;
  /** Links in the block to features of the set, reading order. */
  links: Link[];
  /** Distinct features of the set the block names, reading order. */
  features: string[];
  line: number;
}

export interface DocumentPassages {
  doc: string;
  date: string | null;
  passages: Passage[];
}

/** Date order as the lookup uses it: dated documents oldest first, undated last, then by id. */
export function documentOrder(documents: readonly DocumentInfo[]): Map<string, number> {
  const sorted = [...documents].sort(
    (a, b) =>
      (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) ||
      (a.date ?? '').localeCompare(b.date ?? '') ||
      a.id.localeCompare(b.id),
  );
  return new Map(sorted.map((d, index) => [d.id, index]));
}

export function passagesAbout(
  links: readonly Link[],
  featureIds: ReadonlySet<string>,
  documents: readonly DocumentInfo[],
): DocumentPassages[] {
  const rank = documentOrder(documents);
  const dates = new Map(documents.map((d) => [d.id, d.date]));
  const byDoc = new Map<string, Map<string, Passage>>();
  // links.json is in reading order per document, so insertion order keeps passages in reading order.
  for (const link of links) {
    if (!featureIds.has(link.feature)) continue;
    const blocks = byDoc.get(link.doc) ?? new Map<string, Passage>();
    byDoc.set(link.doc, blocks);
    const passage = blocks.get(link.block) ?? {
      doc: link.doc,
      block: link.block,
      links: [],
      features: [],
      line: link.line,
    };
    blocks.set(link.block, passage);
    passage.links.push(link);
    if (!passage.features.includes(link.feature)) passage.features.push(link.feature);
  }
  return [...byDoc.entries()]
    .map(([doc, blocks]) => ({ doc, date: dates.get(doc) ?? null, passages: [...blocks.values()] }))
    .sort(
      (a, b) =>
        (rank.get(a.doc) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.doc) ?? Number.MAX_SAFE_INTEGER) ||
        a.doc.localeCompare(b.doc),
    );
}
