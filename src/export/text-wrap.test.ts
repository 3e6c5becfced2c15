import { describe, expect, it } from 'vitest';
import { clampLines, wrapText } from './text-wrap';

const measure = (text: string) => text.length;

describe('text wrapping', () => {
  it('breaks Chinese between characters and Latin at spaces', () => {
    expect(wrapText('四川规划图集成都都市圈', 4, measure)).toEqual(['四川规划', '图集成都', '都市圈']);
    expect(wrapText('high speed railway line', 11, measure)).toEqual(['high speed', 'railway', 'line']);
  });

  it('cuts a word longer than the line', () => {
    expect(wrapText('abcdefghij', 4, measure)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('clamps with an ellipsis', () => {
    expect(clampLines(['abcd', 'efgh', 'ijkl'], 2, 4, measure)).toEqual(['abcd', 'efg…']);
    expect(clampLines(['ab'], 2, 4, measure)).toEqual(['ab']);
  });
});
