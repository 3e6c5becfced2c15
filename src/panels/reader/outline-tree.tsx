import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentStructure, OutlineNode } from '../../reader/document-structure';
import { outlineNodeFor, outlinePathTo } from '../../reader/document-structure';
import { outlineMove, visibleNodes } from '../../reader/outline-navigation';
import { openPassage } from '../../state/store';

/**
 * The document's headings as a tree (parts, chapters, sections, boxes, items). One tab stop; arrow keys move as in
 * any file tree, Enter opens the heading in the text. The branch holding the open passage is opened and marked.
 */
export function OutlineTree({
  structure,
  openId,
  label,
}: {
  structure: DocumentStructure;
  openId: string | null;
  label: string;
}) {
  const here = openId ? outlineNodeFor(structure, openId) : null;
  const [expanded, setExpanded] = useState<Set<string>>(
    () => new Set(openId ? outlinePathTo(structure, openId) : []),
  );
  const [focusedId, setFocusedId] = useState<string | null>(here);
  const tree = useRef<HTMLDivElement>(null);
  const moveFocus = useRef(false);

  // Opening a passage elsewhere (search, prev/next, a link) opens its branch here too.
  useEffect(() => {
    if (!openId) return;
    const path = outlinePathTo(structure, openId);
    setExpanded((current) =>
      path.every((id) => current.has(id)) ? current : new Set([...current, ...path]),
    );
    const node = outlineNodeFor(structure, openId);
    if (node) setFocusedId(node);
  }, [openId, structure]);

  const visible = useMemo(() => visibleNodes(structure.outline, expanded), [structure, expanded]);
  const tabStop = visible.some((entry) => entry.node.id === focusedId)
    ? focusedId
    : (visible[0]?.node.id ?? null);

  useEffect(() => {
    if (!moveFocus.current || !tabStop) return;
    moveFocus.current = false;
    tree.current?.querySelector<HTMLElement>(`[data-outline-id="${CSS.escape(tabStop)}"]`)?.focus();
  }, [tabStop]);

  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!tabStop) return;
    const move = outlineMove(event.key, visible, tabStop, expanded);
    if (!move) return;
    event.preventDefault();
    if (move.type === 'focus') {
      moveFocus.current = true;
      setFocusedId(move.id);
    } else if (move.type === 'expand' || move.type === 'collapse') toggle(move.id);
    else openPassage(move.id);
  };

  if (structure.outline.length === 0) return null;
  return (
    <div className="reader-outline" role="tree" aria-label={label} ref={tree} onKeyDown={onKeyDown}>
      {structure.outline.map((node) => (
        <OutlineItem
          key={node.id}
          node={node}
          level={1}
          expanded={expanded}
          tabStop={tabStop}
          here={here}
          onToggle={toggle}
          onFocusItem={setFocusedId}
        />
      ))}
    </div>
  );
}

function OutlineItem({
  node,
  level,
  expanded,
  tabStop,
  here,
  onToggle,
  onFocusItem,
}: {
  node: OutlineNode;
  level: number;
  expanded: ReadonlySet<string>;
  tabStop: string | null;
  here: string | null;
  onToggle: (id: string) => void;
  onFocusItem: (id: string) => void;
}) {
  const isOpen = expanded.has(node.id);
  const hasChildren = node.children.length > 0;
  return (
    <div
      role="treeitem"
      aria-level={level}
      aria-expanded={hasChildren ? isOpen : undefined}
      aria-current={node.id === here ? 'location' : undefined}
      aria-label={node.label}
      tabIndex={node.id === tabStop ? 0 : -1}
      data-outline-id={node.id}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onFocusItem(node.id);
      }}
      className={`reader-outline-item reader-outline-${node.kind}`}
    >
      <div className="reader-outline-row">
        {hasChildren ? (
          <span
            className="reader-outline-caret"
            aria-hidden="true"
            onClick={(event) => {
              event.stopPropagation();
              onToggle(node.id);
            }}
          >
            {isOpen ? '▾' : '▸'}
          </span>
        ) : (
          <span className="reader-outline-caret" aria-hidden="true" />
        )}
        <span
          className="reader-outline-label"
          aria-hidden="true"
          onClick={(event) => {
            event.stopPropagation();
            openPassage(node.id);
          }}
        >
          {node.label}
        </span>
      </div>
      {hasChildren && isOpen && (
        // biome-ignore lint/a11y/useSemanticElements: the ARIA tree pattern nests treeitems in role="group", not a fieldset.
        <div role="group">
          {node.children.map((child) => (
            <OutlineItem
              key={child.id}
              node={child}
              level={level + 1}
              expanded={expanded}
              tabStop={tabStop}
              here={here}
              onToggle={onToggle}
              onFocusItem={onFocusItem}
            />
          ))}
        </div>
      )}
    </div>
  );
}
