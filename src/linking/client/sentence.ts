/**
 * Sentence extraction around a mention, and splitting text into plain/highlighted segments. Pure string work:
 * components turn the segments into React elements, so plan text is never parsed as HTML.
 */

export interface Segment {
  text: string;
  /** True for the mention's surface form (rendered as <mark>). */
  mark: boolean;
}

export interface Sentence {
  segments: Segment[];
  /** The sentence was cut short at the start or end to stay readable. */
  clippedStart: boolean;
  clippedEnd: boolean;
  /** The whole sentence as plain text (for citations). */
  text: string;
}

/** Characters that end a sentence in the plans (full stops, semicolons that separate commitments, line breaks). */
const TERMINATORS = new Set(['。', '！', '？', '；', '!', '?', ';', '\n']);

/**
 * The sentence of `text` that holds [start, end), with every span in `marks` that falls inside it marked.
 * Long sentences are clipped to about `maxChars` around the mention, so a list of 40 projects stays readable.
 */
export function extractSentence(
  text: string,
  start: number,
  end: number,
  marks: readonly { start: number; end: number }[] = [{ start, end }],
  maxChars = 160,
): Sentence {
  const safeStart = Math.max(0, Math.min(start, text.length));
  const safeEnd = Math.max(safeStart, Math.min(end, text.length));
  let from = safeStart;
  while (from > 0 && !TERMINATORS.has(text[from - 1] as string)) from--;
  let to = safeEnd;
  while (to < text.length && !TERMINATORS.has(text[to] as string)) to++;
  if (to < text.length && text[to] !== '\n') to++; // keep the full stop
  while (from < safeStart && /\s/.test(text[from] as string)) from++;

  let clippedStart = false;
  let clippedEnd = false;
  if (to - from > maxChars) {
    const room = Math.max(0, maxChars - (safeEnd - safeStart));
    const before = Math.floor(room / 2);
    const newFrom = Math.max(from, safeStart - before);
    const newTo = Math.min(to, Math.max(safeEnd + (room - (safeStart - newFrom)), safeEnd));
    clippedStart = newFrom > from;
    clippedEnd = newTo < to;
    from = newFrom;
    to = newTo;
  }
  const inside = marks
    .filter((m) => m.start >= from && m.end <= to && m.end > m.start)
    .map((m) => ({ start: m.start - from, end: m.end - from }));
  const sentence = text.slice(from, to);
  return { segments: splitMarked(sentence, inside), clippedStart, clippedEnd, text: sentence };
}

/** Splits `text` into alternating plain and marked segments; overlapping spans are merged. */
export function splitMarked(text: string, spans: readonly { start: number; end: number }[]): Segment[] {
  const sorted = [...spans]
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number }[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const span of merged) {
    if (span.start > at) segments.push({ text: text.slice(at, span.start), mark: false });
    segments.push({ text: text.slice(span.start, span.end), mark: true });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}
