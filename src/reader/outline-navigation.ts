/**
 * Keyboard movement in the outline tree (WAI-ARIA tree pattern): ↑/↓ through the visible headings, → opens a
 * heading or goes to its first child, ← closes it or goes to its parent, Home/End to the ends.
 */
import type { OutlineNode } from './document-structure.ts';

export interface VisibleNode {
  node: OutlineNode;
  level: number;
  parentId: string | null;
}

export function visibleNodes(
  outline: OutlineNode[],
  expanded: ReadonlySet<string>,
  level = 1,
  parentId: string | null = null,
): VisibleNode[] {
  return outline.flatMap((node) => [
    { node, level, parentId },
    ...(expanded.has(node.id) ? visibleNodes(node.children, expanded, level + 1, node.id) : []),
  ]);
}

export type OutlineMove =
  | { type: 'focus'; id: string }
  | { type: 'expand'; id: string }
  | { type: 'collapse'; id: string }
  | { type: 'open'; id: string }
  | null;

export function outlineMove(
  key: string,
  visible: VisibleNode[],
  focusedId: string,
  expanded: ReadonlySet<string>,
): OutlineMove {
  const at = visible.findIndex((entry) => entry.node.id === focusedId);
  const current = visible[at];
  if (!current) return visible[0] ? { type: 'focus', id: visible[0].node.id } : null;
  const hasChildren = current.node.children.length > 0;
  switch (key) {
    case 'ArrowDown': {
      const next = visible[at + 1];
      return next ? { type: 'focus', id: next.node.id } : null;
    }
    case 'ArrowUp': {
      const previous = visible[at - 1];
      return previous ? { type: 'focus', id: previous.node.id } : null;
    }
    case 'ArrowRight':
      if (!hasChildren) return null;
      if (!expanded.has(current.node.id)) return { type: 'expand', id: current.node.id };
      return current.node.children[0] ? { type: 'focus', id: current.node.children[0].id } : null;
    case 'ArrowLeft':
      if (hasChildren && expanded.has(current.node.id)) return { type: 'collapse', id: current.node.id };
      return current.parentId ? { type: 'focus', id: current.parentId } : null;
    case 'Home':
      return visible[0] ? { type: 'focus', id: visible[0].node.id } : null;
    case 'End': {
      const last = visible.at(-1);
      return last ? { type: 'focus', id: last.node.id } : null;
    }
    case 'Enter':
    case ' ':
      return { type: 'open', id: current.node.id };
    default:
      return null;
  }
}
