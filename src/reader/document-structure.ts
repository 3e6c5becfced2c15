/**
 * The reading structure of one plan document: blocks by id, children in reading order, the outline of headings
 * (parts, chapters, sections, boxes, items), and passage-to-passage navigation. Pure; built once per document.
 */
import type { BlockKind, PlanBlock } from '../data/schema.ts';

/** Blocks that carry a heading and hold other blocks; they make up the outline. */
export const CONTAINER_KINDS: readonly BlockKind[] = ['part', 'chapter', 'section', 'box', 'item'];
/** Blocks a reader steps through with prev/next: the text itself, not its headings. */
export const PASSAGE_KINDS: readonly BlockKind[] = ['paragraph', 'table', 'figure'];

export interface OutlineNode {
  id: string;
  kind: BlockKind;
  /** Heading as printed ("第二十七章 打造国家综合立体交通极", "专栏18 …"). */
  label: string;
  children: OutlineNode[];
}

export interface DocumentStructure {
  blocks: PlanBlock[];
  byId: Map<string, PlanBlock>;
  /** Reading-order position of each block. */
  position: Map<string, number>;
  /** Children in reading order; `null` key holds the document-level blocks. */
  children: Map<string | null, PlanBlock[]>;
  outline: OutlineNode[];
  /** Passage blocks in reading order. */
  passages: PlanBlock[];
}

export function buildStructure(blocks: PlanBlock[]): DocumentStructure {
  const byId = new Map<string, PlanBlock>();
  const position = new Map<string, number>();
  const children = new Map<string | null, PlanBlock[]>();
  blocks.forEach((block, index) => {
    byId.set(block.id, block);
    position.set(block.id, index);
  });
  for (const block of blocks) {
    // A parent missing from the file would hide its children; hang them at document level instead.
    const parent = block.parent !== null && byId.has(block.parent) ? block.parent : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(block);
    else children.set(parent, [block]);
  }
  const outlineOf = (parent: string | null): OutlineNode[] =>
    (children.get(parent) ?? [])
      .filter((block) => CONTAINER_KINDS.includes(block.kind))
      .map((block) => ({
        id: block.id,
        kind: block.kind,
        label: headingLabel(block),
        children: outlineOf(block.id),
      }));
  return {
    blocks,
    byId,
    position,
    children,
    outline: outlineOf(null),
    passages: blocks.filter((block) => PASSAGE_KINDS.includes(block.kind)),
  };
}

/**
 * Heading line as printed, tidied for lists and citations: no trailing full stop (001's items read "1.把握…要求。"),
 * and a space after the ordinal where the PDF text lost it ("第一章发展背景" → "第一章 发展背景").
 */
export function headingLabel(block: Pick<PlanBlock, 'text' | 'title'>): string {
  const text = block.text.trim() || block.title || '';
  return text
    .replace(/[。．.]+$/u, '')
    .replace(/^(第[〇零一二三四五六七八九十百\d]{1,6}[篇章节]|专栏\s?\d+|图\s?\d+)(?=[^\s\d])/u, '$1 ');
}

/** Enclosing blocks from the outermost down, not including the block itself. */
export function ancestorsOf(structure: DocumentStructure, blockId: string): PlanBlock[] {
  const chain: PlanBlock[] = [];
  let current = structure.byId.get(blockId);
  const seen = new Set<string>();
  while (current?.parent && !seen.has(current.parent)) {
    seen.add(current.parent);
    const parent = structure.byId.get(current.parent);
    if (!parent) break;
    chain.unshift(parent);
    current = parent;
  }
  return chain;
}

/**
 * The passage before or after a block in reading order. From a heading, "next" is the first passage under it
 * and "previous" the last passage before it; both cross section, chapter and part boundaries.
 */
export function adjacentPassage(
  structure: DocumentStructure,
  blockId: string,
  direction: 'previous' | 'next',
): PlanBlock | null {
  const at = structure.position.get(blockId);
  if (at === undefined) return direction === 'next' ? (structure.passages[0] ?? null) : null;
  const { blocks } = structure;
  if (direction === 'next') {
    for (let index = at + 1; index < blocks.length; index++) {
      const block = blocks[index];
      if (block && PASSAGE_KINDS.includes(block.kind)) return block;
    }
  } else {
    for (let index = at - 1; index >= 0; index--) {
      const block = blocks[index];
      if (block && PASSAGE_KINDS.includes(block.kind)) return block;
    }
  }
  return null;
}

/** Ids of the outline nodes that must be open for a block to be visible in the outline. */
export function outlinePathTo(structure: DocumentStructure, blockId: string): string[] {
  const path = ancestorsOf(structure, blockId).map((block) => block.id);
  const block = structure.byId.get(blockId);
  if (block && CONTAINER_KINDS.includes(block.kind)) path.push(block.id);
  return path;
}

/** Nearest outline node at or above a block: what the outline marks as "you are here". */
export function outlineNodeFor(structure: DocumentStructure, blockId: string): string | null {
  const block = structure.byId.get(blockId);
  if (block && CONTAINER_KINDS.includes(block.kind)) return block.id;
  const ancestors = ancestorsOf(structure, blockId);
  return ancestors.at(-1)?.id ?? null;
}
