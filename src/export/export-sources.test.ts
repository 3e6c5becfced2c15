import { describe, expect, it } from 'vitest';
import type { Link } from '../linking/types';
import { collectSources, sourceLine, sourceSentence } from './export-sources';

const link = (feature: string, doc: string, block: string, line: number, start = 0): Link => ({
  feature,
  layer: 'railways',
  doc,
  block,
  start,
  end: start + 2,
  surface: 'xx',
  line,
  status_class: 'mention',
  confidence: 1,
});

const LINKS: Link[] = [
  link('rail-a', 'new', 'new/c1/p1', 50),
  link('rail-a', 'old', 'old/c2/p3', 10),
  link('rail-a', 'old', 'old/c2/p4', 12),
  link('rail-b', 'old', 'old/c9/p1', 90),
];
const DOCUMENTS = [
  { id: 'new', date: '2026-02-01' },
  { id: 'old', date: '2021-01-01' },
];

describe('sources for the export', () => {
  it('lists the open passage, then the selected feature once per document in date order', () => {
    const { refs } = collectSources(
      LINKS,
      DOCUMENTS,
      { passage: 'new/c5/p2', selection: 'rail-a', tinted: [] },
      10,
    );
    expect(refs.map((r) => [r.reason, r.block])).toEqual([
      ['passage', 'new/c5/p2'],
      ['selection', 'old/c2/p3'],
      ['selection', 'new/c1/p1'],
    ]);
    expect(refs[0]?.doc).toBe('new');
  });

  it('adds the passages of tinted features without repeating a block, and counts what the limit drops', () => {
    const { refs, omitted } = collectSources(
      LINKS,
      DOCUMENTS,
      { passage: null, selection: 'rail-a', tinted: ['rail-a', 'rail-b'] },
      3,
    );
    expect(refs.map((r) => r.block)).toEqual(['old/c2/p3', 'new/c1/p1', 'old/c2/p4']);
    expect(omitted).toBe(1);
  });

  it('has nothing to cite when nothing is highlighted', () => {
    expect(collectSources(LINKS, DOCUMENTS, { passage: null, selection: null, tinted: [] }, 5)).toEqual({
      refs: [],
      omitted: 0,
    });
  });

  it('prints the sentence around the mention, or the first sentence, clipped', () => {
    const text = '第一句话。建设成渝中线高铁，推进项目。第三句。';
    expect(sourceSentence(text, { start: 7, end: 11 }, 100)).toBe('建设成渝中线高铁，推进项目。');
    expect(sourceSentence(text, null, 100)).toBe('第一句话。');
    expect(sourceSentence('一二三四五六七八九十', null, 5)).toBe('一二三四…');
  });

  it('addresses a passage by block id and seeds line', () => {
    const line = sourceLine(
      { doc: 'old', block: 'old/c2/p3', line: 10, span: null, reason: 'selection' },
      { title: '《规划》', source: 'seeds/001_x.txt' },
      { text: '规划文本。', lines: [9, 11] },
      (file, n) => `${file} line ${n}`,
      80,
    );
    expect(line).toEqual({
      title: '《规划》',
      address: 'old/c2/p3 · seeds/001_x.txt line 10',
      sentence: '规划文本。',
    });
  });
});
