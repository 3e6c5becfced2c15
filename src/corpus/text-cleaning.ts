/**
 * Small text helpers shared by the parsers. Every cleaning step only deletes characters, so a block's clean text
 * stays a subsequence of its source lines (the round-trip guarantee).
 */

/** Marks that end a sentence or a clause that can end a paragraph. */
const terminalMarks = new Set(['。', '；', '！', '？', '：', '”', '）', ';', ':', ')', '!', '?']);

/** True when the text (ignoring trailing whitespace) ends a sentence, so the next line is not its continuation. */
export function endsSentence(text: string): boolean {
  const trimmed = text.trimEnd();
  const last = trimmed[trimmed.length - 1];
  return last !== undefined && terminalMarks.has(last);
}

/** True for characters that are neither ASCII nor whitespace (CJK ideographs and full-width punctuation). */
export function isWide(character: string | undefined): boolean {
  if (character === undefined) return false;
  const code = character.codePointAt(0) ?? 0;
  return code > 0x7f && character !== '\u3000';
}

function isAsciiWord(character: string | undefined): boolean {
  return character !== undefined && /[A-Za-z0-9]/.test(character);
}

/**
 * Deletes the spaces that PDF extraction left inside Chinese text (`天府国际机 场`, `1． 91`), keeping a space
 * only where it separates two ASCII words or numbers (`Z 箍缩` loses it, `2 × 475` keeps none either).
 */
export function deleteExtractionSpaces(text: string): string {
  let result = '';
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (character === ' ' || character === '\u3000') {
      const before = result[result.length - 1];
      let afterIndex = index + 1;
      while (text[afterIndex] === ' ' || text[afterIndex] === '\u3000') afterIndex++;
      const after = text[afterIndex];
      if (isAsciiWord(before) && isAsciiWord(after)) result += ' ';
      index = afterIndex - 1;
      continue;
    }
    result += character;
  }
  return result.trim();
}

/** Deletes a space only when both neighbours are wide characters (001's PDF line-break spaces). */
export function deleteSpacesBetweenWide(text: string): string {
  let result = '';
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (character === ' ' && isWide(result[result.length - 1]) && isWide(text[index + 1])) continue;
    result += character;
  }
  return result;
}

/**
 * The run-in lead sentence of a paragraph (`打造轨道上的都市圈。`, `经济实力大幅提升。`): a short first
 * sentence without commas that is followed by more text.
 */
export function runInLead(text: string, maximumLength = 26): string | undefined {
  const match = /^(——)?[^。，,；;：:！？\n]{2,}?[。：:]/.exec(text);
  if (!match) return undefined;
  const lead = match[0];
  if (lead.length > maximumLength || lead.length === text.length) return undefined;
  return lead;
}

/**
 * Width of a printed line in em: ideographs and full-width marks 1, ASCII `,():;` 1 (they stand for full-width marks
 * in the PDF extraction), curly quotes ½, other ASCII ½, spaces 0. Paragraph starts in 003 are found from the
 * two-em indent of their first line, so only relative widths matter.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    if (character === ' ' || character === '\u3000' || character === '\t') continue;
    if (',():;'.includes(character)) width += 1;
    else if ('“”‘’'.includes(character)) width += 0.5;
    else width += isWide(character) ? 1 : 0.5;
  }
  return width;
}
