/**
 * Where a document's source lost text or carried spliced copies, placed on the blocks the reader shows. The parser
 * records each gap against the block before it; when its note quotes the words the text breaks off at
 * (`after "农林产业等"`), the marker goes right after those words, otherwise at the end of the block.
 */
import type { RemovedText, SourceGap } from '../corpus/types.ts';
import type { PlanBlock } from '../data/schema.ts';

export interface GapMarker {
  /** Character offset in the block text where the loss is. */
  offset: number;
  note: string;
  lines: [number, number];
}

export interface RemovedMarker {
  duplicateOf: number;
  lines: [number, number];
  reason: string;
}

export function gapOffset(text: string, note: string): number {
  const quoted = /(?:after|at) "([^"]+)"/.exec(note)?.[1];
  if (quoted) {
    const found = text.indexOf(quoted);
    if (found !== -1) return found + quoted.length;
  }
  return text.length;
}

export function gapMarkersByBlock(blocks: PlanBlock[], gaps: SourceGap[]): Map<string, GapMarker[]> {
  const byId = new Map(blocks.map((block) => [block.id, block]));
  const markers = new Map<string, GapMarker[]>();
  for (const gap of gaps) {
    const block = gap.block ? byId.get(gap.block) : undefined;
    // A gap with no block (before the first heading) is shown at the document start.
    const key = block?.id ?? '';
    const marker = { offset: block ? gapOffset(block.text, gap.note) : 0, note: gap.note, lines: gap.lines };
    markers.set(
      key,
      [...(markers.get(key) ?? []), marker].sort((a, b) => a.offset - b.offset),
    );
  }
  return markers;
}

/** Removed splices go on the innermost text block whose lines hold them. */
export function removedMarkersByBlock(
  blocks: PlanBlock[],
  removed: RemovedText[],
): Map<string, RemovedMarker[]> {
  const markers = new Map<string, RemovedMarker[]>();
  for (const entry of removed) {
    const holder = blocks
      .filter((block) => block.kind === 'paragraph' || block.kind === 'table' || block.kind === 'item')
      .find((block) => block.lines[0] <= entry.lines[0] && entry.lines[1] <= block.lines[1]);
    const key = holder?.id ?? '';
    const marker = { duplicateOf: entry.duplicate_of, lines: entry.lines, reason: entry.reason };
    markers.set(key, [...(markers.get(key) ?? []), marker]);
  }
  return markers;
}

/** Splits a block's text at its gap markers: text, gap, text… */
export function splitAtGaps(
  text: string,
  markers: GapMarker[],
): ({ kind: 'text'; text: string } | { kind: 'gap'; marker: GapMarker })[] {
  const pieces: ({ kind: 'text'; text: string } | { kind: 'gap'; marker: GapMarker })[] = [];
  let from = 0;
  for (const marker of markers) {
    const at = Math.min(Math.max(marker.offset, from), text.length);
    if (at > from) pieces.push({ kind: 'text', text: text.slice(from, at) });
    pieces.push({ kind: 'gap', marker });
    from = at;
  }
  if (from < text.length) pieces.push({ kind: 'text', text: text.slice(from) });
  return pieces;
}
