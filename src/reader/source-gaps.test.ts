import { describe, expect, it } from 'vitest';
import { gapMarkersByBlock, gapOffset, removedMarkersByBlock, splitAtGaps } from './source-gaps.ts';
import { sampleDocument } from './test-fixtures.ts';

describe('source gaps', () => {
  it('places a gap after the words its note quotes, else at the end of the block', () => {
    expect(gapOffset('甲乙丙丁戊', 'breaks off after "乙丙"; the rest is lost')).toBe(3);
    expect(gapOffset('甲乙丙丁戊', 'breaks off at "丁"')).toBe(4);
    expect(gapOffset('甲乙丙丁戊', 'The source file ends mid-sentence here')).toBe(5);
    expect(gapOffset('甲乙丙丁戊', 'after "不在文中"')).toBe(5);
  });

  it('attaches gaps to their block and splits its text around them', () => {
    const markers = gapMarkersByBlock(sampleDocument.blocks, sampleDocument.gaps);
    const onLast = markers.get('demo/p3/c2/p1') ?? [];
    expect(onLast).toHaveLength(1);
    expect(splitAtGaps('最后一段，农林产业等', onLast).map((piece) => piece.kind)).toEqual(['text', 'gap']);
    const middle = [{ offset: 2, note: '', lines: [1, 1] as [number, number] }];
    expect(splitAtGaps('甲乙丙丁', middle)).toEqual([
      { kind: 'text', text: '甲乙' },
      { kind: 'gap', marker: middle[0] },
      { kind: 'text', text: '丙丁' },
    ]);
  });

  it('puts a removed splice on the paragraph whose lines hold it', () => {
    const blocks = [
      {
        id: 'r/s5',
        kind: 'section' as const,
        text: '(五)',
        lines: [19, 25] as [number, number],
        parent: null,
      },
      {
        id: 'r/s5/p2',
        kind: 'paragraph' as const,
        text: '…',
        lines: [21, 21] as [number, number],
        parent: 'r/s5',
      },
    ];
    const markers = removedMarkersByBlock(blocks, [
      { lines: [21, 21], duplicate_of: 9, reason: 'verbatim copy', text: '重复' },
    ]);
    expect(markers.get('r/s5/p2')?.[0]?.duplicateOf).toBe(9);
  });
});
