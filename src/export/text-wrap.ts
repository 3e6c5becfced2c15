/**
 * Line breaking for the printed text blocks: Chinese breaks between any two characters, Latin text at spaces.
 * `measure` is injected (canvas measureText in the composer, a fixed width per character in tests).
 */

const TOKEN =
  /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|\s+/g;

export function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(TOKEN) ?? []) {
    const candidate = line + token;
    if (measure(candidate) <= width || line.trim() === '') {
      // A single token wider than the line (a long URL) is cut by characters.
      if (measure(candidate) > width && line.trim() === '') {
        for (const char of token) {
          if (measure(line + char) > width && line) {
            lines.push(line);
            line = '';
          }
          line += char;
        }
      } else line = candidate;
      continue;
    }
    lines.push(line.trimEnd());
    line = /^\s+$/.test(token) ? '' : token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** At most `maxLines` lines; the last one ends with an ellipsis when text was cut. */
export function clampLines(
  lines: string[],
  maxLines: number,
  width: number,
  measure: (text: string) => number,
): string[] {
  if (lines.length <= maxLines) return lines;
  if (maxLines <= 0) return [];
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  while (last && measure(`${last}…`) > width) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last}…`;
  return kept;
}
