import type { PlanBlock } from '../data/schema.ts';

/**
 * Index of the first character of `text` that cannot be found, in order, within the block's source lines
 * (joined with newlines); -1 when every character is traceable. Clean text is made only by deletion, so any
 * failure means a parser invented or reordered text.
 */
export function untraceableCharacter(block: Pick<PlanBlock, 'text' | 'lines'>, lines: string[]): number {
  const source = lines.slice(block.lines[0] - 1, block.lines[1]).join('\n');
  let position = 0;
  for (let index = 0; index < block.text.length; index++) {
    const found = source.indexOf(block.text[index] ?? '', position);
    if (found === -1) return index;
    position = found + 1;
  }
  return -1;
}
