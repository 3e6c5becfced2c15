/**
 * Search snippets with their matched characters marked, as plain strings for React to render as elements.
 * Nothing here produces markup, so text from the data can never become HTML.
 */
export interface Segment {
  text: string;
  highlighted: boolean;
}

export function highlightSegments(text: string, ranges: readonly (readonly [number, number])[]): Segment[] {
  // Clamp, sort and merge: ranges from the worker may overlap (a term and its bigrams) or run past the end.
  const clean = ranges
    .map(([start, end]) => [Math.max(0, start), Math.min(text.length, end)] as [number, number])
    .filter(([start, end]) => end > start)
    .sort((left, right) => left[0] - right[0]);
  const merged: [number, number][] = [];
  for (const range of clean) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  const segments: Segment[] = [];
  let from = 0;
  for (const [start, end] of merged) {
    if (start > from) segments.push({ text: text.slice(from, start), highlighted: false });
    segments.push({ text: text.slice(start, end), highlighted: true });
    from = end;
  }
  if (from < text.length) segments.push({ text: text.slice(from), highlighted: false });
  return segments;
}
