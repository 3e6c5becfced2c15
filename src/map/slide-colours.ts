/**
 * Colours of a presented slide's highlights, moving dots and arcs: one table for the deck.gl overlay, the slide
 * legend and the exported figure, so the three cannot drift apart.
 */
export const SLIDE_COLOURS = {
  highlight: '#ffb000',
  /** Rim of the dots moving along a corridor, and the Chengdu end of the arcs. */
  flow: '#c81e1e',
  /** The far end of the arcs. */
  arcEnd: '#0a58ca',
} as const;

/** "#rrggbb" → [r, g, b, alpha] for deck.gl. */
export function rgba(hex: string, alpha = 255): [number, number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255, alpha];
}
