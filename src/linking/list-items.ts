/**
 * 、-separated list items that end where a shared suffix (or 等 + modifier + suffix) begins. Used for distributive
 * lists (三坝、米市、观口等大中型水库) and for list-context false friends (…、川藏铁路、…等国家级创新中心).
 */

const ITEM_STOP = new Set([...'，。；：,;:“”"《》！？!?\n', '和', '及', '与', '或']);

export interface ListItems {
  /** [start, end) of each item, the one next to the suffix first. */
  items: [number, number][];
  /** True when 等 and/or a modifier separate the last item from the suffix. */
  gap: boolean;
  modifier: string;
}

/** Start of a list item that ends at `end` (exclusive), scanning back to a separator or a stop character. */
function itemStart(text: string, end: number, maxLength: number): number {
  let start = end;
  while (start > 0 && end - start < maxLength) {
    const char = text[start - 1] as string;
    if (char === '、' || ITEM_STOP.has(char)) break;
    start--;
  }
  return start;
}

export function listItemsBefore(
  text: string,
  at: number,
  modifiers: string[],
  maxItemLength: number,
): ListItems {
  let modifier = '';
  for (const candidate of modifiers) {
    if (candidate.length > modifier.length && text.slice(at - candidate.length, at) === candidate)
      modifier = candidate;
  }
  let itemEnd = at - modifier.length;
  if (text[itemEnd - 1] === '等') itemEnd--;
  const gap = itemEnd !== at;
  const items: [number, number][] = [];
  let end = itemEnd;
  while (end > 0 && items.length < 16) {
    const start = itemStart(text, end, maxItemLength);
    if (start === end) break;
    items.push([start, end]);
    if (text[start - 1] !== '、') break;
    end = start - 1;
  }
  return { items, gap, modifier };
}
