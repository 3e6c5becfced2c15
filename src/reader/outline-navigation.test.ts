import { describe, expect, it } from 'vitest';
import { buildStructure } from './document-structure.ts';
import { outlineMove, visibleNodes } from './outline-navigation.ts';
import { sampleBlocks } from './test-fixtures.ts';

const { outline } = buildStructure(sampleBlocks);

describe('outline keyboard', () => {
  it('shows only the children of open headings, with their levels', () => {
    const visible = visibleNodes(outline, new Set(['demo/p1']));
    expect(visible.map((entry) => [entry.node.id, entry.level])).toEqual([
      ['demo/p1', 1],
      ['demo/p1/c1', 2],
      ['demo/p2', 1],
      ['demo/p3', 1],
    ]);
  });

  it('moves, opens, closes and climbs as the tree pattern says', () => {
    const expanded = new Set(['demo/p1']);
    const visible = visibleNodes(outline, expanded);
    expect(outlineMove('ArrowDown', visible, 'demo/p1', expanded)).toEqual({
      type: 'focus',
      id: 'demo/p1/c1',
    });
    expect(outlineMove('ArrowUp', visible, 'demo/p1', expanded)).toBeNull();
    expect(outlineMove('ArrowRight', visible, 'demo/p1/c1', expanded)).toEqual({
      type: 'expand',
      id: 'demo/p1/c1',
    });
    expect(outlineMove('ArrowRight', visible, 'demo/p1', expanded)).toEqual({
      type: 'focus',
      id: 'demo/p1/c1',
    });
    expect(outlineMove('ArrowLeft', visible, 'demo/p1/c1', expanded)).toEqual({
      type: 'focus',
      id: 'demo/p1',
    });
    expect(outlineMove('ArrowLeft', visible, 'demo/p1', expanded)).toEqual({
      type: 'collapse',
      id: 'demo/p1',
    });
    expect(outlineMove('End', visible, 'demo/p1', expanded)).toEqual({ type: 'focus', id: 'demo/p3' });
    expect(outlineMove('Enter', visible, 'demo/p2', expanded)).toEqual({ type: 'open', id: 'demo/p2' });
    expect(outlineMove('ArrowRight', visible, 'demo/p2', expanded)).toBeNull();
  });
});
