/**
 * Linked mentions of one block as non-overlapping spans, and text split around them. Pure string work: the
 * reader turns the pieces into React elements (buttons for mentions), so plan text never becomes markup.
 */

export interface MentionSpan {
  start: number;
  end: number;
  feature: string;
  layer: string;
}

/**
 * The links to show in a block: where links overlap or repeat, the longest wins (the earlier on a tie); the
 * rest are dropped. Returned in reading order.
 */
export function nonOverlappingMentions<T extends MentionSpan>(links: readonly T[]): T[] {
  const candidates = links
    .filter((link) => link.end > link.start)
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const link of candidates)
    if (!kept.some((other) => link.start < other.end && other.start < link.end)) kept.push(link);
  return kept.sort((a, b) => a.start - b.start);
}

export type MentionPiece<T> = { text: string; mention: T | null };

/**
 * `text` (which starts at `offset` in the block's text) split into plain pieces and mention pieces. `mentions`
 * must be non-overlapping and in order; a mention that crosses the piece's edge is cut to it.
 */
export function splitAtMentions<T extends MentionSpan>(
  text: string,
  offset: number,
  mentions: readonly T[],
): MentionPiece<T>[] {
  const pieces: MentionPiece<T>[] = [];
  let at = 0;
  for (const mention of mentions) {
    const start = Math.max(mention.start - offset, at);
    const end = Math.min(mention.end - offset, text.length);
    if (end <= start) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), mention: null });
    pieces.push({ text: text.slice(start, end), mention });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mention: null });
  return pieces;
}
