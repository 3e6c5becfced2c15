/**
 * Match-time normalisation. The plans mix ASCII and full-width punctuation (`中国(绵阳)科技城` vs `中国（绵阳）科技城`),
 * put stray spaces inside names (`天府国际机 场`, `G4216 屏山`) and keep Markdown bold markers, so surface forms and
 * text are compared in a normalised space. Every normalised character remembers the offset it came from, so a match
 * can be reported as a slice of the original text.
 */

export interface NormalizedText {
  /** Normalised characters. */
  text: string;
  /** For each normalised character, its UTF-16 offset in the original string. */
  offsets: number[];
}

/** Characters dropped before matching: whitespace (incl. U+3000) and Markdown emphasis. */
function isDropped(char: string): boolean {
  return /\s/u.test(char) || char === '*' || char === '\u3000' || char === '\ufeff';
}

/** Full-width ASCII variants (U+FF01–U+FF5E) → ASCII; dashes → U+2014, so `-`, `－`, `–` and `—` compare equal. */
export function normalizeChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return normalizeChar(String.fromCharCode(code - 0xfee0));
  if (char === '-' || char === '–' || char === '－' || char === '―') return '—';
  if (char >= 'a' && char <= 'z') return char.toUpperCase();
  return char;
}

export function normalizeText(original: string): NormalizedText {
  let text = '';
  const offsets: number[] = [];
  for (let index = 0; index < original.length; index++) {
    const char = original[index] as string;
    if (isDropped(char)) continue;
    text += normalizeChar(char);
    offsets.push(index);
  }
  return { text, offsets };
}

/** Normalised key of a surface form (no offsets). */
export function normalizeForm(form: string): string {
  return normalizeText(form).text;
}

/**
 * Converts a normalised [start, end) range back to an original [start, end) range. The end is the offset just after
 * the last kept character, so interior spaces stay inside the slice (`天府国际机 场`), trailing ones do not.
 */
export function toOriginalRange(norm: NormalizedText, start: number, end: number): [number, number] {
  const first = norm.offsets[start];
  const last = norm.offsets[end - 1];
  if (first === undefined || last === undefined) throw new RangeError(`range ${start}-${end} outside text`);
  return [first, last + 1];
}
