/**
 * Char → source-line map. Block text is cleaned (page-break splits joined, stray spaces and junk dropped), so a
 * mention's line is found by searching its normalised surface in the block's own raw lines, where whitespace and
 * line breaks are ignored: `金花寺⏎水库` is found and reported at the line where 金花寺 starts.
 */
import { normalizeForm, normalizeText } from './normalize.ts';

export interface RawStream {
  /** Normalised characters of raw lines first..last, line breaks removed. */
  text: string;
  /** Source line of each character. */
  lines: number[];
}

/** Normalised stream of the 1-based inclusive line range of a source file (split on \n). */
export function rawStream(sourceLines: string[], first: number, last: number): RawStream {
  let text = '';
  const lines: number[] = [];
  for (let line = first; line <= last; line++) {
    const norm = normalizeText(sourceLines[line - 1] ?? '').text;
    text += norm;
    for (let index = 0; index < norm.length; index++) lines.push(line);
  }
  return { text, lines };
}

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) out.push(at);
  return out;
}

/**
 * Locator for one block: maps a mention (offset + surface) to the line where it starts.
 * The k-th occurrence of the surface in the block is taken to be the k-th in the raw lines; when the counts differ
 * (the parser dropped a spliced duplicate, or cleaned a character), the raw occurrence at the closest relative
 * position wins, and without any occurrence the relative position itself decides.
 */
export function createLineLocator(
  blockText: string,
  raw: RawStream,
  blockLines: [number, number],
): (start: number, surface: string) => number {
  const block = normalizeText(blockText);
  return (start, surface) => {
    const needle = normalizeForm(surface);
    const normStart = block.offsets.findIndex((offset) => offset >= start);
    const inBlock = occurrences(block.text, needle);
    const inRaw = occurrences(raw.text, needle);
    const relative = block.text.length > 0 ? Math.max(normStart, 0) / block.text.length : 0;
    let rawIndex: number | undefined;
    if (inRaw.length > 0) {
      const k = inBlock.indexOf(normStart);
      if (inRaw.length === inBlock.length && k !== -1) rawIndex = inRaw[k];
      else {
        rawIndex = inRaw.reduce((best, at) =>
          Math.abs(at / raw.text.length - relative) < Math.abs(best / raw.text.length - relative) ? at : best,
        );
      }
    } else if (raw.text.length > 0) {
      rawIndex = Math.min(raw.text.length - 1, Math.floor(relative * raw.text.length));
    }
    const line = rawIndex === undefined ? undefined : raw.lines[rawIndex];
    if (line === undefined) return blockLines[0];
    return Math.min(Math.max(line, blockLines[0]), blockLines[1]);
  };
}
