import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight-segments.ts';

describe('highlight segments', () => {
  it('splits a snippet into plain and matched runs', () => {
    expect(highlightSegments('建成成渝中线高铁', [[2, 6]])).toEqual([
      { text: '建成', highlighted: false },
      { text: '成渝中线', highlighted: true },
      { text: '高铁', highlighted: false },
    ]);
  });

  it('merges overlapping ranges and clamps ranges past the end', () => {
    expect(
      highlightSegments('甲乙丙丁', [
        [2, 9],
        [0, 1],
        [1, 3],
      ]),
    ).toEqual([{ text: '甲乙丙丁', highlighted: true }]);
  });

  it('keeps markup-looking text as text', () => {
    const segments = highlightSegments('<img src=x onerror=alert(1)>', [[1, 4]]);
    expect(segments.map((segment) => segment.text).join('')).toBe('<img src=x onerror=alert(1)>');
  });

  it('returns the whole text when nothing matches', () => {
    expect(highlightSegments('文本', [])).toEqual([{ text: '文本', highlighted: false }]);
  });
});
