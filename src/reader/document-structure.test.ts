import { describe, expect, it } from 'vitest';
import {
  adjacentPassage,
  ancestorsOf,
  buildStructure,
  headingLabel,
  outlineNodeFor,
  outlinePathTo,
} from './document-structure.ts';
import { sampleBlocks } from './test-fixtures.ts';

const structure = buildStructure(sampleBlocks);

describe('outline', () => {
  it('nests parts, chapters, sections and boxes and leaves passages out', () => {
    const summary = (nodes: typeof structure.outline): unknown[] =>
      nodes.map((node) => (node.children.length > 0 ? [node.id, summary(node.children)] : node.id));
    expect(summary(structure.outline)).toEqual([
      ['demo/p1', [['demo/p1/c1', ['demo/p1/c1/s1', ['demo/p1/c1/s2', ['demo/p1/c1/s2/b1']]]]]],
      'demo/p2',
      ['demo/p3', ['demo/p3/c2']],
    ]);
    expect(structure.outline[0]?.label).toBe('第一篇 总体要求');
  });

  it('hangs blocks whose parent is missing at document level instead of losing them', () => {
    const orphaned = buildStructure([
      ...sampleBlocks,
      { id: 'demo/p9/c1', kind: 'chapter', text: '第一章 孤儿', lines: [1, 1], parent: 'demo/p9' },
    ]);
    expect(orphaned.outline.map((node) => node.id)).toContain('demo/p9/c1');
  });

  it('drops the full stop that ends a numbered item heading', () => {
    expect(headingLabel({ text: '1.把握四川高质量发展总体要求。' })).toBe('1.把握四川高质量发展总体要求');
  });

  it('puts back the space after an ordinal that the PDF text lost', () => {
    expect(headingLabel({ text: '第一章发展背景' })).toBe('第一章 发展背景');
    expect(headingLabel({ text: '第十二节优化布局' })).toBe('第十二节 优化布局');
    expect(headingLabel({ text: '专栏1科技创新能力提升工程' })).toBe('专栏1 科技创新能力提升工程');
    expect(headingLabel({ text: '第二十七章 打造国家综合立体交通极' })).toBe(
      '第二十七章 打造国家综合立体交通极',
    );
    expect(headingLabel({ text: '第一篇 总体要求' })).toBe('第一篇 总体要求');
    expect(headingLabel({ text: '专栏 18 国家综合立体交通极建设' })).toBe('专栏 18 国家综合立体交通极建设');
  });

  it('opens the path to a passage and marks its nearest heading', () => {
    expect(outlinePathTo(structure, 'demo/p1/c1/s2/b1/t1')).toEqual([
      'demo/p1',
      'demo/p1/c1',
      'demo/p1/c1/s2',
      'demo/p1/c1/s2/b1',
    ]);
    expect(outlineNodeFor(structure, 'demo/p1/c1/s1/p2')).toBe('demo/p1/c1/s1');
    expect(outlineNodeFor(structure, 'demo/p3')).toBe('demo/p3');
  });

  it('lists ancestors from the outside in', () => {
    expect(ancestorsOf(structure, 'demo/p1/c1/s2/b1/p1').map((block) => block.id)).toEqual([
      'demo/p1',
      'demo/p1/c1',
      'demo/p1/c1/s2',
      'demo/p1/c1/s2/b1',
    ]);
    expect(ancestorsOf(structure, 'demo/p1')).toEqual([]);
  });
});

describe('previous and next passage', () => {
  const next = (id: string) => adjacentPassage(structure, id, 'next')?.id ?? null;
  const previous = (id: string) => adjacentPassage(structure, id, 'previous')?.id ?? null;

  it('steps within a section', () => {
    expect(next('demo/p1/c1/s1/p1')).toBe('demo/p1/c1/s1/p2');
    expect(previous('demo/p1/c1/s1/p2')).toBe('demo/p1/c1/s1/p1');
  });

  it('crosses section and box boundaries', () => {
    expect(next('demo/p1/c1/s1/p2')).toBe('demo/p1/c1/s2/b1/p1');
    expect(previous('demo/p1/c1/s2/b1/p1')).toBe('demo/p1/c1/s1/p2');
    expect(next('demo/p1/c1/s2/b1/p1')).toBe('demo/p1/c1/s2/b1/t1');
  });

  it('crosses part boundaries, skipping a part with no text', () => {
    expect(next('demo/p1/c1/s2/b1/t1')).toBe('demo/p3/c2/f1');
    expect(previous('demo/p3/c2/f1')).toBe('demo/p1/c1/s2/b1/t1');
  });

  it('starts from a heading: next is the first passage under it, previous the last before it', () => {
    expect(next('demo/p1/c1')).toBe('demo/p1/c1/s1/p1');
    expect(previous('demo/p1/c1')).toBe('demo/p1/p1');
  });

  it('stops at the ends and starts an unknown id at the first passage', () => {
    expect(previous('demo/p1/p1')).toBeNull();
    expect(next('demo/p3/c2/p1')).toBeNull();
    expect(next('demo/nothing')).toBe('demo/p1/p1');
    expect(previous('demo/nothing')).toBeNull();
  });
});
